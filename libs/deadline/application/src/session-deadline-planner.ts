import { systemActor } from '@hotline/contracts-events';
import { DeadlineRuleViolation, type DeadlineCommand, type DeadlineRuleViolationCode, type SlaStep } from '@hotline/deadline-domain';
import type { ProcessedEvents } from '@hotline/platform-event-bus';
import type { RecordedEvent } from '@hotline/platform-event-store';
import type { SqlExecutor } from '@hotline/platform-sql';
import type { CaseFacts } from './case-facts';
import type { Clock } from './clock';
import type { DeadlineReadModel } from './deadline-read-model';
import type { DeadlineRepository } from './deadline-repository';
import { SESSION_PLANNED_EVENT_TYPES, sessionDeadlinePlanFor, type SessionPlannedAction, type SessionPlannedEventType, type SessionSubjectChange } from './session-deadline-plan';
import type { SessionSubjects } from './session-subjects';
import type { SlaPolicyTable } from './sla-policy-table';
import type { CommandMetadata } from './stored-deadline-event';

export const SESSION_DEADLINE_PLANNER = 'deadline-session-planner';

const MOVED = 'Buổi giao lưu đã đổi lịch, hạn thông báo tính theo lịch mới / The session was rescheduled; the announcement is due by the new schedule';

/** Answers of the rules that mean "already done": a redelivery is harmless. */
const ALREADY_DONE: Record<'schedule' | 'complete' | 'cancel', readonly DeadlineRuleViolationCode[]> = {
  schedule: ['already_scheduled'],
  complete: ['not_scheduled', 'already_closed'],
  cancel: ['not_scheduled', 'already_closed'],
};

export interface SessionDeadlinesDependencies {
  readonly repository: DeadlineRepository;
  readonly policies: SlaPolicyTable;
  /** Where each subject's unit is kept: new deadlines are listed under it. */
  readonly cases: CaseFacts;
  readonly subjects: SessionSubjects;
  readonly readModel: DeadlineReadModel;
  readonly processed: ProcessedEvents;
  readonly clock: Clock;
}

/**
 * Carries out the plan of each session event (`sessionDeadlinePlanFor`). One deadline per
 * (subject, step), so scheduling twice is answered 'already_scheduled' and counts as done.
 */
export class SessionDeadlines {
  constructor(private readonly deps: SessionDeadlinesDependencies) {}

  static plans(event: RecordedEvent): event is RecordedEvent & { type: SessionPlannedEventType } {
    return (SESSION_PLANNED_EVENT_TYPES as readonly string[]).includes(event.type);
  }

  readonly plan = async (event: RecordedEvent & { type: SessionPlannedEventType }): Promise<void> => {
    const metadata: CommandMetadata = { actor: systemActor('deadline-service'), correlationId: event.correlationId, causationId: event.eventId };
    for (const action of sessionDeadlinePlanFor(event)) await this.carryOut(action, event, metadata);
  };

  private async carryOut(action: SessionPlannedAction, event: RecordedEvent, metadata: CommandMetadata): Promise<void> {
    switch (action.kind) {
      case 'record':
        await this.deps.processed.applyOnce(SESSION_DEADLINE_PLANNER, event.eventId, async (tx) => {
          for (const change of action.changes) await this.record(tx, change);
        });
        return;
      case 'schedule':
        return this.schedule(action.subjectId, action.step, action.triggeredAt, metadata);
      case 'complete':
        return this.run(`${action.subjectId}:${action.step}`, { type: 'CompleteDeadline', data: { now: action.at } }, metadata, ALREADY_DONE.complete);
      case 'cancel':
        return this.run(`${action.subjectId}:${action.step}`, { type: 'CancelDeadline', data: { reason: action.reason } }, metadata, ALREADY_DONE.cancel);
      case 'cancel_moved_announcement': {
        const current = await this.deps.subjects.announcementDeadlineOf(action.sessionSubject);
        if (current !== null && current !== action.deadlineId) await this.run(current, { type: 'CancelDeadline', data: { reason: MOVED } }, metadata, ALREADY_DONE.cancel);
        return;
      }
      case 'schedule_at':
        return this.schedule(action.subjectId, action.step, action.triggeredAt, metadata, { deadlineId: action.deadlineId, dueAt: action.dueAt });
      case 'complete_announcement': {
        const current = await this.deps.subjects.announcementDeadlineOf(action.sessionSubject);
        if (current !== null) await this.run(current, { type: 'CompleteDeadline', data: { now: action.at } }, metadata, ALREADY_DONE.complete);
        return;
      }
      case 'schedule_open_answers':
        for (const question of await this.deps.subjects.openQuestionsOf(action.sessionSubject)) await this.scheduleAnswer(question, action.endedAt, metadata);
        return;
      case 'schedule_answer_if_ended': {
        const endedAt = await this.deps.subjects.endOf(action.sessionSubject);
        if (endedAt) await this.scheduleAnswer(action.questionSubject, endedAt, metadata);
        return;
      }
      default: {
        const unreachable: never = action;
        return unreachable;
      }
    }
  }

  /** Scheduled, then the answer read again: an answer recorded meanwhile completes it at once. */
  private async scheduleAnswer(question: string, endedAt: string, metadata: CommandMetadata): Promise<void> {
    await this.schedule(question, 'session_answer', endedAt, metadata);
    const answeredAt = await this.deps.subjects.answeredAt(question);
    if (answeredAt) await this.run(`${question}:session_answer`, { type: 'CompleteDeadline', data: { now: answeredAt } }, metadata, ALREADY_DONE.complete);
  }

  /** `fixed`: a deadline due at an instant the subject sets, under its own id. */
  private async schedule(subjectId: string, step: SlaStep, triggeredAt: string, metadata: CommandMetadata, fixed?: { deadlineId: string; dueAt: string }): Promise<void> {
    const deadlineId = fixed?.deadlineId ?? `${subjectId}:${step}`;
    const policy = await this.deps.policies.current(triggeredAt);
    const data = { deadlineId, subjectId, step, triggeredAt, now: this.deps.clock.now().toISOString(), policy, ...(fixed && { dueAt: fixed.dueAt }) };
    await this.run(deadlineId, { type: 'ScheduleDeadline', data }, metadata, ALREADY_DONE.schedule);
  }

  private async record(tx: SqlExecutor, change: SessionSubjectChange): Promise<void> {
    switch (change.kind) {
      case 'announcement_due':
        // A revision may move the draft to another host: its open limits follow.
        await this.deps.cases.recordUnit(tx, change.sessionSubject, change.unitCode);
        await this.deps.readModel.assignUnit(tx, change.sessionSubject, change.unitCode);
        return this.deps.subjects.apply(tx, change);
      case 'session_ended':
        await this.deps.cases.recordUnit(tx, change.sessionSubject, change.unitCode);
        return this.deps.subjects.apply(tx, change);
      case 'question_accepted':
        await this.deps.cases.recordUnit(tx, change.questionSubject, change.unitCode);
        return this.deps.subjects.apply(tx, change);
      case 'question_unit':
        // An assignment moves the question's open limit to the answering unit's lists.
        await this.deps.cases.recordUnit(tx, change.questionSubject, change.unitCode);
        return this.deps.readModel.assignUnit(tx, change.questionSubject, change.unitCode);
      case 'question_answered':
      case 'question_withdrawn':
        return this.deps.subjects.apply(tx, change);
      default: {
        const unreachable: never = change;
        return unreachable;
      }
    }
  }

  private async run(deadlineId: string, command: DeadlineCommand, metadata: CommandMetadata, alreadyDone: readonly DeadlineRuleViolationCode[]): Promise<void> {
    try {
      await this.deps.repository.handle(deadlineId, command, metadata);
    } catch (error) {
      if (error instanceof DeadlineRuleViolation && alreadyDone.includes(error.code)) return;
      throw error;
    }
  }
}

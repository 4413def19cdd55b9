import { systemActor } from '@hotline/contracts-events';
import { DeadlineRuleViolation, type DeadlineCommand, type DeadlineRuleViolationCode, type SlaStep } from '@hotline/deadline-domain';
import type { ProcessedEvents } from '@hotline/platform-event-bus';
import type { RecordedEvent } from '@hotline/platform-event-store';
import type { SqlExecutor } from '@hotline/platform-sql';
import type { CaseFactChange, CaseFacts } from './case-facts';
import type { Clock } from './clock';
import { caseKeyOf, deadlinePlanFor, PLANNED_EVENT_TYPES, type PlannedAction, type PlannedEventType } from './deadline-plan';
import type { DeadlineReadModel } from './deadline-read-model';
import type { DeadlineRepository } from './deadline-repository';
import type { IntakeFollowing } from './intake-following';
import { SessionDeadlines } from './session-deadline-planner';
import type { SlaPolicyTable } from './sla-policy-table';
import type { CommandMetadata } from './stored-deadline-event';

export { PLANNED_EVENT_TYPES };

export const DEADLINE_PLANNER = 'deadline-planner';

/** Answers of the rules that mean "already done" for each kind of action: a redelivery is harmless. */
const ALREADY_DONE: Record<'schedule' | 'reclassify' | 'complete' | 'cancel', readonly DeadlineRuleViolationCode[]> = {
  schedule: ['already_scheduled'],
  // Reclassifying after the entry was completed (a redelivery), or with no entry clock at all.
  reclassify: ['not_scheduled', 'already_closed'],
  // A step reported done with no limit running (it started before this service) has nothing to stop.
  complete: ['not_scheduled', 'already_closed'],
  cancel: ['not_scheduled', 'already_closed'],
};

/**
 * One deadline per (case, step): deriving the id from both makes scheduling idempotent, so a
 * redelivered event finds its deadline already there instead of creating a second one.
 */
export function deadlineIdFor(caseId: string, step: SlaStep): string {
  return `${caseId}:${step}`;
}

export interface DeadlinePlannerDependencies {
  repository: DeadlineRepository;
  policies: SlaPolicyTable;
  cases: CaseFacts;
  readModel: DeadlineReadModel;
  processed: ProcessedEvents;
  clock: Clock;
  /** Intake's history from before this service followed it is not planned. */
  intake: IntakeFollowing;
  /** S5's limits, from the session service's events. */
  sessions?: SessionDeadlines;
}

/**
 * Carries out the deadline plan of each stage event (`deadlinePlanFor`). Every action is
 * idempotent, so the consumer may redeliver freely: commands land on deterministic streams and a
 * repeat is answered by the rules ('already_scheduled', 'already_closed'), which count as done
 * here; the small side tables are written once per event id, in the transaction that records the id.
 */
export class DeadlinePlanner {
  constructor(private readonly deps: DeadlinePlannerDependencies) {}

  readonly plan = async (event: RecordedEvent): Promise<void> => {
    if (SessionDeadlines.plans(event)) return this.deps.sessions?.plan(event);
    if (!isPlanned(event)) return;
    if (event.type.startsWith('intake.') && !(await this.deps.intake.follows(event))) return;
    const metadata: CommandMetadata = { actor: systemActor('deadline-service'), correlationId: event.correlationId, causationId: event.eventId };
    const key = caseKeyOf(event);
    const facts = 'caseId' in key ? await this.deps.cases.find(key.caseId) : await this.deps.cases.findByReport(key.reportId);
    for (const action of deadlinePlanFor(event, facts)) await this.carryOut(action, event, metadata);
  };

  private async carryOut(action: PlannedAction, event: RecordedEvent, metadata: CommandMetadata): Promise<void> {
    switch (action.kind) {
      case 'record':
        await this.deps.processed.applyOnce(DEADLINE_PLANNER, event.eventId, async (tx) => {
          for (const change of action.changes) await this.record(tx, action.caseId, change);
        });
        return;
      case 'schedule': {
        const deadlineId = deadlineIdFor(action.caseId, action.step);
        const policy = await this.deps.policies.current(action.triggeredAt);
        const now = this.deps.clock.now().toISOString();
        const data = { deadlineId, subjectId: action.caseId, step: action.step, triggeredAt: action.triggeredAt, now, policy, ...action.conditions };
        await this.run(deadlineId, { type: 'ScheduleDeadline', data }, metadata, ALREADY_DONE.schedule);
        return;
      }
      case 'reclassify': {
        const deadlineId = deadlineIdFor(action.caseId, action.step);
        const { state } = await this.deps.repository.load(deadlineId);
        if (state.status === 'unscheduled') return;
        // The deadline keeps the version it was scheduled under.
        const policy = await this.deps.policies.version(state.policyVersion);
        await this.run(deadlineId, { type: 'ReclassifyDeadline', data: { ...action.conditions, policy, now: action.at } }, metadata, ALREADY_DONE.reclassify);
        return;
      }
      case 'complete':
        await this.run(deadlineIdFor(action.caseId, action.step), { type: 'CompleteDeadline', data: { now: action.at } }, metadata, ALREADY_DONE.complete);
        return;
      case 'complete_if_forwarded': {
        // Read after scheduling: whichever of the two events comes second sees the other's work.
        const forwardedAt = (await this.deps.cases.find(action.caseId))?.forwardedAt;
        if (forwardedAt) await this.carryOut({ kind: 'complete', caseId: action.caseId, step: 'forward', at: forwardedAt }, event, metadata);
        return;
      }
      case 'cancel':
        await this.run(deadlineIdFor(action.caseId, action.step), { type: 'CancelDeadline', data: { reason: action.reason } }, metadata, ALREADY_DONE.cancel);
        return;
      default: {
        const unreachable: never = action;
        return unreachable;
      }
    }
  }

  private async record(tx: SqlExecutor, caseId: string, change: CaseFactChange): Promise<void> {
    await this.deps.cases.apply(tx, caseId, change);
    // New deadlines of the case are listed under the unit now responsible, and so are its open ones.
    if (change.kind === 'unit') await this.deps.readModel.assignUnit(tx, caseId, change.unitCode);
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

function isPlanned(event: RecordedEvent): event is RecordedEvent & { type: PlannedEventType } {
  return (PLANNED_EVENT_TYPES as readonly string[]).includes(event.type);
}

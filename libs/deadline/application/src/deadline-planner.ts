import { systemActor, type DataOf, type CaseAssigned, type CaseEscalated, type CaseOpened } from '@hotline/contracts-events';
import { DeadlineRuleViolation, type DeadlineCommand, type DeadlineRuleViolationCode, type SlaStep } from '@hotline/deadline-domain';
import type { ProcessedEvents } from '@hotline/platform-event-bus';
import type { RecordedEvent } from '@hotline/platform-event-store';
import type { SqlExecutor } from '@hotline/platform-sql';
import type { CaseFacts } from './case-facts';
import type { Clock } from './clock';
import type { DeadlineReadModel } from './deadline-read-model';
import type { DeadlineRepository } from './deadline-repository';
import type { SlaPolicyTable } from './sla-policy-table';
import type { CommandMetadata } from './stored-deadline-event';

/** The routing events that start, stop or move a case's deadlines (H9, H10). */
export const PLANNED_EVENT_TYPES = [
  'routing.CaseOpened',
  'routing.CaseAssigned',
  'routing.CaseAccepted',
  'routing.VerificationRecorded',
  'routing.HandlingRecorded',
  'routing.ResultFedBack',
  'routing.CaseClosed',
  'routing.CaseEscalated',
] as const;

/** The step-by-step limits a closed case may still have open. */
const CASE_STEPS_CANCELLED_ON_CLOSE: readonly SlaStep[] = ['accept', 'verify', 'handle', 'feedback'];

export const DEADLINE_PLANNER = 'deadline-planner';

/**
 * One deadline per (case, step): deriving the id from both makes scheduling idempotent, so a
 * redelivered event finds its deadline already there instead of creating a second one.
 */
export function deadlineIdFor(caseId: string, step: SlaStep): string {
  return `${caseId}:${step}`;
}

interface StepEvent {
  readonly caseId: string;
  readonly unitCode: string;
  readonly at: string;
}

export interface DeadlinePlannerDependencies {
  repository: DeadlineRepository;
  policies: SlaPolicyTable;
  cases: CaseFacts;
  readModel: DeadlineReadModel;
  processed: ProcessedEvents;
  clock: Clock;
}

/**
 * Turns the case's progress into deadline commands: each stage completes its own limit and
 * starts the next one's. Every action is idempotent, so the consumer may redeliver freely:
 * commands land on deterministic streams and a repeat is answered by the rules
 * ('already_scheduled', 'already_closed'), which count as done here; the small side tables are
 * written once per event id, in the transaction that records the id.
 */
export class DeadlinePlanner {
  constructor(private readonly deps: DeadlinePlannerDependencies) {}

  readonly plan = async (event: RecordedEvent): Promise<void> => {
    const metadata: CommandMetadata = { actor: systemActor('deadline-service'), correlationId: event.correlationId, causationId: event.eventId };
    switch (event.type) {
      case 'routing.CaseOpened': {
        const data = event.data as DataOf<typeof CaseOpened>;
        await this.once(event, (tx) => this.deps.cases.recordOpened(tx, data.caseId, { nature: data.nature, urgent: data.urgent }));
        await this.schedule(data.caseId, 'whole_case', event.occurredAt, metadata);
        return;
      }
      case 'routing.CaseAssigned': {
        const data = event.data as DataOf<typeof CaseAssigned>;
        await this.once(event, (tx) => this.recordUnit(tx, data.caseId, data.unitCode));
        await this.schedule(data.caseId, 'accept', event.occurredAt, metadata);
        return;
      }
      case 'routing.CaseAccepted': {
        const data = event.data as StepEvent;
        await this.complete(data, 'accept', metadata);
        await this.schedule(data.caseId, 'verify', data.at, metadata);
        return;
      }
      case 'routing.VerificationRecorded': {
        const data = event.data as StepEvent;
        await this.complete(data, 'verify', metadata);
        await this.schedule(data.caseId, 'handle', data.at, metadata);
        return;
      }
      case 'routing.HandlingRecorded': {
        const data = event.data as StepEvent;
        await this.complete(data, 'handle', metadata);
        await this.schedule(data.caseId, 'feedback', data.at, metadata);
        return;
      }
      case 'routing.ResultFedBack':
        await this.complete(event.data as StepEvent, 'feedback', metadata);
        return;
      case 'routing.CaseClosed': {
        const data = event.data as StepEvent;
        await this.complete(data, 'whole_case', metadata);
        for (const step of CASE_STEPS_CANCELLED_ON_CLOSE) {
          await this.run(deadlineIdFor(data.caseId, step), { type: 'CancelDeadline', data: { reason: 'Vụ việc đã đóng / The case was closed' } }, metadata, [
            'not_scheduled',
            'already_closed',
          ]);
        }
        return;
      }
      case 'routing.CaseEscalated': {
        // Escalating is routing's decision; here it only moves the open limits to the new unit.
        const data = event.data as DataOf<typeof CaseEscalated>;
        await this.once(event, (tx) => this.recordUnit(tx, data.caseId, data.toUnitCode));
        return;
      }
      default:
        return;
    }
  };

  private async recordUnit(tx: SqlExecutor, caseId: string, unitCode: string): Promise<void> {
    await this.deps.cases.recordUnit(tx, caseId, unitCode);
    await this.deps.readModel.assignUnit(tx, caseId, unitCode);
  }

  private async once(event: RecordedEvent, change: (tx: SqlExecutor) => Promise<void>): Promise<void> {
    await this.deps.processed.applyOnce(DEADLINE_PLANNER, event.eventId, change);
  }

  /** The policy in effect when the step started applies, with the conditions CaseOpened stated (sudden shortens verify). */
  private async schedule(caseId: string, step: SlaStep, triggeredAt: string, metadata: CommandMetadata): Promise<void> {
    const deadlineId = deadlineIdFor(caseId, step);
    const policy = await this.deps.policies.current(triggeredAt);
    const facts = await this.deps.cases.find(caseId);
    const conditions = { urgent: facts?.urgent ?? false, sudden: facts?.nature === 'sudden' };
    const now = this.deps.clock.now().toISOString();
    await this.run(deadlineId, { type: 'ScheduleDeadline', data: { deadlineId, subjectId: caseId, step, triggeredAt, now, policy, ...conditions } }, metadata, ['already_scheduled']);
  }

  /** A step reported done with no limit running (it started before this service) has nothing to stop. */
  private async complete(data: StepEvent, step: SlaStep, metadata: CommandMetadata): Promise<void> {
    await this.run(deadlineIdFor(data.caseId, step), { type: 'CompleteDeadline', data: { now: data.at } }, metadata, ['not_scheduled', 'already_closed']);
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

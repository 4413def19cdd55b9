import type { DataOf, DeadlineBreached } from '@hotline/contracts-events';
import type { RecordedEvent } from '@hotline/platform-event-store';
import type { Logger } from '@hotline/platform-runtime';
import { CaseRuleViolation, type CaseRuleViolationCode, type EscalateCase } from '@hotline/routing-domain';
import type { CaseRepository } from './case-repository';
import { ROUTING_SYSTEM_ACTOR } from './report-intake-consumer';

type Breach = DataOf<typeof DeadlineBreached>;

export type BreachOutcome = 'escalated' | 'already_handled' | 'not_escalated';

/**
 * Refusals that are facts of life, not faults: a case at the central level has no level above,
 * a breach can race the case's closing, and the intake desk's limits (enter, forward) run before
 * the case exists: their subject is the case the report will open, which may never open (a
 * rejected or duplicate report) or open later. Acknowledged and logged; retrying cannot change
 * them, and the breach stays on record in the deadline service's overdue list of the desk.
 */
const EXPECTED_REFUSALS: readonly CaseRuleViolationCode[] = ['no_level_above', 'invalid_state', 'case_not_opened'];

/**
 * H10 "a breach escalates the case to the next level up". The deadline's subject is the case id.
 * A redelivered breach is recognised by its causation id in the case's stream.
 */
export class DeadlineBreachEscalation {
  constructor(
    private readonly repository: CaseRepository,
    private readonly logger?: Logger,
  ) {}

  readonly receive = async (event: RecordedEvent): Promise<BreachOutcome> => {
    const breach = event.data as Breach;
    // S5's limits (session_answer, session_report) are about sessions and questions, not cases.
    if (breach.step.startsWith('session_')) return 'not_escalated';
    const command: EscalateCase = {
      type: 'EscalateCase',
      actor: ROUTING_SYSTEM_ACTOR,
      data: { cause: { kind: 'deadline_breached', deadlineId: breach.deadlineId, step: breach.step }, now: event.occurredAt },
    };
    try {
      const handled = await this.repository.handle(breach.subjectId, command, { causationId: event.eventId, correlationId: event.correlationId });
      return handled.alreadyHandled ? 'already_handled' : 'escalated';
    } catch (error) {
      if (!(error instanceof CaseRuleViolation) || !EXPECTED_REFUSALS.includes(error.code)) throw error;
      this.logger?.warn('deadline breached, case not escalated', { caseId: breach.subjectId, deadlineId: breach.deadlineId, step: breach.step, code: error.code, reason: error.text.en });
      return 'not_escalated';
    }
  };
}

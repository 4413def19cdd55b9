import { DeadlineBreached, integrationEvents, type DataOf } from '@hotline/contracts-events';
import type { BusSubscription, EventBus, RetryPolicy } from '@hotline/platform-event-bus';
import type { RecordedEvent } from '@hotline/platform-event-store';
import { consumeIntegrationEvents } from '@hotline/platform-forwarder';
import type { Logger } from '@hotline/platform-runtime';
import { SessionRuleViolation, type SystemActor } from '@hotline/session-domain';
import type { QuestionDesk } from './question-desk';
import type { SessionOffice } from './session-office';

/** One consumer group for every replica of the session service. */
export const SESSION_CONSUMER_GROUP = 'session-service';
export const SESSION_SYSTEM_ACTOR: SystemActor = { kind: 'system', id: 'session-service' };

const QUESTION_SUBJECT = /^question-(.+)$/;
const SESSION_SUBJECT = /^session-(.+)$/;

export type BreachOutcome = 'recorded' | 'not_ours';

/**
 * S2's and S5's limits are the deadline service's to count; when one is breached, the question
 * (or the session's announcement or report) is marked overdue on its own stream, so the results report counts it. A
 * redelivered breach changes nothing: the aggregate records a breach once.
 */
export class DeadlineBreachRecorder {
  constructor(
    private readonly office: SessionOffice,
    private readonly desk: QuestionDesk,
    private readonly logger?: Logger,
  ) {}

  readonly receive = async (event: RecordedEvent): Promise<BreachOutcome> => {
    const breach = event.data as DataOf<typeof DeadlineBreached>;
    const facts = { deadlineId: breach.deadlineId, dueAt: breach.dueAt };
    const question = breach.step === 'session_answer' ? QUESTION_SUBJECT.exec(breach.subjectId) : null;
    const session = breach.step === 'session_report' ? SESSION_SUBJECT.exec(breach.subjectId) : null;
    const draft = breach.step === 'session_announce' ? SESSION_SUBJECT.exec(breach.subjectId) : null;
    try {
      if (question) await this.desk.recordOverdue(SESSION_SYSTEM_ACTOR, question[1], facts, event.occurredAt);
      else if (session) await this.office.recordReportOverdue(SESSION_SYSTEM_ACTOR, session[1], facts, event.occurredAt);
      else if (draft) await this.office.recordAnnouncementOverdue(SESSION_SYSTEM_ACTOR, draft[1], facts, event.occurredAt);
      else return 'not_ours';
      return 'recorded';
    } catch (error) {
      // A subject this service never had (another environment's test data) cannot become one by retrying.
      if (!(error instanceof SessionRuleViolation) || !['question_not_found', 'session_not_found'].includes(error.code)) throw error;
      this.logger?.warn('deadline breached for an unknown session subject', { subjectId: breach.subjectId, step: breach.step });
      return 'not_ours';
    }
  };
}

export function consumeSessionInputs(bus: EventBus, breaches: DeadlineBreachRecorder, retry?: Partial<RetryPolicy>): Promise<BusSubscription> {
  return consumeIntegrationEvents(bus, {
    groupId: SESSION_CONSUMER_GROUP,
    types: [DeadlineBreached.type],
    catalogue: integrationEvents,
    handle: async (event) => void (await breaches.receive(event)),
    retry,
  });
}

import { integrationEvents, type Actor } from '@hotline/contracts-events';
import { AggregateRepository, type EventStore, type RecordedEvent } from '@hotline/platform-event-store';
import {
  questionDecider,
  sessionDecider,
  type QuestionCommand,
  type QuestionEvent,
  type QuestionState,
  type SessionActor,
  type SessionCommand,
  type SessionEvent,
  type SessionState,
} from '@hotline/session-domain';

/** The forwarder publishes the service's events by this prefix, to `hotline.session.events`. */
export const SESSION_EVENT_PREFIX = 'session.';
const SESSION_STREAM = 'session-';
const QUESTION_STREAM = 'question-';

/** One stream per session; also the deadline service's subject id for the session's report limit. */
export function sessionStreamId(sessionId: string): string {
  return `${SESSION_STREAM}${sessionId}`;
}

/** One stream per question, so citizens asking at once do not contend for one stream. */
export function questionStreamId(questionId: string): string {
  return `${QUESTION_STREAM}${questionId}`;
}

export function isSessionStreamEvent(event: RecordedEvent): boolean {
  return event.type.startsWith(SESSION_EVENT_PREFIX) && event.streamId.startsWith(SESSION_STREAM);
}

export function isQuestionStreamEvent(event: RecordedEvent): boolean {
  return event.type.startsWith(SESSION_EVENT_PREFIX) && event.streamId.startsWith(QUESTION_STREAM);
}

export function toSessionEvent(event: RecordedEvent): SessionEvent {
  return { type: event.type.slice(SESSION_EVENT_PREFIX.length), data: event.data } as SessionEvent;
}

export function toQuestionEvent(event: RecordedEvent): QuestionEvent {
  return { type: event.type.slice(SESSION_EVENT_PREFIX.length), data: event.data } as QuestionEvent;
}

/** The envelope's actor, for the audit trail. */
export function envelopeActor(actor: SessionActor): Actor {
  return actor.kind === 'officer' ? { kind: 'officer', id: actor.officerId, unitCode: actor.unitCode } : { kind: actor.kind, id: actor.id };
}

export type SessionRepository = AggregateRepository<SessionCommand, SessionEvent, SessionState>;
export type QuestionRepository = AggregateRepository<QuestionCommand, QuestionEvent, QuestionState>;

/**
 * The two aggregates on the service's store. Integration types are checked against the catalogue
 * before they are appended, so a contract break fails the command instead of reaching a consumer.
 */
export function sessionRepositories(store: EventStore): { sessions: SessionRepository; questions: QuestionRepository } {
  return {
    sessions: new AggregateRepository(store, { context: 'session', streamId: sessionStreamId, decider: sessionDecider, catalogue: integrationEvents }),
    questions: new AggregateRepository(store, { context: 'session', streamId: questionStreamId, decider: questionDecider, catalogue: integrationEvents }),
  };
}

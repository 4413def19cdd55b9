import type { RetryPolicy } from '@hotline/platform-event-bus';
import { subscribeToAll, type CatchUpSubscription } from '@hotline/platform-event-store';
import type { HealthCheck, ServiceContext, ServiceFeatures } from '@hotline/platform-runtime';
import { vietnamDateOf } from '@hotline/session-domain';
import { AskerRegister } from './asker-register';
import { CalendarPolicyTable } from './calendar-policy-table';
import { consumeSessionInputs, DeadlineBreachRecorder } from './deadline-breach-consumer';
import { QuestionDesk } from './question-desk';
import { QUESTION_READ_MODEL, QuestionReadModel } from './question-read-model';
import { ResultsReports } from './results-reports';
import { SessionOffice } from './session-office';
import { SESSION_READ_MODEL, SessionReadModel } from './session-read-model';
import { sessionRepositories } from './session-streams';

export interface SessionFeatureOptions {
  /** Schema of the service's tables; the runtime gives each service its own ('session'). */
  readonly schema?: string;
  readonly now?: () => Date;
  /** Delivery retries of the deadline service's breaches before they are dead-lettered. */
  readonly retry?: Partial<RetryPolicy>;
}

export interface SessionFeatures extends ServiceFeatures {
  readonly checks: Record<string, HealthCheck>;
  readonly office: SessionOffice;
  readonly desk: QuestionDesk;
  readonly reports: ResultsReports;
  readonly sessions: SessionReadModel;
  readonly questions: QuestionReadModel;
  readonly askers: AskerRegister;
  readonly policies: CalendarPolicyTable;
  readonly breaches: DeadlineBreachRecorder;
  /** The service's "now": intake windows, announcements and "today" for the subgraph too. */
  readonly clock: () => Date;
  /** Resolves once both read models have applied every event appended so far. */
  caughtUp(): Promise<void>;
}

/**
 * The session service's features: the Session and Question aggregates, their read models fed
 * from the service's own store, the askers' register, the calendar rules table, and the consumer
 * of the deadline service's breaches.
 */
export async function startSessionFeatures(context: ServiceContext, options: SessionFeatureOptions = {}): Promise<SessionFeatures> {
  const { sql, store, bus, checkpoints, processed } = context.infrastructure;
  const log = context.logger;
  const schema = options.schema ?? 'session';
  const now = options.now ?? context.clock ?? (() => new Date());

  const sessions = new SessionReadModel(sql, processed, schema);
  const questions = new QuestionReadModel(sql, processed, schema);
  const askers = new AskerRegister(sql, schema);
  const policies = new CalendarPolicyTable(sql, schema);
  for (const table of [sessions, questions, askers, policies]) await table.migrate();

  const repositories = sessionRepositories(store);
  const office = new SessionOffice({ sessions: repositories.sessions, policies, now });
  const desk = new QuestionDesk({ questions: repositories.questions, office, askers, now });
  const projections: CatchUpSubscription[] = [
    subscribeToAll(store, { subscriberId: SESSION_READ_MODEL, checkpoints, handle: sessions.apply, onError: (error, attempt) => log.warn('session read model retrying', { error: String(error), attempt }) }),
    subscribeToAll(store, { subscriberId: QUESTION_READ_MODEL, checkpoints, handle: questions.apply, onError: (error, attempt) => log.warn('question read model retrying', { error: String(error), attempt }) }),
  ];
  const caughtUp = async () => void (await Promise.all(projections.map((p) => p.caughtUp())));
  const reports = new ResultsReports({ sessions, questions, office, caughtUp });
  const breaches = new DeadlineBreachRecorder(office, desk, log);
  const consumer = await consumeSessionInputs(bus, breaches, options.retry).catch(async (error: unknown) => {
    await Promise.all(projections.map((p) => p.stop()));
    throw error;
  });

  return {
    office,
    desk,
    reports,
    sessions,
    questions,
    askers,
    policies,
    breaches,
    clock: now,
    caughtUp,
    checks: {
      sessionReadModels: async () => ({ sessionsPosition: projections[0].position(), questionsPosition: projections[1].position() }),
      sessionCalendarPolicy: async () => ({ versionInEffect: (await policies.inEffectOn(vietnamDateOf(now().toISOString()))).version }),
    },
    // Stop taking new work first, then let the projections finish their batch.
    stop: async () => {
      await consumer.stop();
      await Promise.all(projections.map((p) => p.stop()));
    },
  };
}

import { vietnamDateOf } from '@hotline/deadline-domain';
import type { RetryPolicy } from '@hotline/platform-event-bus';
import { subscribeToAll, type CatchUpSubscription } from '@hotline/platform-event-store';
import type { HealthCheck, ServiceContext, ServiceFeatures } from '@hotline/platform-runtime';
import { CalendarTable } from './calendar-table';
import { CaseFacts } from './case-facts';
import { systemClock, type Clock } from './clock';
import { DeadlineAdjustments } from './deadline-adjustments';
import { DeadlineAudit } from './deadline-audit';
import { DeadlinePlanner } from './deadline-planner';
import { DEADLINE_READ_MODEL, DeadlineReadModel } from './deadline-read-model';
import { DeadlineRepository } from './deadline-repository';
import { DurableTimers } from './durable-timers';
import { IntakeFollowing } from './intake-following';
import { SessionDeadlines } from './session-deadline-planner';
import { SessionSubjects } from './session-subjects';
import { consumeCaseProgress } from './integration-consumer';
import { SlaPolicyTable } from './sla-policy-table';
import { TimerScheduler } from './timer-scheduler';

export interface DeadlineFeatureOptions {
  clock?: Clock;
  /** Longest the timer scheduler sleeps between two looks at the timers table. */
  pollIntervalMs?: number;
  /** Schema of the service's tables; the runtime gives each service its own ('deadline'). */
  schema?: string;
  /** Delivery retries of routing's events before they are dead-lettered. */
  retry?: Partial<RetryPolicy>;
}

export interface DeadlineFeatures extends ServiceFeatures {
  readonly checks: Record<string, HealthCheck>;
  /** For the subgraph: inbox queries. */
  readonly readModel: DeadlineReadModel;
  /** For the subgraph: administrators' calendar and policy tables. */
  readonly calendar: CalendarTable;
  readonly policies: SlaPolicyTable;
  /** For the subgraph: officers' pause, resume and extension. */
  readonly adjustments: DeadlineAdjustments;
  /** Auditors' reading of the deadline store: histories and hash chains. */
  readonly audit: DeadlineAudit;
  /** The service's clock: what "today" and "now" mean to the subgraph too. */
  readonly clock: Clock;
  readonly repository: DeadlineRepository;
  readonly timers: DurableTimers;
  readonly scheduler: TimerScheduler;
  /** Resolves once both projections have handled every event appended so far. */
  caughtUp(): Promise<void>;
}

const TIMERS_SUBSCRIBER = 'deadline-timers';

/**
 * The deadline service's features: reference tables, the deadline read model and durable timers
 * fed from its own store, the timer scheduler, and the consumer of intake's and routing's events.
 */
export async function startDeadlineFeatures(context: ServiceContext, options: DeadlineFeatureOptions = {}): Promise<DeadlineFeatures> {
  const { sql, store, bus, checkpoints, processed } = context.infrastructure;
  const log = context.logger;
  const clock = options.clock ?? (context.clock ? { now: context.clock } : systemClock);
  const schema = options.schema ?? 'deadline';

  const calendar = new CalendarTable(sql, schema);
  const policies = new SlaPolicyTable(sql, schema);
  const cases = new CaseFacts(sql, schema);
  const readModel = new DeadlineReadModel(sql, processed, schema);
  const timers = new DurableTimers(sql, processed, schema);
  const intake = new IntakeFollowing(sql, schema);
  const sessionSubjects = new SessionSubjects(sql, schema);
  for (const table of [calendar, policies, cases, readModel, timers, intake, sessionSubjects]) await table.migrate();

  const repository = new DeadlineRepository(store, calendar);
  const scheduler = new TimerScheduler({
    sql,
    timers,
    repository,
    clock,
    pollIntervalMs: options.pollIntervalMs,
    onError: (error, timer) => log.warn('deadline timer failed', { error: String(error), deadlineId: timer?.deadlineId, kind: timer?.kind }),
  });
  const projections: CatchUpSubscription[] = [
    subscribeToAll(store, {
      subscriberId: DEADLINE_READ_MODEL,
      checkpoints,
      handle: readModel.apply,
      onError: (error, attempt) => log.warn('deadline read model retrying', { error: String(error), attempt }),
    }),
    subscribeToAll(store, {
      subscriberId: TIMERS_SUBSCRIBER,
      checkpoints,
      handle: async (events) => {
        await timers.arm(events);
        scheduler.wake();
      },
      onError: (error, attempt) => log.warn('deadline timers projection retrying', { error: String(error), attempt }),
    }),
  ];
  scheduler.start();
  const sessions = new SessionDeadlines({ repository, policies, cases, subjects: sessionSubjects, readModel, processed, clock });
  const planner = new DeadlinePlanner({ repository, policies, cases, readModel, processed, clock, intake, sessions });
  const consumer = await consumeCaseProgress(bus, planner, options.retry).catch(async (error: unknown) => {
    await scheduler.stop();
    await Promise.all(projections.map((p) => p.stop()));
    throw error;
  });

  return {
    readModel,
    calendar,
    policies,
    adjustments: new DeadlineAdjustments(repository, clock),
    audit: new DeadlineAudit(store),
    clock,
    repository,
    timers,
    scheduler,
    caughtUp: async () => {
      await Promise.all(projections.map((p) => p.caughtUp()));
    },
    checks: {
      // Without the current year's days off, no working-day deadline can be computed.
      deadlineCalendar: async () => {
        const coverage = (await calendar.load()).coverage();
        const year = Number(vietnamDateOf(clock.now().toISOString()).slice(0, 4));
        if (year < coverage.firstYear || year > coverage.lastYear) {
          throw new Error(`The working-day calendar covers ${coverage.firstYear}–${coverage.lastYear}, not the current year ${year}`);
        }
        return { ...coverage, currentYear: year, nextYearMaintained: coverage.lastYear > year };
      },
      deadlineTimers: async () => ({ ...(await timers.backlog(clock.now())) }),
      deadlineProjections: async () => ({ readModelPosition: projections[0].position(), timersPosition: projections[1].position() }),
      slaPolicy: async () => ({ versionInEffect: (await policies.current(clock.now())).version }),
    },
    // Stop taking new work first, then let the timers finish their pass, then the projections.
    stop: async () => {
      await consumer.stop();
      await scheduler.stop();
      await Promise.all(projections.map((p) => p.stop()));
    },
  };
}

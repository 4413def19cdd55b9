import { systemActor } from '@hotline/contracts-events';
import { defaultSlaPolicy, type ScheduleDeadline } from '@hotline/deadline-domain';
import { describeWithServer, eventually, uniqueName } from '@hotline/platform-testing';
import { CalendarTable } from './calendar-table';
import { DeadlineRepository } from './deadline-repository';
import { DurableTimers } from './durable-timers';
import { AdjustableClock } from './fixtures/adjustable-clock';
import { embeddedTestServer, postgresTestServer, type TestDatabase, type TestDatabaseServer } from './fixtures/test-database';
import { deadlineStreamId } from './stored-deadline-event';
import { TimerScheduler } from './timer-scheduler';

const metadata = { actor: systemActor('deadline-test') };

// Verification, 5 working days from Mon 2 Mar 2026 10:00 in Hà Nội: due 24:00 Mon 9 Mar, warned 30 h before.
const TRIGGER = '2026-03-02T03:00:00Z';
const WARN = '2026-03-08T11:00:00.000Z';
const DUE = '2026-03-09T17:00:00.000Z';
const schedule = (deadlineId: string): ScheduleDeadline => ({
  type: 'ScheduleDeadline',
  data: { deadlineId, subjectId: `case-of-${deadlineId}`, step: 'verify', triggeredAt: TRIGGER, now: TRIGGER, policy: defaultSlaPolicy() },
});

/** One deadline-service process's view of the timers: what a restart or a replica starts with. */
async function serviceOn(db: TestDatabase) {
  const calendar = new CalendarTable(db.sql, db.schema);
  const timers = new DurableTimers(db.sql, db.processed, db.schema);
  await calendar.migrate();
  await timers.migrate();
  const repository = new DeadlineRepository(db.store, calendar);
  // Timers are armed from the store by a catch-up subscription; here the tests drive it.
  const armFromStore = async () => timers.arm(await db.store.readAll({ after: 0, maxCount: 100_000 }));
  return { db, calendar, timers, repository, armFromStore };
}

async function typesIn(db: TestDatabase, deadlineId: string): Promise<string[]> {
  return (await db.store.readStream(deadlineStreamId(deadlineId))).map((e) => e.type);
}

function durableTimersSuite(server: TestDatabaseServer): void {
  let schema: string;
  let service: Awaited<ReturnType<typeof serviceOn>>;

  beforeAll(async () => {
    schema = uniqueName('timers');
    service = await serviceOn(await server.open(schema));
  });

  it('arms two timers when scheduled, drops them while paused or closed, and re-arms on resumption', async () => {
    const { repository, timers, armFromStore } = service;
    const id = uniqueName('dl');
    const states = async () => (await timers.timersOf(id)).map((t) => [t.kind, t.status, t.fireAt.toISOString()]);

    await repository.handle(id, schedule(id), metadata);
    await armFromStore();
    expect(await states()).toEqual([
      ['warning', 'pending', WARN],
      ['due', 'pending', DUE],
    ]);

    await repository.handle(id, { type: 'PauseDeadline', data: { reason: 'Chờ kết quả quan trắc', now: '2026-03-04T03:00:00Z' } }, metadata);
    await armFromStore();
    expect((await states()).map(([, status]) => status)).toEqual(['cancelled', 'cancelled']);

    const { events } = await repository.handle(id, { type: 'ResumeDeadline', data: { reason: 'Đã có kết quả quan trắc', now: '2026-03-05T03:00:00Z' } }, metadata);
    await armFromStore();
    const resumed = events[0].type === 'DeadlineResumed' ? events[0].data : undefined;
    expect(await states()).toEqual([
      ['warning', 'pending', resumed?.newWarnAt],
      ['due', 'pending', resumed?.newDueAt],
    ]);

    await repository.handle(id, { type: 'CompleteDeadline', data: { now: '2026-03-06T03:00:00Z' } }, metadata);
    await armFromStore();
    // Replaying every event again (a subscription restarting from an old checkpoint) re-arms nothing.
    await armFromStore();
    expect((await states()).map(([, status]) => status)).toEqual(['cancelled', 'cancelled']);
  });

  it('fires a due timer exactly once after a restart, because the timer is a row, not a setTimeout', async () => {
    const { repository, timers, armFromStore } = service;
    const id = uniqueName('dl');
    await repository.handle(id, schedule(id), metadata);
    await armFromStore();
    const clock = new AdjustableClock('2026-03-02T04:00:00Z');
    const before = new TimerScheduler({ sql: service.db.sql, timers, repository, clock, pollIntervalMs: 20 });
    before.start();
    await new Promise((r) => setTimeout(r, 60));
    await before.stop();
    expect((await timers.timersOf(id)).map((t) => t.status)).toEqual(['pending', 'pending']);

    // The process is gone; time passes the limit; a new process starts on the same database.
    clock.set('2026-03-10T01:00:00Z');
    const restarted = await serviceOn(await server.open(schema));
    const after = new TimerScheduler({ sql: restarted.db.sql, timers: restarted.timers, repository: restarted.repository, clock, pollIntervalMs: 20 });
    after.start();
    await eventually('both timers fired', async () => (await restarted.timers.timersOf(id)).every((t) => t.status === 'fired'));
    await after.stop();

    // Late, so only the breach: a warning after the fact would be noise.
    expect(await typesIn(restarted.db, id)).toEqual(['deadline.DeadlineScheduled', 'deadline.DeadlineBreached']);
    expect(await after.fireDue()).toBe(0);
    expect(await typesIn(restarted.db, id)).toHaveLength(2);
  });

  it('retries a failed tick with backoff and records why it failed', async () => {
    const { repository, timers, armFromStore } = service;
    const id = uniqueName('dl');
    await repository.handle(id, schedule(id), metadata);
    await armFromStore();
    let failures = 1;
    const flaky = Object.assign(Object.create(repository) as DeadlineRepository, {
      handle: async (...args: Parameters<DeadlineRepository['handle']>) => {
        if (failures-- > 0) throw new Error('event store unavailable');
        return repository.handle(...args);
      },
    });
    // Between the warning and the limit: only the warning timer is due.
    const clock = new AdjustableClock('2026-03-09T00:00:00Z');
    const scheduler = new TimerScheduler({ sql: service.db.sql, timers, repository: flaky, clock, retryDelayMs: 1_000 });

    expect(await scheduler.fireDue()).toBe(0);
    const [warning] = await timers.timersOf(id);
    expect(warning).toMatchObject({ status: 'pending', attempts: 1, lastError: 'Error: event store unavailable', nextAttemptAt: new Date('2026-03-09T00:00:01Z') });
    expect(await timers.backlog(clock.now())).toMatchObject({ failing: expect.any(Number), oldestOverdueLagSeconds: expect.any(Number) });

    expect(await scheduler.fireDue()).toBe(0);
    clock.set('2026-03-09T00:00:01Z');
    expect(await scheduler.fireDue()).toBe(1);
    expect(await typesIn(service.db, id)).toEqual(['deadline.DeadlineScheduled', 'deadline.DeadlineWarningDue']);
    expect((await timers.timersOf(id))[0]).toMatchObject({ status: 'fired', lastError: null });
  });
}

describe('durable timers on PGlite', () => {
  const server = embeddedTestServer();
  afterAll(() => server.close());
  durableTimersSuite(server);
});

describeWithServer('durable timers on PostgreSQL', 'postgres', (url) => {
  const server = postgresTestServer(url);
  afterAll(() => server.close());
  durableTimersSuite(server);

  it('lets two schedulers race over the same due timers and fires each exactly once (skip locked)', async () => {
    const schema = uniqueName('timers_race');
    const first = await serviceOn(await server.open(schema));
    const second = await serviceOn(await server.open(schema));
    const ids = Array.from({ length: 12 }, () => uniqueName('dl'));
    for (const id of ids) await first.repository.handle(id, schedule(id), metadata);
    await first.armFromStore();

    const ticks: string[] = [];
    const counting = (repository: DeadlineRepository) =>
      Object.assign(Object.create(repository) as DeadlineRepository, {
        handle: async (...args: Parameters<DeadlineRepository['handle']>) => {
          ticks.push(args[0]);
          return repository.handle(...args);
        },
      });
    const clock = new AdjustableClock('2026-03-10T00:00:00Z');
    const replicas = [first, second].map(
      (replica) => new TimerScheduler({ sql: replica.db.sql, timers: replica.timers, repository: counting(replica.repository), clock, batchSize: 3 }),
    );
    const drain = async (scheduler: TimerScheduler) => {
      let fired = 0;
      for (let n = await scheduler.fireDue(); n > 0; n = await scheduler.fireDue()) fired += n;
      return fired;
    };

    const fired = await Promise.all(replicas.map(drain));
    fired.push(...(await Promise.all(replicas.map(drain))));

    expect(fired.reduce((a, b) => a + b, 0)).toBe(ids.length * 2);
    expect(ticks).toHaveLength(ids.length * 2);
    for (const id of ids) {
      expect(ticks.filter((t) => t === id)).toHaveLength(2);
      expect(await typesIn(first.db, id)).toEqual(['deadline.DeadlineScheduled', 'deadline.DeadlineBreached']);
    }
  });
});

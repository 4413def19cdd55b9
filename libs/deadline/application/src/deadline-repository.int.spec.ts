import { integrationEvents, systemActor } from '@hotline/contracts-events';
import { DeadlineRuleViolation, defaultSlaPolicy, type ScheduleDeadline } from '@hotline/deadline-domain';
import { WrongExpectedRevisionError, type EventStore } from '@hotline/platform-event-store';
import { describeWithServer, uniqueName } from '@hotline/platform-testing';
import { CalendarTable } from './calendar-table';
import { DeadlineRepository } from './deadline-repository';
import { embeddedTestServer, postgresTestServer, type TestDatabase, type TestDatabaseServer } from './fixtures/test-database';
import { deadlineStreamId } from './stored-deadline-event';

const metadata = { actor: systemActor('deadline-test') };

// Verification, 5 working days from Mon 2 Mar 2026 10:00 in Hà Nội: due 24:00 Mon 9 Mar, warned 30 h before.
const schedule = (deadlineId: string): ScheduleDeadline => ({
  type: 'ScheduleDeadline',
  data: { deadlineId, subjectId: 'case-42', step: 'verify', triggeredAt: '2026-03-02T03:00:00Z', now: '2026-03-02T03:00:00Z', policy: defaultSlaPolicy() },
});
const DUE = '2026-03-09T17:00:00.000Z';
const AFTER_WARNING = '2026-03-09T00:00:00Z';

/** A store whose appends first let `competitor` write to the same stream, as a racing replica would. */
function contendedStore(inner: EventStore, competitor: (streamId: string, attempt: number) => Promise<void>): EventStore & { attempts: number } {
  const contended = Object.assign(Object.create(inner) as EventStore, {
    attempts: 0,
    appendToStream: async (...args: Parameters<EventStore['appendToStream']>) => {
      contended.attempts += 1;
      await competitor(args[0], contended.attempts);
      return inner.appendToStream(...args);
    },
  });
  return contended;
}

function repositorySuite(server: TestDatabaseServer): void {
  let db: TestDatabase;
  let calendar: CalendarTable;

  beforeAll(async () => {
    db = await server.open(uniqueName('repository'));
    calendar = new CalendarTable(db.sql, db.schema);
    await calendar.migrate();
  });

  it('keeps each deadline in its own stream, with the domain events prefixed by the context', async () => {
    const repository = new DeadlineRepository(db.store, calendar);
    const id = uniqueName('dl');

    const handled = await repository.handle(id, schedule(id), metadata);

    expect(handled.events.map((e) => e.type)).toEqual(['DeadlineScheduled']);
    expect(handled.revision).toBe(0);
    const [stored] = await db.store.readStream(deadlineStreamId(id));
    expect(stored).toMatchObject({ type: 'deadline.DeadlineScheduled', streamId: `deadline-${id}`, actor: metadata.actor, occurredAt: '2026-03-02T03:00:00.000Z' });
    expect(stored.data).toMatchObject({ deadlineId: id, dueAt: DUE, step: 'verify' });
    expect((await repository.load(id)).state).toMatchObject({ status: 'running', dueAt: DUE });
  });

  it('lets a rule violation through unchanged, and appends nothing', async () => {
    const repository = new DeadlineRepository(db.store, calendar);
    const id = uniqueName('dl');
    await repository.handle(id, schedule(id), metadata);

    const error = await repository.handle(id, schedule(id), metadata).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DeadlineRuleViolation);
    expect((error as DeadlineRuleViolation).code).toBe('already_scheduled');
    expect(await db.store.readStream(deadlineStreamId(id))).toHaveLength(1);
  });

  it('decides again on the new state when another writer appended first', async () => {
    const plain = new DeadlineRepository(db.store, calendar);
    const id = uniqueName('dl');
    await plain.handle(id, schedule(id), metadata);
    // A timer's tick lands between this command's read and its append.
    const store = contendedStore(db.store, async (_, attempt) => {
      if (attempt === 1) await plain.handle(id, { type: 'Tick', data: { now: AFTER_WARNING } }, metadata);
    });
    const repository = new DeadlineRepository(store, calendar);

    const handled = await repository.handle(id, { type: 'CompleteDeadline', data: { now: AFTER_WARNING } }, metadata);

    expect(store.attempts).toBe(2);
    expect(handled.events).toEqual([expect.objectContaining({ type: 'DeadlineCompleted', data: expect.objectContaining({ onTime: true }) })]);
    expect((await db.store.readStream(deadlineStreamId(id))).map((e) => e.type)).toEqual(['deadline.DeadlineScheduled', 'deadline.DeadlineWarningDue', 'deadline.DeadlineCompleted']);
  });

  it('gives up after three retries when the stream keeps moving', async () => {
    const plain = new DeadlineRepository(db.store, calendar);
    const id = uniqueName('dl');
    await plain.handle(id, schedule(id), metadata);
    const store = contendedStore(db.store, async (streamId) => {
      await db.store.appendToStream(streamId, [{ type: 'deadline.DeadlinePaused', data: { deadlineId: id, pausedAt: '2026-03-03T03:00:00.000Z', reason: 'đua' }, actor: metadata.actor }], {
        expectedRevision: 'any',
      });
    });

    const error = await new DeadlineRepository(store, calendar).handle(id, { type: 'CancelDeadline', data: { reason: 'thử' } }, metadata).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(WrongExpectedRevisionError);
    expect(store.attempts).toBe(4);
  });

  it('stores warnings and breaches in the shape the integration catalogue publishes', async () => {
    const repository = new DeadlineRepository(db.store, calendar);
    const id = uniqueName('dl');
    await repository.handle(id, schedule(id), metadata);
    await repository.handle(id, { type: 'Tick', data: { now: AFTER_WARNING } }, metadata);
    await repository.handle(id, { type: 'Tick', data: { now: DUE } }, metadata);

    const [, warning, breach] = await db.store.readStream(deadlineStreamId(id));
    expect(integrationEvents.parse(warning).data).toEqual({ deadlineId: id, subjectId: 'case-42', step: 'verify', dueAt: DUE });
    expect(integrationEvents.parse(breach)).toMatchObject({ type: 'deadline.DeadlineBreached', occurredAt: DUE, data: { deadlineId: id, dueAt: DUE, policyVersion: 1 } });
  });
}

describe('DeadlineRepository on PGlite', () => {
  const server = embeddedTestServer();
  afterAll(() => server.close());
  repositorySuite(server);
});

describeWithServer('DeadlineRepository on PostgreSQL', 'postgres', (url) => {
  const server = postgresTestServer(url);
  afterAll(() => server.close());
  repositorySuite(server);
});

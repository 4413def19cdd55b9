import { integrationEvents, systemActor, topicOf } from '@hotline/contracts-events';
import { InProcessEventBus } from '@hotline/platform-event-bus/in-process';
import { SqlEventStore } from '@hotline/platform-event-store/sql';
import { toBusMessage } from '@hotline/platform-forwarder';
import { testServiceContext } from '@hotline/platform-test-kit';
import { eventually, uniqueName } from '@hotline/platform-testing';
import { AdjustableClock } from './fixtures/adjustable-clock';
import { embeddedTestServer, type TestDatabase } from './fixtures/test-database';
import { startDeadlineFeatures, type DeadlineFeatures } from './start-deadline-features';

// Sessions on Wed 29/04/2026: intake opens 22/04 00:00, so S2 wants the announcement by 24:00 on
// Fri 17/04 (Vietnam time). Moved to 06/05, it is due by 24:00 on 24/04 instead.
const PLANNED_AT = '2026-04-10T02:00:00.000Z';
const DUE = '2026-04-17T17:00:00.000Z';
const MOVED_DUE = '2026-04-24T17:00:00.000Z';
const schedule = { startsAt: '2026-04-29T02:00:00.000Z', endsAt: '2026-04-29T04:00:00.000Z', intakeOpensAt: '2026-04-21T17:00:00.000Z', announceBy: DUE };
const moved = { startsAt: '2026-05-06T02:00:00.000Z', endsAt: '2026-05-06T04:00:00.000Z', intakeOpensAt: '2026-04-28T17:00:00.000Z', announceBy: MOVED_DUE };

describe('the announcement deadline of a planned session (S2, embedded PGlite)', () => {
  const server = embeddedTestServer();
  let db: TestDatabase;
  let bus: InProcessEventBus;
  let clock: AdjustableClock;
  let features: DeadlineFeatures;
  let sessionStore: SqlEventStore;

  /** Plays the session service: stores its events (real envelopes) and publishes them. */
  const publish = async (type: string, sessionId: string, data: Record<string, unknown>, occurredAt: string): Promise<void> => {
    const { schemaVersion } = integrationEvents.prepare(type, { sessionId, ...data });
    const { events } = await sessionStore.appendToStream(`session-${sessionId}`, [{ type, schemaVersion, data: { sessionId, ...data }, actor: systemActor('session-test'), occurredAt }], { expectedRevision: 'any' });
    await bus.publish(topicOf(type), [toBusMessage(events[0])]);
  };
  const planned = (sessionId: string, hostUnitCode = 'P01') => publish('session.SessionPlanned', sessionId, { hostUnitCode, ...schedule }, PLANNED_AT);
  const announced = (sessionId: string, announcedAt: string, plan = schedule) =>
    publish('session.SessionAnnounced', sessionId, { hostUnitCode: 'P01', coHostUnitCodes: [], topic: 'Ô nhiễm không khí', ...plan, intakeClosesAt: plan.endsAt, announcedAt, policyVersion: 1 }, announcedAt);
  const deadlinesOf = async (sessionId: string) => {
    await features.caughtUp();
    return (await features.readModel.deadlinesOfCase(`session-${sessionId}`)).filter((d) => d.step === 'session_announce');
  };
  const once = async <T>(what: string, read: () => Promise<T[]>, until: (items: T[]) => boolean) => eventually(what, async () => ((items) => (until(items) ? items : undefined))(await read()), 10_000);

  const [onTime, moving, late] = ['on-time', 'moving', 'late'].map((name) => uniqueName(`s-${name}`));

  beforeAll(async () => {
    db = await server.open(uniqueName('deadline_announce'));
    bus = new InProcessEventBus();
    clock = new AdjustableClock('2026-04-10T02:00:05Z');
    features = await startDeadlineFeatures(testServiceContext(db, bus), { clock, pollIntervalMs: 25, schema: db.schema, retry: { maxAttempts: 3, initialDelayMs: 10 } });
    sessionStore = new SqlEventStore(db.sql, { schema: `${db.schema}_session` });
  });
  afterAll(async () => {
    await features.stop();
    await bus.close();
    await server.close();
  });

  it('is scheduled when the session is planned, due at 24:00 on the last allowed day, under the host', async () => {
    await planned(onTime);
    const [deadline] = await once('the announcement limit', () => deadlinesOf(onTime), (items) => items.length === 1);
    expect(deadline).toMatchObject({ step: 'session_announce', unitCode: 'P01', status: 'running', triggeredAt: PLANNED_AT, dueAt: DUE });
    expect(deadline.explanation.vi).toContain('17/04/2026');
  });

  it('is completed on time by the announcement', async () => {
    await announced(onTime, '2026-04-16T02:00:00.000Z');
    const [deadline] = await once('completed', () => deadlinesOf(onTime), (items) => items[0]?.status === 'completed');
    expect(deadline).toMatchObject({ onTime: true, dueAt: DUE });
  });

  it('moves with the schedule: the earlier day cancelled, the new day running, under the new host', async () => {
    await planned(moving);
    await once('scheduled', () => deadlinesOf(moving), (items) => items.length === 1);
    await publish('session.SessionPlanRevised', moving, { hostUnitCode: 'P48', ...moved }, '2026-04-12T02:00:00.000Z');
    const deadlines = await once('moved', () => deadlinesOf(moving), (items) => items.length === 2 && items.some((d) => d.status === 'cancelled'));
    expect(deadlines.map((d) => ({ status: d.status, dueAt: d.dueAt, unitCode: d.unitCode })).sort((a, b) => a.dueAt.localeCompare(b.dueAt))).toEqual([
      { status: 'cancelled', dueAt: DUE, unitCode: 'P48' },
      { status: 'running', dueAt: MOVED_DUE, unitCode: 'P48' },
    ]);
  });

  it('is breached at 24:00 on the last day if the session is still not announced, listed overdue for the host', async () => {
    await planned(late);
    await once('scheduled', () => deadlinesOf(late), (items) => items.length === 1);
    clock.set('2026-04-17T17:00:01Z');
    features.scheduler.wake();
    const [deadline] = await once('breached', () => deadlinesOf(late), (items) => items[0]?.breachedAt != null);
    expect(deadline).toMatchObject({ status: 'running', dueAt: DUE });
    const overdue = (await features.readModel.overdue('P01', { limit: 200 })).items.map((d) => d.deadlineId);
    expect(overdue).toContain(deadline.deadlineId);
    // The moved session's new day has not come: it is not overdue.
    expect(overdue.some((id) => id.startsWith(`session-${moving}:`))).toBe(false);
  });
});

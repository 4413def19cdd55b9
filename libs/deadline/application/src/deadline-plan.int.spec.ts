import { integrationEvents, type EventEnvelope } from '@hotline/contracts-events';
import { InProcessEventBus } from '@hotline/platform-event-bus/in-process';
import type { RecordedEvent } from '@hotline/platform-event-store';
import { SqlEventStore } from '@hotline/platform-event-store/sql';
import { describeWithServer, eventually, uniqueName } from '@hotline/platform-testing';
import { deadlineIdFor } from './deadline-planner';
import { AdjustableClock } from './fixtures/adjustable-clock';
import { CaseProgressPublisher } from './fixtures/case-progress-publisher';
import { embeddedTestServer, postgresTestServer, type TestDatabase, type TestDatabaseServer } from './fixtures/test-database';
import { testServiceContext } from '@hotline/platform-test-kit';
import { startDeadlineFeatures, type DeadlineFeatures } from './start-deadline-features';
import { deadlineStreamId } from './stored-deadline-event';

// Friday 13 February 2026, 10:00 in Hà Nội, the last working day before the Tết break (14–22 Feb).
const FRIDAY_BEFORE_TET = '2026-02-13T03:00:00Z';
// Accept = 1 working day: Monday 23 February is the first one after the break; 24:00 that day.
const ACCEPT_DUE = '2026-02-23T17:00:00.000Z';
// Whole case = 30 calendar days: Sunday 15 March, moved to the end of Monday 16 March.
const WHOLE_CASE_DUE = '2026-03-16T17:00:00.000Z';

function deadlinePlanSuite(server: TestDatabaseServer): void {
  // Nested, so the features stop before the enclosing block closes the database.
  describe('one case from opening to closing', () => casePlan(server));
}

function casePlan(server: TestDatabaseServer): void {
  const caseId = uniqueName('case');
  const commune = 'UBND-XA-00004';
  const province = 'STNMT-01';
  const accept = deadlineIdFor(caseId, 'accept');
  let db: TestDatabase;
  let bus: InProcessEventBus;
  let clock: AdjustableClock;
  let features: DeadlineFeatures;
  let routing: CaseProgressPublisher;

  const typesOf = async (deadlineId: string) => (await db.store.readStream(deadlineStreamId(deadlineId))).map((e) => e.type);
  const count = async (deadlineId: string, type: string) => (await typesOf(deadlineId)).filter((t) => t === type).length;
  const planned = async (event: RecordedEvent) =>
    (await db.sql.query(`select 1 from ${db.schema}.processed_events where consumer = 'deadline-planner' and event_id = $1`, [event.eventId])).length === 1;
  const settled = async () => {
    await features.caughtUp();
  };

  beforeAll(async () => {
    db = await server.open(uniqueName('deadline_plan'));
    bus = new InProcessEventBus();
    clock = new AdjustableClock('2026-02-13T03:00:05Z');
    features = await startDeadlineFeatures(testServiceContext(db, bus), { clock, pollIntervalMs: 25, schema: db.schema, retry: { maxAttempts: 3, initialDelayMs: 10 } });
    routing = new CaseProgressPublisher(new SqlEventStore(db.sql, { schema: `${db.schema}_routing` }), bus);
  });

  afterAll(async () => {
    await features.stop();
    await bus.close();
  });

  it('schedules the case and the acceptance from the events of a case opened and assigned just before Tết', async () => {
    await routing.publish('routing.CaseOpened', { caseId, reportId: 'report-1', provinceCode: '01', communeCode: '00004', urgent: false, nature: 'sudden' }, FRIDAY_BEFORE_TET);
    await routing.publish('routing.CaseAssigned', { caseId, unitCode: commune, level: 'commune', reason: 'Thuộc địa bàn xã', rule: { id: 'commune-with-hotline', version: 1 } }, FRIDAY_BEFORE_TET);

    await eventually('both deadlines in the read model', async () => {
      await settled();
      return (await features.readModel.deadlinesOfCase(caseId)).length === 2;
    });
    const [acceptView, wholeCase] = await features.readModel.deadlinesOfCase(caseId);
    expect(acceptView).toMatchObject({ deadlineId: accept, step: 'accept', unitCode: commune, status: 'running', triggeredAt: '2026-02-13T03:00:00.000Z', dueAt: ACCEPT_DUE });
    expect(acceptView.explanation.en).toContain('2026-02-23');
    expect(wholeCase).toMatchObject({ step: 'whole_case', unitCode: commune, dueAt: WHOLE_CASE_DUE });
    expect((await features.timers.timersOf(accept)).map((t) => [t.kind, t.status, t.fireAt.toISOString()])).toEqual([
      ['warning', 'pending', '2026-02-23T11:00:00.000Z'],
      ['due', 'pending', ACCEPT_DUE],
    ]);
  });

  it('schedules nothing twice when routing redelivers its events', async () => {
    const [opened, assigned] = await routing.eventsOf(caseId);
    await routing.redeliver(assigned);
    await routing.redeliver(opened);
    // Events of one case are consumed in order, so once a later one is planned, the repeats were too.
    const reassigned = await routing.publish('routing.CaseAssigned', { caseId, unitCode: commune, level: 'commune', reason: 'Chuyển lại', rule: null }, FRIDAY_BEFORE_TET);
    await eventually('the later event planned', () => planned(reassigned));
    await settled();

    expect(await typesOf(accept)).toEqual(['deadline.DeadlineScheduled']);
    expect(await typesOf(deadlineIdFor(caseId, 'whole_case'))).toEqual(['deadline.DeadlineScheduled']);
    expect(await features.readModel.deadlinesOfCase(caseId)).toHaveLength(2);
    expect(await features.timers.timersOf(accept)).toHaveLength(2);
  });

  it('warns, then reports the breach exactly once when the clock passes the limit', async () => {
    clock.set('2026-02-23T12:00:00Z');
    await eventually('the warning', async () => (await count(accept, 'deadline.DeadlineWarningDue')) === 1);

    clock.set('2026-02-23T17:00:01Z');
    await eventually('the breach', async () => (await count(accept, 'deadline.DeadlineBreached')) === 1);
    await eventually('both timers fired', async () => (await features.timers.timersOf(accept)).every((t) => t.status === 'fired'));
    await new Promise((r) => setTimeout(r, 150));
    expect(await typesOf(accept)).toEqual(['deadline.DeadlineScheduled', 'deadline.DeadlineWarningDue', 'deadline.DeadlineBreached']);

    const [breach] = (await db.store.readStream(deadlineStreamId(accept))).filter((e) => e.type === 'deadline.DeadlineBreached');
    const published = integrationEvents.parse(breach) as EventEnvelope<'deadline.DeadlineBreached', Record<string, unknown>>;
    expect(published.data).toEqual({ deadlineId: accept, subjectId: caseId, step: 'accept', dueAt: ACCEPT_DUE, policyVersion: 1 });

    await settled();
    const overdue = await features.readModel.overdue(commune);
    expect(overdue.items.map((d) => [d.deadlineId, d.breachedAt])).toEqual([[accept, '2026-02-23T17:00:01.000Z']]);
  });

  it('moves the open deadlines to the unit the case is escalated to', async () => {
    const escalated = await routing.publish('routing.CaseEscalated', { caseId, fromUnitCode: commune, toUnitCode: province, toLevel: 'province', reason: 'Quá hạn tiếp nhận' }, '2026-02-23T17:05:00Z');
    await eventually('the escalation planned', () => planned(escalated));

    expect((await features.readModel.overdue(province)).items.map((d) => d.deadlineId)).toEqual([accept]);
    expect((await features.readModel.overdue(commune)).items).toEqual([]);
  });

  it('completes each step and starts the next; a sudden incident is verified within 24 clock hours', async () => {
    await routing.publish('routing.CaseAccepted', { caseId, unitCode: province, at: '2026-02-24T02:00:00Z' }, '2026-02-24T02:00:00Z');
    const verify = deadlineIdFor(caseId, 'verify');
    await eventually('verification scheduled', async () => (await typesOf(verify)).length === 1);
    await settled();

    const views = await features.readModel.deadlinesOfCase(caseId);
    expect(views.find((d) => d.step === 'accept')).toMatchObject({ status: 'completed', onTime: false, unitCode: province });
    expect(views.find((d) => d.step === 'verify')).toMatchObject({ status: 'running', unitCode: province, dueAt: '2026-02-25T02:00:00.000Z' });
    expect((await features.readModel.dueSoon(province, 48, clock.now())).items.map((d) => d.step)).toEqual(['verify']);
  });

  it('closing the case completes the whole-case limit and cancels the step still open', async () => {
    await routing.publish('routing.CaseClosed', { caseId, unitCode: province, at: '2026-02-24T05:00:00Z' }, '2026-02-24T05:00:00Z');
    const verify = deadlineIdFor(caseId, 'verify');
    await eventually('verification cancelled', async () => (await typesOf(verify)).includes('deadline.DeadlineCancelled'));
    await eventually('whole case completed', async () => (await typesOf(deadlineIdFor(caseId, 'whole_case'))).includes('deadline.DeadlineCompleted'));
    await settled();

    expect((await features.readModel.deadlinesOfCase(caseId)).map((d) => [d.step, d.status, d.onTime])).toEqual([
      ['accept', 'completed', false],
      ['whole_case', 'completed', true],
      ['verify', 'cancelled', null],
    ]);
    expect((await features.timers.timersOf(verify)).map((t) => t.status)).toEqual(['cancelled', 'cancelled']);
  });

  it('reports its health: calendar coverage, timer backlog, policy in effect', async () => {
    const { deadlineCalendar, deadlineTimers, slaPolicy } = features.checks;
    expect(await deadlineCalendar()).toEqual({ firstYear: 2024, lastYear: 2027, currentYear: 2026, nextYearMaintained: true });
    expect(await deadlineTimers()).toEqual({ pending: 0, failing: 0, oldestOverdueLagSeconds: 0 });
    expect(await slaPolicy()).toEqual({ versionInEffect: 1 });
  });
}

describe('the deadline plan on PGlite and the in-process bus', () => {
  const server = embeddedTestServer();
  afterAll(() => server.close());
  deadlinePlanSuite(server);
});

describeWithServer('the deadline plan on PostgreSQL and the in-process bus', 'postgres', (url) => {
  const server = postgresTestServer(url);
  afterAll(() => server.close());
  deadlinePlanSuite(server);
});

import { integrationEvents, systemActor, topicOf } from '@hotline/contracts-events';
import { InProcessEventBus } from '@hotline/platform-event-bus/in-process';
import type { RecordedEvent } from '@hotline/platform-event-store';
import { SqlEventStore } from '@hotline/platform-event-store/sql';
import { toBusMessage } from '@hotline/platform-forwarder';
import { describeWithServer, eventually, uniqueName } from '@hotline/platform-testing';
import { deadlineIdFor } from './deadline-planner';
import { AdjustableClock } from './fixtures/adjustable-clock';
import { embeddedTestServer, postgresTestServer, type TestDatabase, type TestDatabaseServer } from './fixtures/test-database';
import { testServiceContext } from '@hotline/platform-test-kit';
import { startDeadlineFeatures, type DeadlineFeatures } from './start-deadline-features';
import { deadlineStreamId } from './stored-deadline-event';

// Monday 2 March 2026, 08:00 in Hà Nội: a report reaches the Hà Nội desk.
const RECEIVED = '2026-03-02T01:00:00.000Z';

function intakeDeskSuite(server: TestDatabaseServer): void {
  describe('the intake desk’s limits: enter and forward', () => deskPlan(server));
}

function deskPlan(server: TestDatabaseServer): void {
  let db: TestDatabase;
  let bus: InProcessEventBus;
  let features: DeadlineFeatures;
  let upstream: SqlEventStore;
  let clock: AdjustableClock;

  /** Plays intake and routing: their events with real envelopes, published as their forwarders would. */
  const publish = async (type: string, stream: string, data: Record<string, unknown>, occurredAt: string): Promise<RecordedEvent> => {
    const { schemaVersion } = integrationEvents.prepare(type, data);
    const { events } = await upstream.appendToStream(stream, [{ type, schemaVersion, data, occurredAt, actor: systemActor('upstream-test') }], { expectedRevision: 'any' });
    await redeliver(events[0]);
    return events[0];
  };
  const redeliver = (event: RecordedEvent) => bus.publish(topicOf(event.type), [toBusMessage(event)]);
  /** The planner records its side tables first and moves clocks after, so tests wait for the clock they look at. */
  const settled = async (what: string, deadlineId: string, type: string) => {
    await eventually(what, async () => (await typesOf(deadlineId)).includes(type));
    // The read model projects the store asynchronously; wait until it has what the store has.
    await features.caughtUp();
  };
  const typesOf = async (deadlineId: string) => (await db.store.readStream(deadlineStreamId(deadlineId))).map((e) => e.type);
  const view = async (caseId: string, step: string) => {
    await features.caughtUp();
    return (await features.readModel.deadlinesOfCase(caseId)).find((d) => d.step === step);
  };

  const received = (reportId: string, provinceCode: string | null = '01') =>
    publish(
      'intake.ReportReceived',
      `report-${reportId}`,
      { reportId, caseId: `case-${reportId}`, trackingCode: 'PA-0000-0001', channel: 'phone', receivedAt: RECEIVED, provinceCode, communeCode: provinceCode && '00004' },
      RECEIVED,
    );
  const accepted = (reportId: string, at: string, overrides: Record<string, unknown> = {}) =>
    publish(
      'intake.ReportAccepted',
      `report-${reportId}`,
      {
        reportId,
        trackingCode: 'PA-0000-0001',
        channel: 'phone',
        receivedAt: RECEIVED,
        pollutionType: 'emissions',
        nature: 'continuous',
        urgent: false,
        legalTrack: 'pollution',
        provinceCode: '01',
        communeCode: '00004',
        latitude: null,
        longitude: null,
        duplicateOfCaseId: null,
        ...overrides,
      },
      at,
    );
  const assigned = (caseId: string, unitCode: string, at: string) =>
    publish('routing.CaseAssigned', `case-${caseId}`, { caseId, unitCode, level: 'commune', reason: 'Thuộc địa bàn xã', rule: null }, at);

  beforeAll(async () => {
    db = await server.open(uniqueName('deadline_desk'));
    bus = new InProcessEventBus();
    clock = new AdjustableClock(RECEIVED);
    features = await startDeadlineFeatures(testServiceContext(db, bus), {
      clock,
      pollIntervalMs: 25,
      schema: db.schema,
      retry: { maxAttempts: 3, initialDelayMs: 10 },
    });
    upstream = new SqlEventStore(db.sql, { schema: `${db.schema}_routing` });
  });
  afterAll(async () => {
    await features.stop();
    await bus.close();
  });

  it('times the entry from receipt under the province’s desk; an urgent classification is judged against 2 hours', async () => {
    const reportId = uniqueName('r');
    const caseId = `case-${reportId}`;
    await received(reportId);
    await eventually('the entry clock', async () => (await view(caseId, 'enter')) !== undefined);
    expect(await view(caseId, 'enter')).toMatchObject({ unitCode: 'P01', status: 'running', triggeredAt: RECEIVED, dueAt: '2026-03-02T07:00:00.000Z', policyVersion: 1 });

    // Entered (classified urgent) at 10:30, 2½ hours after receipt: late for an urgent report.
    await accepted(reportId, '2026-03-02T03:30:00.000Z', { urgent: true });
    await settled('the forward clock', deadlineIdFor(caseId, 'forward'), 'deadline.DeadlineScheduled');
    expect(await typesOf(deadlineIdFor(caseId, 'enter'))).toEqual(['deadline.DeadlineScheduled', 'deadline.DeadlineReclassified', 'deadline.DeadlineCompleted']);
    expect(await view(caseId, 'enter')).toMatchObject({ status: 'completed', onTime: false, dueAt: '2026-03-02T03:00:00.000Z', unitCode: 'P01' });
    expect(await view(caseId, 'forward')).toMatchObject({ status: 'running', unitCode: 'P01', triggeredAt: '2026-03-02T03:30:00.000Z', dueAt: '2026-03-02T04:30:00.000Z' });

    // Routing forwards at once: the forward step ends on time and stays with the desk; the commune's acceptance starts.
    const forwarded = await assigned(caseId, 'C00004', '2026-03-02T03:31:00.000Z');
    await settled('the acceptance clock', deadlineIdFor(caseId, 'accept'), 'deadline.DeadlineScheduled');
    expect(await view(caseId, 'forward')).toMatchObject({ status: 'completed', onTime: true, unitCode: 'P01' });
    expect(await view(caseId, 'accept')).toMatchObject({ status: 'running', unitCode: 'C00004' });

    // Routing repeats its assignment; events of one stream are consumed in order, so once a later one is planned, the repeat was too.
    await redeliver(forwarded);
    await publish('routing.CaseAccepted', `case-${caseId}`, { caseId, unitCode: 'C00004', at: '2026-03-02T05:00:00.000Z' }, '2026-03-02T05:00:00.000Z');
    await eventually('a later event planned', async () => (await typesOf(deadlineIdFor(caseId, 'verify'))).length === 1);
    expect(await typesOf(deadlineIdFor(caseId, 'forward'))).toEqual(['deadline.DeadlineScheduled', 'deadline.DeadlineCompleted']);
    expect(await typesOf(deadlineIdFor(caseId, 'enter'))).toHaveLength(3);
  });

  it('ends the forward step when routing’s assignment was handled before intake’s acceptance', async () => {
    const reportId = uniqueName('r');
    const caseId = `case-${reportId}`;
    await received(reportId);
    await assigned(caseId, 'C00004', '2026-03-02T02:00:05.000Z');
    await settled('the acceptance clock', deadlineIdFor(caseId, 'accept'), 'deadline.DeadlineScheduled');
    await accepted(reportId, '2026-03-02T02:00:00.000Z');
    await settled('the forward clock stopped', deadlineIdFor(caseId, 'forward'), 'deadline.DeadlineCompleted');

    expect(await view(caseId, 'enter')).toMatchObject({ status: 'completed', onTime: true, unitCode: 'P01' });
    expect(await view(caseId, 'forward')).toMatchObject({ status: 'completed', onTime: true, unitCode: 'P01' });
  });

  it('cancels the entry of a rejected report, starts no forwarding for a duplicate, and gives an unplaced report to the ministry’s desk', async () => {
    const rejectedId = uniqueName('r');
    await received(rejectedId);
    await publish('intake.ReportRejected', `report-${rejectedId}`, { reportId: rejectedId }, '2026-03-02T02:00:00.000Z');
    await settled('the rejection planned', deadlineIdFor(`case-${rejectedId}`, 'enter'), 'deadline.DeadlineCancelled');
    expect(await view(`case-${rejectedId}`, 'enter')).toMatchObject({ status: 'cancelled' });

    const duplicateId = uniqueName('r');
    await received(duplicateId);
    await accepted(duplicateId, '2026-03-02T02:00:00.000Z', { duplicateOfCaseId: 'case-open-elsewhere' });
    await settled('the duplicate entered', deadlineIdFor(`case-${duplicateId}`, 'enter'), 'deadline.DeadlineCompleted');
    expect((await features.readModel.deadlinesOfCase(`case-${duplicateId}`)).map((d) => [d.step, d.status])).toEqual([['enter', 'completed']]);

    const unplacedId = uniqueName('r');
    await received(unplacedId, null);
    await eventually('the unplaced report’s entry clock', async () => (await view(`case-${unplacedId}`, 'enter'))?.unitCode === 'BTNMT');
  });

  it('does not plan intake’s history from before the service first started (a replay on upgrade)', async () => {
    const reportId = uniqueName('r');
    const before = new SqlEventStore(db.sql, { schema: `${db.schema}_routing`, now: () => new Date('2020-01-01T00:00:00Z') });
    const data = { reportId, caseId: `case-${reportId}`, trackingCode: 'PA-0000-0002', channel: 'web', receivedAt: RECEIVED, provinceCode: '01', communeCode: '00004' };
    const { schemaVersion } = integrationEvents.prepare('intake.ReportReceived', data);
    const { events } = await before.appendToStream(`report-${reportId}`, [{ type: 'intake.ReportReceived', schemaVersion, data, occurredAt: RECEIVED, actor: systemActor('upstream-test') }], {
      expectedRevision: 'any',
    });
    await redeliver(events[0]);
    // A later report on the same partition key is planned, so the old one was seen and passed over.
    const later = uniqueName('r');
    await publish('intake.ReportReceived', `report-${reportId}`, { ...data, reportId: later, caseId: `case-${later}` }, RECEIVED);
    await settled('the later report’s entry clock', deadlineIdFor(`case-${later}`, 'enter'), 'deadline.DeadlineScheduled');
    expect(await typesOf(deadlineIdFor(`case-${reportId}`, 'enter'))).toEqual([]);
  });

  it('reports a breach of the entry limit for the case the report would open, listed as overdue at the desk', async () => {
    const reportId = uniqueName('r');
    const caseId = `case-${reportId}`;
    await received(reportId);
    await eventually('the entry clock', async () => (await view(caseId, 'enter')) !== undefined);
    clock.set('2026-03-02T07:00:01Z');
    await settled('the breach', deadlineIdFor(caseId, 'enter'), 'deadline.DeadlineBreached');
    const [breach] = (await db.store.readStream(deadlineStreamId(deadlineIdFor(caseId, 'enter')))).filter((e) => e.type === 'deadline.DeadlineBreached');
    // What routing receives: the subject is the case id routing would open the report under.
    expect(integrationEvents.parse(breach).data).toEqual({ deadlineId: deadlineIdFor(caseId, 'enter'), subjectId: caseId, step: 'enter', dueAt: '2026-03-02T07:00:00.000Z', policyVersion: 1 });
    await features.caughtUp();
    expect((await features.readModel.overdue('P01')).items.map((d) => d.deadlineId)).toContain(deadlineIdFor(caseId, 'enter'));
  });
}

describe('the intake desk’s deadlines on PGlite and the in-process bus', () => {
  const server = embeddedTestServer();
  afterAll(() => server.close());
  intakeDeskSuite(server);
});

describeWithServer('the intake desk’s deadlines on PostgreSQL and the in-process bus', 'postgres', (url) => {
  const server = postgresTestServer(url);
  afterAll(() => server.close());
  intakeDeskSuite(server);
});

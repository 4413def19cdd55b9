import { randomBytes } from 'node:crypto';
import { integrationEvents, topicOf, type Actor } from '@hotline/contracts-events';
import type { OfficerActor } from '@hotline/intake-domain';
import { loadConfig } from '@hotline/platform-config';
import { ProcessedEvents } from '@hotline/platform-event-bus';
import { InProcessEventBus } from '@hotline/platform-event-bus/in-process';
import { InMemoryCheckpointStore, type RecordedEvent } from '@hotline/platform-event-store';
import { SqlEventStore } from '@hotline/platform-event-store/sql';
import { toBusMessage } from '@hotline/platform-forwarder';
import { createLogger } from '@hotline/platform-runtime';
import { PGliteSqlClient } from '@hotline/platform-sql/pglite';
import { eventually } from '@hotline/platform-testing';
import { startIntakeFeatures, type IntakeFeatures } from './start-intake-features';

const citizen: Actor = { kind: 'citizen', id: 'web-form' };
const operator: OfficerActor = { kind: 'officer', id: 'op-1', unitCode: 'P01' };
const smoke = (phone: string, latitude: number) => ({
  channel: 'web',
  receivedAt: '2026-03-02T08:00:00+07:00',
  reporter: { fullName: 'Trần Thị E', phone },
  location: { address: 'Phường Ba Đình, Hà Nội', latitude, longitude: 105.834 },
  pollutionType: 'emissions',
  nature: 'continuous',
  description: 'Khói đen từ lò đốt rác mỗi tối',
});

// Routing's stages come after the report was entered, whether intake dates its decisions by the
// desk's clock or the wall clock: from the next minute after an hour from now.
const START = Math.ceil(Date.now() / 60_000) * 60_000 + 3_600_000;
const later = (minutes: number) => new Date(START + minutes * 60_000).toISOString();

describe('reporter updates: a report follows its case, and a duplicate follows the case it was linked to (PGlite)', () => {
  let sql: PGliteSqlClient;
  let routingStore: SqlEventStore;
  let bus: InProcessEventBus;
  let features: IntakeFeatures;

  /** Plays routing: its events with real envelopes, published as the forwarder would. */
  const routing = async (type: string, data: Record<string, unknown>, occurredAt: string, schemaVersion?: number): Promise<RecordedEvent> => {
    const version = schemaVersion ?? integrationEvents.prepare(type, data).schemaVersion;
    const actor: Actor = { kind: 'officer', id: 'officer-nguyen-van-b', unitCode: 'P01' };
    const { events } = await routingStore.appendToStream(`case-${String(data['caseId'])}`, [{ type, schemaVersion: version, data, occurredAt, actor }], { expectedRevision: 'any' });
    await redeliver(events[0]);
    return events[0];
  };
  const redeliver = (event: RecordedEvent) => bus.publish(topicOf(event.type), [toBusMessage(event)]);
  const applied = async (event: RecordedEvent) =>
    (await sql.query(`select 1 from intake.processed_events where consumer = 'intake-case-progress' and event_id = $1`, [event.eventId])).length === 1;

  beforeAll(async () => {
    sql = await PGliteSqlClient.open();
    routingStore = new SqlEventStore(sql, { schema: 'routing_events' });
    bus = new InProcessEventBus();
    features = await startIntakeFeatures(
      {
        config: loadConfig({}),
        logger: createLogger('error'),
        infrastructure: { sql, store: new SqlEventStore(sql, { schema: 'intake_events' }), bus, checkpoints: new InMemoryCheckpointStore(), processed: new ProcessedEvents(sql, 'intake'), close: async () => undefined },
      },
      { identityKey: randomBytes(32), now: () => new Date('2026-03-02T02:00:00Z') },
    );
  });
  afterAll(async () => {
    await features.stop();
    await bus.close();
    await sql.close();
  });

  it('shows the duplicate’s reporter every stage of the linked case, without officer names, once each', async () => {
    const first = await features.desk.submit(smoke('0912 111 222', 21.035), citizen);
    const second = await features.desk.submit(smoke('0987 333 444', 21.0352), citizen);
    if (!first.ok || !second.ok) throw new Error('refused');
    await features.readModel.caughtUp();
    await features.desk.classify(first.reportId, { pollutionType: 'emissions', urgent: false, legalTrack: 'pollution' }, operator);
    await features.readModel.caughtUp();
    const { duplicateOfCaseId } = await features.desk.classify(second.reportId, { pollutionType: 'emissions', urgent: false, legalTrack: 'pollution' }, operator);
    const caseId = `case-${first.reportId}`;
    expect(duplicateOfCaseId).toBe(caseId);

    const step = (minutes: number) => ({ caseId, unitCode: 'P01', at: later(minutes) });
    await routing('routing.CaseAssigned', { caseId, unitCode: 'P01', level: 'province', reason: 'Quy tắc phân công', rule: null }, later(0));
    await routing('routing.CaseAccepted', step(60), later(60));
    await routing('routing.VerificationRecorded', { ...step(1440), findings: 'Lò đốt của hộ ông Lê Văn F', pollutionConfirmed: true }, later(1440));
    await routing('routing.HandlingRecorded', { ...step(2880), measures: 'Lập biên bản' }, later(2880));
    // Stored by a routing that labelled it version 1, message included: the upcast keeps the message.
    const fedBack = await routing('routing.ResultFedBack', { ...step(4320), message: 'Cơ sở đã bị xử phạt và ngừng đốt rác.', reportIds: [] }, later(4320), 1);
    const closed = await routing('routing.CaseClosed', step(4380), later(4380));
    await redeliver(fedBack);
    await redeliver(closed);
    await eventually('the closing applied', () => applied(closed));

    const tracked = await features.desk.track(second.trackingCode, '0987333444');
    expect(tracked?.status).toBe('closed');
    expect(tracked?.history.map((h) => [h.stage, h.at, h.unitCode])).toEqual([
      ['received', '2026-03-02T01:00:00.000Z', null],
      ['linked', expect.any(String), null],
      ['forwarded', later(0), 'P01'],
      ['accepted', later(60), 'P01'],
      ['verified', later(1440), 'P01'],
      ['handled', later(2880), 'P01'],
      ['fed_back', later(4320), 'P01'],
      ['closed', later(4380), 'P01'],
    ]);
    expect(tracked?.history.find((h) => h.stage === 'fed_back')?.detail).toBe('Cơ sở đã bị xử phạt và ngừng đốt rác.');
    expect(JSON.stringify(tracked?.history)).not.toMatch(/nguyen-van-b|Lê Văn F|Lập biên bản|Quy tắc/);

    const own = await features.desk.track(first.trackingCode, '0912111222');
    expect(own?.history.map((h) => h.stage)).toEqual(['received', 'entered', 'forwarded', 'accepted', 'verified', 'handled', 'fed_back', 'closed']);
  });

  it('opens every report of the case again when the case is reopened', async () => {
    const report = await features.desk.submit(smoke('0912 555 666', 10.5), citizen);
    if (!report.ok) throw new Error('refused');
    await features.readModel.caughtUp();
    await features.desk.classify(report.reportId, { pollutionType: 'emissions', urgent: true, legalTrack: 'pollution' }, operator);
    const caseId = `case-${report.reportId}`;
    await routing('routing.CaseClosed', { caseId, unitCode: 'P01', at: later(10) }, later(10));
    const reopened = await routing('routing.CaseReopened', { caseId, unitCode: 'P01', at: later(20), reason: 'Người dân báo tái diễn' }, later(20));
    await eventually('the reopening applied', () => applied(reopened));

    const tracked = await features.desk.track(report.trackingCode, '0912555666');
    expect(tracked).toMatchObject({ status: 'accepted' });
    expect(tracked?.history.slice(-2).map((h) => h.stage)).toEqual(['closed', 'reopened']);
    expect(JSON.stringify(tracked?.history)).not.toContain('tái diễn');
  });

  it('tells the reporter of a rejected report why, and nothing of cases', async () => {
    const report = await features.desk.submit(smoke('0912 777 888', 11.5), citizen);
    if (!report.ok) throw new Error('refused');
    await features.desk.reject(report.reportId, 'Tranh chấp đất đai, không thuộc phạm vi ô nhiễm', operator);
    await features.readModel.caughtUp();
    const tracked = await features.desk.track(report.trackingCode, '0912777888');
    expect(tracked).toMatchObject({ status: 'rejected', caseId: null });
    expect(tracked?.history.map((h) => [h.stage, h.detail])).toEqual([
      ['received', null],
      ['rejected', 'Tranh chấp đất đai, không thuộc phạm vi ô nhiễm'],
    ]);
    // Stored under the catalogue's version 2, which names the case the report would have opened.
    const [received] = await sql.query<{ schema_version: number; data: { caseId: string } }>(
      `select schema_version, data from intake_events.events where type = 'intake.ReportReceived' and stream_id = $1`,
      [`report-${report.reportId}`],
    );
    expect(received).toEqual({ schema_version: 2, data: expect.objectContaining({ caseId: `case-${report.reportId}` }) });
  });
});

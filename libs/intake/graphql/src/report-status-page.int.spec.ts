import { randomBytes } from 'node:crypto';
import { graphql } from 'graphql';
import { integrationEvents, topicOf, type Actor } from '@hotline/contracts-events';
import { startIntakeFeatures, type IntakeFeatures } from '@hotline/intake-application';
import { loadConfig } from '@hotline/platform-config';
import { ProcessedEvents } from '@hotline/platform-event-bus';
import { InProcessEventBus } from '@hotline/platform-event-bus/in-process';
import { InMemoryCheckpointStore, type RecordedEvent } from '@hotline/platform-event-store';
import { SqlEventStore } from '@hotline/platform-event-store/sql';
import { toBusMessage } from '@hotline/platform-forwarder';
import { createLogger } from '@hotline/platform-runtime';
import { PGliteSqlClient } from '@hotline/platform-sql/pglite';
import { eventually } from '@hotline/platform-testing';
import { intakeSubgraphSchema } from './intake-subgraph';

const TRACK = `query ($code: String!, $contact: String!) {
  trackReport(trackingCode: $code, contact: $contact) { status stage statusText { vi en } history { stage at unitCode text { vi en } } }
}`;

// Routing's stages come after the report was entered, whether intake dates its decisions by the
// desk's clock or the wall clock: from the next minute after an hour from now.
const START = Math.ceil(Date.now() / 60_000) * 60_000 + 3_600_000;
const later = (minutes: number) => new Date(START + minutes * 60_000).toISOString();

describe('the reporter’s status page (intake subgraph, PGlite)', () => {
  let sql: PGliteSqlClient;
  let bus: InProcessEventBus;
  let routingStore: SqlEventStore;
  let features: IntakeFeatures;

  const routing = async (type: string, data: Record<string, unknown>, occurredAt: string): Promise<RecordedEvent> => {
    const { schemaVersion } = integrationEvents.prepare(type, data);
    const actor: Actor = { kind: 'officer', id: 'handler-pham-van-g', unitCode: 'C00004' };
    const { events } = await routingStore.appendToStream(`case-${String(data['caseId'])}`, [{ type, schemaVersion, data, occurredAt, actor }], { expectedRevision: 'any' });
    await bus.publish(topicOf(type), [toBusMessage(events[0])]);
    return events[0];
  };
  const track = async (code: string, contact: string) => {
    const result = await graphql({ schema: intakeSubgraphSchema(features.desk, features.readModel), source: TRACK, variableValues: { code, contact }, contextValue: { actor: { kind: 'anonymous' } } });
    expect(result.errors).toBeUndefined();
    return result.data?.['trackReport'] as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  beforeAll(async () => {
    sql = await PGliteSqlClient.open();
    bus = new InProcessEventBus();
    routingStore = new SqlEventStore(sql, { schema: 'routing_events' });
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

  it('lists each stage with its Vietnam time, the unit, and the feedback written for the reporter', async () => {
    const submitted = await features.desk.submit(
      {
        channel: 'web',
        receivedAt: '2026-03-02T08:00:00+07:00',
        reporter: { email: 'nguoidan@example.vn' },
        location: { address: 'Phường Ba Đình, Hà Nội' },
        pollutionType: 'noise',
        nature: 'continuous',
        description: 'Tiếng ồn từ xưởng cơ khí sau 22 giờ',
      },
      { kind: 'citizen', id: 'web-form' },
    );
    if (!submitted.ok) throw new Error('refused');
    await features.readModel.caughtUp();
    expect(await track(submitted.trackingCode, 'nguoidan@example.vn')).toMatchObject({
      status: 'received',
      stage: 'received',
      history: [{ stage: 'received', at: '2026-03-02T08:00:00+07:00', unitCode: null, text: { vi: 'Đã tiếp nhận, đang phân loại', en: 'Received, being classified' } }],
    });

    await features.desk.classify(submitted.reportId, { pollutionType: 'noise', urgent: false, legalTrack: 'pollution' }, { kind: 'officer', id: 'op-1', unitCode: 'P01' });
    const caseId = `case-${submitted.reportId}`;
    await routing('routing.CaseAssigned', { caseId, unitCode: 'C00004', level: 'commune', reason: 'Thuộc địa bàn xã', rule: null }, later(0));
    const fedBack = await routing('routing.ResultFedBack', { caseId, unitCode: 'C00004', at: later(7 * 1440), message: 'Xưởng đã cam kết không hoạt động sau 22 giờ.' }, later(7 * 1440));
    await eventually('the feedback applied', async () => (await sql.query(`select 1 from intake.report_progress where event_id = $1`, [fedBack.eventId])).length === 1);

    const page = await track(submitted.trackingCode, 'NGUOIDAN@example.vn');
    expect(page.stage).toBe('fed_back');
    expect(page.statusText).toEqual({ vi: 'Kết quả xử lý: Xưởng đã cam kết không hoạt động sau 22 giờ.', en: 'Result (in Vietnamese): Xưởng đã cam kết không hoạt động sau 22 giờ.' });
    const history = page.history as { stage: string; at: string; unitCode: string | null }[];
    expect(history.map((h) => [h.stage, h.unitCode])).toEqual([
      ['received', null],
      ['entered', null],
      ['forwarded', 'C00004'],
      ['fed_back', 'C00004'],
    ]);
    // Each instant as read in Vietnam, the same moment as routing's.
    expect(history.every((h) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/.test(h.at))).toBe(true);
    expect(history.slice(2).map((h) => new Date(h.at).toISOString())).toEqual([later(0), later(7 * 1440)]);
    expect(page.history[2].text).toEqual({ vi: 'Đã chuyển đơn vị cấp xã C00004 xử lý', en: 'Forwarded to commune unit C00004' });
    expect(JSON.stringify(page)).not.toMatch(/pham-van-g|nguoidan@/);
  });
});

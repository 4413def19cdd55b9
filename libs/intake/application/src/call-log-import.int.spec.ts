import { randomBytes } from 'node:crypto';
import { uuidv7 } from '@hotline/contracts-events';
import type { OfficerActor } from '@hotline/intake-domain';
import { loadConfig } from '@hotline/platform-config';
import { ProcessedEvents } from '@hotline/platform-event-bus';
import { InProcessEventBus } from '@hotline/platform-event-bus/in-process';
import { InMemoryCheckpointStore } from '@hotline/platform-event-store';
import { SqlEventStore } from '@hotline/platform-event-store/sql';
import { createLogger } from '@hotline/platform-runtime';
import { PGliteSqlClient } from '@hotline/platform-sql/pglite';
import { startIntakeFeatures, type IntakeFeatures } from './start-intake-features';

const operator: OfficerActor = { kind: 'officer', id: 'op-hn', unitCode: 'P01' };
const HEADER = 'Mã cuộc gọi,Số gọi đến,Thời điểm gọi,Điện thoại viên,Loại ô nhiễm,Tính chất,Địa điểm,Nội dung';
const call = (id: string, phone: string, time: string, extra = 'Nước thải,kéo dài,"Phường Ba Đình, Hà Nội",Nước thải đen chảy ra hồ từ cống mỗi đêm') => `${id},${phone},${time},Nguyễn Thị Lan,${extra}`;

describe('switchboard call-log import (PGlite)', () => {
  let sql: PGliteSqlClient;
  let store: SqlEventStore;
  let features: IntakeFeatures;

  beforeAll(async () => {
    sql = await PGliteSqlClient.open();
    store = new SqlEventStore(sql, { schema: 'intake_events' });
    features = await startIntakeFeatures(
      {
        config: loadConfig({}),
        logger: createLogger('error'),
        infrastructure: { sql, store, bus: new InProcessEventBus(), checkpoints: new InMemoryCheckpointStore(), processed: new ProcessedEvents(sql, 'intake'), close: async () => undefined },
      },
      { identityKey: randomBytes(32), now: () => new Date('2026-02-13T10:00:00Z') },
    );
  });
  afterAll(async () => {
    await features.stop();
    await sql.close();
  });

  const receivedEvents = async () => (await sql.query<{ n: number }>(`select count(*)::int8 as n from intake_events.events where type = 'intake.ReportReceived'`))[0].n;

  it('records each good row as a call_log report by the operator, reports bad rows by number, and loses none of the good ones', async () => {
    const csv = [
      HEADER,
      call('SW-1', '0912 345 678', '13/02/2026 09:15'),
      call('SW-2', 'không rõ', '13/02/2026 09:20', 'phóng xạ,kéo dài,Hà Nội,Ngắn'),
      call('SW-3', '', '2026-02-13 09:40', 'tiếng ồn,đột xuất,"Phường Ba Đình, Hà Nội",Tiếng ồn từ xưởng cơ khí suốt đêm qua'),
    ].join('\r\n');
    const outcome = await features.callLog.importCsv(`\uFEFF${csv}`, operator);
    if (!outcome.ok) throw new Error(outcome.message.en);
    expect(outcome.imported.map((c) => [c.rowNumber, c.callId])).toEqual([
      [2, 'SW-1'],
      [4, 'SW-3'],
    ]);
    expect(outcome.rejected.map((r) => [r.rowNumber, r.field]).sort()).toEqual([
      [3, 'callerId'],
      [3, 'description'],
      [3, 'pollutionType'],
    ]);
    expect(outcome.rejected[0].message).toEqual({ vi: expect.any(String), en: expect.any(String) });

    await features.readModel.caughtUp();
    const first = await features.readModel.byId(outcome.imported[0].reportId);
    expect(first).toMatchObject({ channel: 'call_log', receivedAt: '2026-02-13T02:15:00.000Z', pollutionType: 'wastewater' });
    // The caller id is the reporter's phone: sealed in the vault, and it lets the caller track the report.
    expect(await features.desk.track(outcome.imported[0].trackingCode, '0912345678')).toMatchObject({ reportId: outcome.imported[0].reportId });
    const [recorded] = await store.readStream(`report-${outcome.imported[0].reportId}`);
    expect(recorded.actor).toEqual({ kind: 'officer', id: 'op-hn', unitCode: 'P01' });
    expect(JSON.stringify(recorded.data)).not.toContain('0912');
    const [row] = await sql.query<{ agent: string; imported_by: string }>(`select agent, imported_by from intake.switchboard_calls where call_id = 'SW-1'`);
    expect(row).toEqual({ agent: 'Nguyễn Thị Lan', imported_by: 'op-hn' });
  });

  it('records nothing twice when the same file is imported again', async () => {
    const csv = [HEADER, call('SW-10', '0912 000 111', '13/02/2026 08:00'), call('SW-11', '0912 000 222', '13/02/2026 08:05')].join('\n');
    const first = await features.callLog.importCsv(csv, operator);
    const before = await receivedEvents();
    const again = await features.callLog.importCsv(csv, { ...operator, id: 'op-hn-2' });
    expect(again).toEqual({
      ok: true,
      imported: [],
      rejected: [],
      alreadyImported: first.ok ? first.imported.map((c) => ({ rowNumber: c.rowNumber, callId: c.callId, trackingCode: c.trackingCode })) : [],
    });
    expect(await receivedEvents()).toBe(before);
    // Another unit's switchboard numbers its calls on its own.
    const elsewhere = await features.callLog.importCsv(csv, { kind: 'officer', id: 'op-hcm', unitCode: 'P79' });
    expect(elsewhere.ok && elsewhere.imported.length).toBe(2);
  });

  it('finishes a call whose import crashed, under the report id it claimed, without a second report', async () => {
    // Crash after the report was recorded, before the call was marked: the report exists under the claimed id.
    const recordedId = uuidv7();
    const recorded = await features.desk.submit(
      { channel: 'call_log', receivedAt: '2026-02-13T01:00:00Z', reporter: { phone: '0912 999 000' }, location: { address: 'Hà Nội' }, pollutionType: 'noise', nature: 'sudden', description: 'Tiếng ồn lớn từ công trường ban đêm' },
      { kind: 'officer', id: 'op-hn', unitCode: 'P01' },
      { reportId: recordedId },
    );
    // Crash after the claim, before the report: nothing but the claim exists.
    const lostId = uuidv7();
    await sql.query(
      `insert into intake.switchboard_calls (unit_code, call_id, report_id, agent, called_at, imported_by, claimed_at) values
       ('P01', 'SW-20', $1, 'Lan', '2026-02-13T01:00:00Z', 'op-hn', 'epoch'), ('P01', 'SW-21', $2, 'Lan', '2026-02-13T01:05:00Z', 'op-hn', 'epoch'),
       ('P01', 'SW-22', $3, 'Lan', '2026-02-13T01:10:00Z', 'op-other', now())`,
      [recordedId, lostId, uuidv7()],
    );
    const before = await receivedEvents();
    const csv = [
      HEADER,
      call('SW-20', '0912 999 000', '13/02/2026 08:00', 'tiếng ồn,đột xuất,Hà Nội,Tiếng ồn lớn từ công trường ban đêm'),
      call('SW-21', '0912 999 111', '13/02/2026 08:05'),
      call('SW-22', '0912 999 222', '13/02/2026 08:10'),
    ].join('\n');
    const outcome = await features.callLog.importCsv(csv, operator);
    if (!outcome.ok) throw new Error(outcome.message.en);
    expect(outcome.imported).toEqual([
      { rowNumber: 2, callId: 'SW-20', reportId: recordedId, trackingCode: recorded.ok ? recorded.trackingCode : '' },
      { rowNumber: 3, callId: 'SW-21', reportId: lostId, trackingCode: expect.any(String) },
    ]);
    // SW-22 is being recorded by another import right now: it is left to that one.
    expect(outcome.rejected).toEqual([{ rowNumber: 4, callId: 'SW-22', field: 'callId', message: expect.objectContaining({ en: expect.stringMatching(/Another import/) }) }]);
    expect(await receivedEvents()).toBe(before + 1);
  });

  it('refuses a file without the needed columns as a whole', async () => {
    const before = await receivedEvents();
    expect(await features.callLog.importCsv('Call ID,Agent\nX,Lan', operator)).toMatchObject({ ok: false, message: { vi: expect.stringContaining('thiếu cột') } });
    expect(await receivedEvents()).toBe(before);
  });
});

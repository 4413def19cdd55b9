import { randomBytes } from 'node:crypto';
import { AdministrativeGazetteer, type OfficerActor } from '@hotline/intake-domain';
import { ProcessedEvents } from '@hotline/platform-event-bus';
import { InMemoryCheckpointStore } from '@hotline/platform-event-store';
import { SqlEventStore } from '@hotline/platform-event-store/sql';
import { PGliteSqlClient } from '@hotline/platform-sql/pglite';
import { IdentityVault } from './identity-vault';
import { ReportDesk } from './report-desk';
import { ReportReadModel } from './report-read-model';

const now = new Date('2026-02-13T03:30:00Z');
const citizen = { kind: 'citizen' as const, id: 'web-form' };
const officer: OfficerActor = { kind: 'officer', id: 'op-1', unitCode: 'P01' };
const report = (overrides: Record<string, unknown> = {}) => ({
  channel: 'web',
  receivedAt: '2026-02-13T10:00:00+07:00',
  reporter: { fullName: 'Lê Văn C', phone: '0912 345 678', email: 'c@example.vn' },
  location: { address: 'Phường Ba Đình, Hà Nội' },
  pollutionType: 'noise',
  nature: 'continuous',
  description: 'Tiếng ồn từ công trường suốt đêm',
  ...overrides,
});

describe('report desk (intake application, PGlite)', () => {
  let sql: PGliteSqlClient;
  let store: SqlEventStore;
  let readModel: ReportReadModel;
  let desk: ReportDesk;
  const key = randomBytes(32);

  beforeAll(async () => {
    sql = await PGliteSqlClient.open();
    store = new SqlEventStore(sql, { schema: 'intake_events' });
    const vault = new IdentityVault(sql, key);
    await vault.migrate();
    readModel = new ReportReadModel(sql, new ProcessedEvents(sql, 'intake'));
    await readModel.migrate();
    readModel.start(store, new InMemoryCheckpointStore());
    desk = new ReportDesk({ sql, store, vault, readModel, gazetteer: AdministrativeGazetteer.fromReferenceData(), duplicates: { radiusMeters: 500, windowHours: 168 }, now: () => now });
  });
  afterAll(async () => {
    await readModel.stop();
    await sql.close();
  });

  const countRows = async () => {
    const [{ events }] = await sql.query<{ events: number }>('select count(*)::int8 as events from intake_events.events');
    const [{ identities }] = await sql.query<{ identities: number }>('select count(*)::int8 as identities from intake.reporter_identities');
    return { events, identities };
  };

  it('records a report, keeps the identity out of every event, and gives a tracking code', async () => {
    const outcome = await desk.submit(report(), citizen);
    expect(outcome).toMatchObject({ ok: true, trackingCode: expect.stringMatching(/^PA-/) });
    if (!outcome.ok) return;
    const [received] = await store.readStream(`report-${outcome.reportId}`);
    expect(received).toMatchObject({ type: 'intake.ReportReceived', data: { placement: { kind: 'resolved', provinceCode: '01', communeCode: '00004' } } });
    const everything = JSON.stringify(await store.readAll({ after: 0, maxCount: 1000 }));
    expect(everything).not.toMatch(/Lê Văn C|912345678|c@example\.vn/);
    const sealed = JSON.stringify(await sql.query('select * from intake.reporter_identities'));
    expect(sealed).not.toMatch(/Lê Văn C|912345678/);
  });

  it('writes nothing at all for a refused report, and names each field', async () => {
    const before = await countRows();
    const outcome = await desk.submit(report({ reporter: { phone: '12' }, description: 'x'.repeat(10 * 1024 * 1024), location: {} }), citizen);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.map((e) => e.field).sort()).toEqual(['description', 'location', 'reporter.phone']);
    expect(await countRows()).toEqual(before);
  });

  it('lets the reporter follow the report with the code and their phone or e-mail, and nobody else', async () => {
    const outcome = await desk.submit(report(), citizen);
    if (!outcome.ok) throw new Error('refused');
    await readModel.caughtUp();
    expect(await desk.track(outcome.trackingCode.toLowerCase(), '+84 912 345 678')).toMatchObject({ reportId: outcome.reportId, status: 'received' });
    expect(await desk.track(outcome.trackingCode, 'C@EXAMPLE.VN')).toMatchObject({ reportId: outcome.reportId });
    expect(await desk.track(outcome.trackingCode, '0987 654 321')).toBeNull();
    expect(await desk.track('PA-0000-0000', '0912345678')).toBeNull();
  });

  it('reveals the identity only through the vault, and records the view as an event', async () => {
    const outcome = await desk.submit(report(), citizen);
    if (!outcome.ok) throw new Error('refused');
    const identity = await desk.revealIdentity(outcome.reportId, { officerId: 'head-1', unitCode: 'P01', purpose: 'xác minh thông tin' });
    expect(identity).toEqual({ fullName: 'Lê Văn C', phone: '+84912345678', email: 'c@example.vn', address: null });
    const [view] = await store.readStream(`identity-views-${outcome.reportId}`);
    expect(view).toMatchObject({ type: 'intake.ReporterIdentityViewed', actor: { kind: 'officer', id: 'head-1' }, data: { purpose: 'xác minh thông tin' } });
  });

  it('classifies a report and links a second one nearby to the first one’s case', async () => {
    const first = await desk.submit(report({ pollutionType: 'emissions', location: { address: 'Phường Ba Đình, Hà Nội', latitude: 21.035, longitude: 105.834 } }), citizen);
    const second = await desk.submit(report({ pollutionType: 'emissions', location: { address: 'Phường Ba Đình, Hà Nội', latitude: 21.036, longitude: 105.835 } }), citizen);
    if (!first.ok || !second.ok) throw new Error('refused');
    expect(await desk.classify(first.reportId, { pollutionType: 'emissions', urgent: false, legalTrack: 'pollution' }, officer)).toEqual({ duplicateOfCaseId: null });
    await readModel.caughtUp();
    expect(await desk.classify(second.reportId, { pollutionType: 'emissions', urgent: false, legalTrack: 'pollution' }, officer)).toEqual({ duplicateOfCaseId: `case-${first.reportId}` });
    const accepted = (await store.readStream(`report-${second.reportId}`)).find((e) => e.type === 'intake.ReportAccepted');
    expect(accepted?.data).toMatchObject({ duplicateOfCaseId: `case-${first.reportId}`, provinceCode: '01', communeCode: '00004' });
  });

  it('asks an officer to choose when the address is ambiguous', async () => {
    const outcome = await desk.submit(report({ location: { address: 'xa tan lap, huyen dan phuong, ha noi' } }), citizen);
    if (!outcome.ok) throw new Error('refused');
    const [received] = await store.readStream(`report-${outcome.reportId}`);
    expect(received.data).toMatchObject({ placement: { kind: 'needs_choice', candidates: [{ communeCode: '09817' }, { communeCode: '09832' }] } });
    await expect(desk.classify(outcome.reportId, { pollutionType: 'noise', urgent: false, legalTrack: 'pollution' }, officer)).rejects.toThrow(/location is not settled/);
    await desk.chooseLocation(outcome.reportId, { provinceCode: '01', communeCode: '09817' }, officer);
    await desk.classify(outcome.reportId, { pollutionType: 'noise', urgent: false, legalTrack: 'pollution' }, officer);
  });
});

import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { startIntakeFeatures, type IntakeFeatures } from '@hotline/intake-application';
import { loadConfig } from '@hotline/platform-config';
import { ProcessedEvents } from '@hotline/platform-event-bus';
import { InProcessEventBus } from '@hotline/platform-event-bus/in-process';
import { InMemoryCheckpointStore } from '@hotline/platform-event-store';
import { SqlEventStore } from '@hotline/platform-event-store/sql';
import { createSubgraphRoute, type Authenticator, type RequestActor, type SubgraphRoute } from '@hotline/platform-graphql';
import { createLogger } from '@hotline/platform-runtime';
import { PGliteSqlClient } from '@hotline/platform-sql/pglite';
import { intakeSubgraphSchema } from './intake-subgraph';

// Tests stand in for the identity provider: the header names a fixture caller.
const callers: Record<string, RequestActor> = {
  'operator-hanoi': { kind: 'officer', id: 'op-hn', role: 'operator', unitCode: 'P01' },
  'head-hanoi': { kind: 'officer', id: 'head-hn', role: 'unit_head', unitCode: 'P01' },
  'handler-hanoi': { kind: 'officer', id: 'hd-hn', role: 'handler', unitCode: 'P01' },
  'admin-hanoi': { kind: 'officer', id: 'adm-hn', role: 'provincial_admin', unitCode: 'P01' },
  'auditor-ministry': { kind: 'officer', id: 'aud-bt', role: 'auditor', unitCode: 'BTNMT' },
  'auditor-hanoi': { kind: 'officer', id: 'aud-hn', role: 'auditor', unitCode: 'P01' },
  'auditor-danang': { kind: 'officer', id: 'aud-dn', role: 'auditor', unitCode: 'P48' },
  'operator-danang': { kind: 'officer', id: 'op-dn', role: 'operator', unitCode: 'P48' },
  integrator: { kind: 'integrator', id: 'portal', scopes: ['reports:submit'] },
};
const authenticator: Authenticator = { authenticate: async (request: IncomingMessage) => callers[String(request.headers['x-test-caller'])] ?? { kind: 'anonymous' } };

const reporter = { fullName: 'Phạm Thị D', phone: '0912 000 111', email: 'pham.d@example.com', address: 'Số 5 ngõ 10, Phường Ba Đình, Hà Nội' };
const reportInput = {
  reporter,
  location: { address: 'Phường Ba Đình, Hà Nội' },
  pollutionType: 'solid_waste',
  nature: 'continuous',
  description: 'Rác thải đổ trộm ven hồ mỗi đêm',
};
const SUBMIT = 'mutation ($input: ReportInput!) { submitReport(input: $input) { ok reportId } }';
const IDENTITY = 'query ($id: ID!, $purpose: String!) { reporterIdentity(reportId: $id, purpose: $purpose) { reportId disclosure confidential fullName phone email address } }';
const HISTORY = 'query ($case: ID!) { _entities(representations: [{ __typename: "Case", id: $case }]) { ... on Case { reportHistory { streamId revision type actor { kind id unitCode } data hash prevHash recordedAt } } } }';
const VERIFY = 'query ($stream: String) { verifyIntakeEventChain(streamId: $stream) { ok streamsChecked eventsChecked firstBrokenLink { streamId revision eventId reason explanation { vi en } } } }';

interface Body {
  data?: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  errors?: { message: string; extensions: { code: string; field?: string; message?: { vi: string; en: string } } }[];
}

describe('reporter identity (H8) and the auditors’ trail on the intake subgraph (PGlite)', () => {
  let sql: PGliteSqlClient;
  let features: IntakeFeatures;
  let route: SubgraphRoute;
  let server: Server;
  let url: string;
  let confidential: string;
  let waived: string;

  const gql = async (query: string, variables: Record<string, unknown>, caller?: string): Promise<Body> => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(caller ? { 'x-test-caller': caller } : {}) }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as Body;
  };
  const eventCount = async () => Number((await sql.query<{ n: number }>('select count(*)::int as n from intake_events.events'))[0].n);
  const viewRows = async () => Number((await sql.query<{ n: number }>('select count(*)::int as n from intake.identity_views'))[0].n);
  const submit = async (input: Record<string, unknown>) => (await gql(SUBMIT, { input })).data?.['submitReport'].reportId as string;

  beforeAll(async () => {
    sql = await PGliteSqlClient.open();
    const store = new SqlEventStore(sql, { schema: 'intake_events' });
    features = await startIntakeFeatures(
      {
        config: loadConfig({}),
        logger: createLogger('error'),
        clock: () => new Date(),
        infrastructure: { sql, store, bus: new InProcessEventBus(), checkpoints: new InMemoryCheckpointStore(), processed: new ProcessedEvents(sql, 'intake'), close: async () => undefined },
      },
      { identityKey: randomBytes(32) },
    );
    route = await createSubgraphRoute({
      schema: intakeSubgraphSchema(features.desk, features.readModel, features.callLog, features.audit),
      context: async (request) => ({ actor: await authenticator.authenticate(request) }),
    });
    server = createServer(async (req, res) => void (await route.handle(req, res)));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    confidential = await submit(reportInput);
    waived = await submit({ ...reportInput, confidential: false, reporter: { fullName: 'Lê Văn Sơn', phone: '0987 654 321' } });
    await features.readModel.caughtUp();
  });
  afterAll(async () => {
    await route.stop();
    await features.stop();
    await new Promise((r) => server.close(r));
    await sql.close();
  });

  it('shows the intake desk’s operator the reporter in clear and records the view, with actor and purpose, as an event', async () => {
    const [events, views] = [await eventCount(), await viewRows()];
    const { data } = await gql(IDENTITY, { id: confidential, purpose: 'Gọi lại xác minh địa điểm' }, 'operator-hanoi');
    expect(data?.['reporterIdentity']).toEqual({ reportId: confidential, disclosure: 'full', confidential: true, fullName: 'Phạm Thị D', phone: '+84912000111', email: 'pham.d@example.com', address: reporter.address });
    expect(await eventCount()).toBe(events + 1);
    expect(await viewRows()).toBe(views + 1);
    const [viewed] = await features.audit.historyOfReports([confidential]).then((all) => all.filter((e) => e.type === 'intake.ReporterIdentityViewed'));
    expect(viewed).toMatchObject({ streamId: `identity-views-${confidential}`, actor: { kind: 'officer', id: 'op-hn', unitCode: 'P01' }, data: { reportId: confidential, purpose: 'Gọi lại xác minh địa điểm' } });
    expect(JSON.stringify(viewed.data)).not.toMatch(/Phạm|912000111|pham\.d/u);
  });

  it('masks it for a handler of a confidential report, administrators and auditors, and records nothing', async () => {
    const events = await eventCount();
    for (const caller of ['handler-hanoi', 'admin-hanoi', 'auditor-ministry', 'auditor-hanoi']) {
      const { data } = await gql(IDENTITY, { id: confidential, purpose: 'Kiểm tra hồ sơ' }, caller);
      expect({ caller, identity: data?.['reporterIdentity'] }).toEqual({
        caller,
        identity: { reportId: confidential, disclosure: 'masked', confidential: true, fullName: 'Phạm T*** D', phone: '09*****111', email: 'p***@e***.com', address: '***, Phường Ba Đình, Hà Nội' },
      });
    }
    expect(await eventCount()).toBe(events);
  });

  it('shows a handler the reporter who waived confidentiality, and the unit head any reporter', async () => {
    expect((await gql(IDENTITY, { id: waived, purpose: 'Hẹn gặp tại hiện trường' }, 'handler-hanoi')).data?.['reporterIdentity']).toMatchObject({ disclosure: 'full', confidential: false, fullName: 'Lê Văn Sơn', address: null });
    expect((await gql(IDENTITY, { id: confidential, purpose: 'Phê duyệt xác minh' }, 'head-hanoi')).data?.['reporterIdentity']).toMatchObject({ disclosure: 'full', fullName: 'Phạm Thị D' });
  });

  it('refuses integrators, anonymous callers, other provinces and a missing or hostile purpose, writing nothing', async () => {
    const [events, views] = [await eventCount(), await viewRows()];
    const refusal = async (variables: Record<string, unknown>, caller?: string) => {
      const body = await gql(IDENTITY, variables, caller);
      expect(body.data).toBeNull();
      return body.errors?.[0].extensions;
    };
    expect(await refusal({ id: confidential, purpose: 'Đồng bộ dữ liệu' }, 'integrator')).toMatchObject({ code: 'FORBIDDEN', message: { vi: expect.stringContaining('tích hợp') } });
    expect(await refusal({ id: confidential, purpose: 'Tò mò' })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await refusal({ id: confidential, purpose: 'Gọi lại xác minh' }, 'operator-danang')).toMatchObject({ code: 'OUTSIDE_JURISDICTION' });
    expect(await refusal({ id: confidential, purpose: ' ab ' }, 'operator-hanoi')).toMatchObject({ code: 'INVALID_INPUT', field: 'purpose' });
    expect(await refusal({ id: confidential, purpose: '<script>alert(1)</script>' }, 'operator-hanoi')).toMatchObject({ code: 'INVALID_INPUT', field: 'purpose' });
    expect(await refusal({ id: 'no-such-report', purpose: 'Gọi lại xác minh' }, 'operator-hanoi')).toMatchObject({ code: 'NOT_FOUND' });
    expect([await eventCount(), await viewRows()]).toEqual([events, views]);
  });

  it('gives auditors the case’s history in intake, views of the identity included, and a report replayed as of an instant', async () => {
    const beforeClassification = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    const classified = await gql('mutation ($id: ID!) { classifyReport(id: $id, input: { pollutionType: solid_waste, urgent: true, legalTrack: pollution }) { status } }', { id: confidential }, 'operator-hanoi');
    expect(classified.data?.['classifyReport']).toEqual({ status: 'accepted' });

    const history = (await gql(HISTORY, { case: `case-${confidential}` }, 'auditor-hanoi')).data?.['_entities'][0].reportHistory as { streamId: string; type: string; actor: { id: string }; data: string; prevHash: string | null; hash: string }[];
    expect(history.map((e) => e.type)).toEqual([
      'intake.ReportReceived',
      'intake.ReporterIdentityViewed',
      'intake.ReporterIdentityViewed',
      'intake.ReportClassified',
      'intake.ReportAccepted',
    ]);
    expect(history.filter((e) => e.type === 'intake.ReporterIdentityViewed').map((e) => [e.actor.id, (JSON.parse(e.data) as { purpose: string }).purpose])).toEqual([
      ['op-hn', 'Gọi lại xác minh địa điểm'],
      ['head-hn', 'Phê duyệt xác minh'],
    ]);
    expect(history.map((e) => e.data).join('\n')).not.toMatch(/Phạm Thị|912000111|pham\.d@/u);
    const reportEvents = history.filter((e) => e.streamId === `report-${confidential}`);
    expect(reportEvents[1].prevHash).toBe(reportEvents[0].hash);

    const asOf = 'query ($id: ID!, $at: String!) { reportAsOf(reportId: $id, at: $at) { status pollutionType eventsApplied lastRevision placement { provinceCode } } }';
    expect((await gql(asOf, { id: confidential, at: '2020-01-01T00:00:00+07:00' }, 'auditor-ministry')).data?.['reportAsOf']).toEqual({ status: 'not_received', pollutionType: null, eventsApplied: 0, lastRevision: null, placement: null });
    expect((await gql(asOf, { id: confidential, at: beforeClassification }, 'auditor-ministry')).data?.['reportAsOf']).toEqual({ status: 'received', pollutionType: 'solid_waste', eventsApplied: 1, lastRevision: 0, placement: { provinceCode: '01' } });
    expect((await gql(asOf, { id: confidential, at: new Date().toISOString() }, 'auditor-ministry')).data?.['reportAsOf']).toMatchObject({ status: 'accepted', eventsApplied: 3, lastRevision: 2 });
    expect((await gql(asOf, { id: confidential, at: 'yesterday' }, 'auditor-ministry')).errors?.[0].extensions).toMatchObject({ code: 'INVALID_INPUT', field: 'at' });
    expect((await gql(asOf, { id: confidential, at: beforeClassification }, 'auditor-danang')).errors?.[0].extensions.code).toBe('OUTSIDE_JURISDICTION');
    expect((await gql(asOf, { id: confidential, at: beforeClassification }, 'operator-hanoi')).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await gql(HISTORY, { case: `case-${confidential}` }, 'auditor-danang')).errors?.[0].extensions.code).toBe('OUTSIDE_JURISDICTION');
  });

  it('verifies intake’s hash chains, and names the event someone edited in the database', async () => {
    expect((await gql(VERIFY, {}, 'auditor-ministry')).data?.['verifyIntakeEventChain']).toMatchObject({ ok: true, firstBrokenLink: null });
    expect((await gql(VERIFY, {}, 'auditor-hanoi')).errors?.[0].extensions).toMatchObject({ code: 'OUTSIDE_JURISDICTION', field: 'streamId' });
    expect((await gql(VERIFY, { stream: `report-${confidential}` }, 'auditor-hanoi')).data?.['verifyIntakeEventChain']).toEqual({ ok: true, streamsChecked: 1, eventsChecked: 3, firstBrokenLink: null });
    expect((await gql(VERIFY, { stream: `report-${confidential}` }, 'auditor-danang')).errors?.[0].extensions.code).toBe('OUTSIDE_JURISDICTION');

    const [classifiedEvent] = await sql.query<{ event_id: string }>(`select event_id from intake_events.events where stream_id = $1 and stream_revision = 1`, [`report-${confidential}`]);
    await sql.query(`update intake_events.events set data = jsonb_set(data, '{urgent}', 'false'::jsonb) where event_id = $1`, [classifiedEvent.event_id]);
    const broken = { ok: false, firstBrokenLink: { streamId: `report-${confidential}`, revision: 1, eventId: classifiedEvent.event_id, reason: 'hash_mismatch', explanation: { vi: expect.stringContaining('đã bị sửa'), en: expect.stringContaining('was altered') } } };
    expect((await gql(VERIFY, { stream: `report-${confidential}` }, 'auditor-hanoi')).data?.['verifyIntakeEventChain']).toMatchObject(broken);
    expect((await gql(VERIFY, {}, 'auditor-ministry')).data?.['verifyIntakeEventChain']).toMatchObject(broken);
  });
});

import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '@hotline/platform-config';
import { ProcessedEvents } from '@hotline/platform-event-bus';
import { InProcessEventBus } from '@hotline/platform-event-bus/in-process';
import { InMemoryCheckpointStore } from '@hotline/platform-event-store';
import { SqlEventStore } from '@hotline/platform-event-store/sql';
import { createSubgraphRoute, type Authenticator, type RequestActor, type SubgraphRoute } from '@hotline/platform-graphql';
import { createLogger } from '@hotline/platform-runtime';
import { PGliteSqlClient } from '@hotline/platform-sql/pglite';
import { startIntakeFeatures, type IntakeFeatures } from '@hotline/intake-application';
import { intakeSubgraphSchema } from './intake-subgraph';

// Tests stand in for the identity provider: the header names a fixture actor.
const actors: Record<string, RequestActor> = {
  'operator-hanoi': { kind: 'officer', id: 'op-hn', role: 'operator', unitCode: 'P01' },
  'operator-hcm': { kind: 'officer', id: 'op-hcm', role: 'operator', unitCode: 'P79' },
  auditor: { kind: 'officer', id: 'aud-1', role: 'auditor', unitCode: 'BTNMT' },
  'portal-submitting': { kind: 'integrator', id: 'portal-1', scopes: ['reports:submit'] },
  'portal-tracking': { kind: 'integrator', id: 'portal-2', scopes: ['reports:track'] },
};
const fixtureAuthenticator: Authenticator = {
  authenticate: async (request: IncomingMessage) => actors[String(request.headers['x-test-actor'])] ?? { kind: 'anonymous' },
};

const reportInput = {
  reporter: { fullName: 'Phạm Thị D', phone: '0912 000 111' },
  location: { address: 'Phường Ba Đình, Hà Nội' },
  pollutionType: 'solid_waste',
  nature: 'continuous',
  description: 'Rác thải đổ trộm ven hồ mỗi đêm',
};

describe('intake subgraph', () => {
  let sql: PGliteSqlClient;
  let features: IntakeFeatures;
  let route: SubgraphRoute;
  let server: Server;
  let url: string;

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
      schema: intakeSubgraphSchema(features.desk, features.readModel),
      context: async (request) => ({ actor: await fixtureAuthenticator.authenticate(request) }),
    });
    server = createServer(async (req, res) => void (await route.handle(req, res)));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await route.stop();
    await features.stop();
    await new Promise((r) => server.close(r));
    await sql.close();
  });

  interface Body {
    data?: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    errors?: { message: string; extensions: { code: string; rule?: string; message?: { vi: string; en: string } } }[];
  }
  const gql = async (query: string, variables: Record<string, unknown> = {}, actor?: string): Promise<Body> => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(actor ? { 'x-test-actor': actor } : {}) }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as Body;
  };
  const SUBMIT = 'mutation ($input: ReportInput!) { submitReport(input: $input) { ok reportId trackingCode errors { field message { vi en } } } }';

  it('takes a report from the public form and lets the reporter follow it', async () => {
    const { data } = await gql(SUBMIT, { input: reportInput });
    expect(data?.submitReport).toMatchObject({ ok: true, errors: [], trackingCode: expect.stringMatching(/^PA-/) });
    await features.readModel.caughtUp();
    const tracked = await gql('query ($c: String!, $p: String!) { trackReport(trackingCode: $c, contact: $p) { status statusText { vi en } } }', {
      c: data?.submitReport.trackingCode,
      p: '+84912000111',
    });
    expect(tracked.data?.trackReport).toEqual({ status: 'received', statusText: { vi: 'Đã tiếp nhận, đang phân loại', en: 'Received, being classified' } });
  });

  it('takes reports and tracking requests from an API client only under the scopes its client was granted, writing nothing otherwise', async () => {
    const TRACK = 'query ($c: String!, $p: String!) { trackReport(trackingCode: $c, contact: $p) { status } }';
    const events = async () => (await sql.query<{ n: number }>('select count(*)::int8 as n from intake_events.events'))[0].n;
    const before = await events();
    const refused = await gql(SUBMIT, { input: reportInput }, 'portal-tracking');
    expect(refused.data?.submitReport ?? null).toBeNull();
    expect(refused.errors?.[0].extensions).toEqual({
      code: 'FORBIDDEN',
      rule: 'missing_scope',
      message: { vi: expect.stringContaining('“reports:submit” (gửi phản ánh'), en: expect.stringContaining('“reports:submit” (submit reports') },
    });
    expect(await events()).toBe(before);

    const { data } = await gql(SUBMIT, { input: reportInput }, 'portal-submitting');
    expect(data?.submitReport).toMatchObject({ ok: true });
    await features.readModel.caughtUp();
    expect((await features.readModel.byId(data?.submitReport.reportId))?.channel).toBe('api');
    const track = { c: data?.submitReport.trackingCode, p: '0912000111' };
    expect((await gql(TRACK, track, 'portal-submitting')).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'missing_scope', message: { en: expect.stringContaining('reports:track') } });
    expect((await gql(TRACK, track, 'portal-tracking')).data?.trackReport).toEqual({ status: 'received' });
  });

  it('answers bad input with field-level errors in Vietnamese and English, and stores nothing', async () => {
    const [{ n: before }] = await sql.query<{ n: number }>('select count(*)::int8 as n from intake_events.events');
    const { data } = await gql(SUBMIT, { input: { ...reportInput, reporter: { email: 'not-an-email' }, description: '<script>x</script>', location: { latitude: 48.85, longitude: 2.35 } } });
    expect(data?.submitReport.ok).toBe(false);
    expect(data?.submitReport.errors.map((e: { field: string }) => e.field).sort()).toEqual(['description', 'location.latitude', 'reporter.email']);
    expect(data?.submitReport.errors[0].message).toEqual({ vi: expect.any(String), en: expect.any(String) });
    const [{ n: after }] = await sql.query<{ n: number }>('select count(*)::int8 as n from intake_events.events');
    expect(after).toBe(before);
  });

  it('refuses a wrongly typed field before any resolver runs', async () => {
    const { errors } = await gql(SUBMIT, { input: { ...reportInput, pollutionType: 'radiation' } });
    expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('lets an officer of the report’s province classify it, and nobody else', async () => {
    const { data } = await gql(SUBMIT, { input: reportInput });
    const id = data?.submitReport.reportId;
    await features.readModel.caughtUp();
    const CLASSIFY = 'mutation ($id: ID!) { classifyReport(id: $id, input: { pollutionType: solid_waste, urgent: false, legalTrack: pollution }) { status caseId provinceCode } }';
    expect((await gql(CLASSIFY, { id })).errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', message: { vi: expect.any(String) } });
    expect((await gql(CLASSIFY, { id }, 'auditor')).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await gql(CLASSIFY, { id }, 'operator-hcm')).errors?.[0].extensions.code).toBe('OUTSIDE_JURISDICTION');
    const peek = await gql('query ($id: ID!) { report(id: $id) { id trackingCode } }', { id }, 'operator-hcm');
    expect(peek.data?.report).toBeNull();
    expect(peek.errors?.[0].extensions.code).toBe('OUTSIDE_JURISDICTION');
    const classified = await gql(CLASSIFY, { id }, 'operator-hanoi');
    expect(classified.data?.classifyReport).toEqual({ status: 'accepted', caseId: `case-${id}`, provinceCode: '01' });
  });

  it('records a hotline call entered by an operator with the caller number', async () => {
    const { data } = await gql(
      'mutation ($input: ReportInput!) { recordHotlineCall(input: $input, callerNumber: "0243 825 1234", calledAt: "2026-02-13T09:00:00+07:00") { ok reportId } }',
      { input: { ...reportInput, reporter: null } },
      'operator-hanoi',
    );
    expect(data?.recordHotlineCall.ok).toBe(true);
    await features.readModel.caughtUp();
    expect(await features.readModel.byId(data?.recordHotlineCall.reportId)).toMatchObject({ channel: 'phone', receivedAt: '2026-02-13T02:00:00.000Z' });
  });
});

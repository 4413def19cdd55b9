import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { startIntakeFeatures, type IntakeFeatures } from '@hotline/intake-application';
import { loadConfig } from '@hotline/platform-config';
import { ProcessedEvents } from '@hotline/platform-event-bus';
import { InProcessEventBus } from '@hotline/platform-event-bus/in-process';
import { InMemoryCheckpointStore } from '@hotline/platform-event-store';
import { SqlEventStore } from '@hotline/platform-event-store/sql';
import { createLogger, type RouteHandler, type ServiceContext } from '@hotline/platform-runtime';
import { PGliteSqlClient } from '@hotline/platform-sql/pglite';
import type { Open311Clients } from './open311-clients';
import { open311Endpoint } from './open311-endpoint';
import { Open311ServiceRequests } from './open311-service-requests';
import { startOpen311 } from './start-open311';

const report = {
  service_code: 'wastewater',
  lat: '21.0341',
  long: '105.8372',
  address_string: 'Phường Ba Đình, Hà Nội',
  first_name: 'Văn An',
  last_name: 'Nguyễn',
  phone: '0912 345 678',
  description: 'Nước thải đen chảy ra hồ Trúc Bạch từ cống, mùi hôi nồng',
  'attribute[nature]': 'continuous',
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

describe('Open311 GeoReport v2 on the intake service (PGlite, over HTTP)', () => {
  let sql: PGliteSqlClient;
  let features: IntakeFeatures;
  let clients: Open311Clients;
  let server: Server;
  let base: string;
  let apiKey: string;
  let context: ServiceContext;

  const serve = async (routes: RouteHandler[]): Promise<{ server: Server; base: string }> => {
    const s = createServer(async (req, res) => {
      for (const route of routes) if (await route(req, res)) return;
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    return { server: s, base: `http://127.0.0.1:${(s.address() as AddressInfo).port}` };
  };

  beforeAll(async () => {
    sql = await PGliteSqlClient.open();
    const store = new SqlEventStore(sql, { schema: 'intake_events' });
    context = {
      config: loadConfig({}),
      logger: createLogger('error'),
      infrastructure: { sql, store, bus: new InProcessEventBus(), checkpoints: new InMemoryCheckpointStore(), processed: new ProcessedEvents(sql, 'intake'), close: async () => undefined },
    };
    features = await startIntakeFeatures(context, { identityKey: randomBytes(32) });
    const open311 = await startOpen311(context, features);
    clients = open311.clients;
    ({ server, base } = await serve(open311.routes));
    apiKey = (await clients.issue('Ứng dụng Phản ánh Hà Nội')).apiKey;
  });
  afterAll(async () => {
    await features.stop();
    await new Promise((r) => server.close(r));
    await sql.close();
  });

  const post = (fields: Record<string, string>, format = 'json') =>
    fetch(`${base}/open311/v2/requests.${format}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
  const get = (path: string) => fetch(`${base}/open311${path}`);
  const written = async () => {
    const [events] = await sql.query<{ n: number }>('select count(*)::int8 as n from intake_events.events');
    const [identities] = await sql.query<{ n: number }>('select count(*)::int8 as n from intake.reporter_identities');
    return { events: events.n, identities: identities.n };
  };
  const expectSpecError = async (response: Response, status: number, mention?: RegExp) => {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as Json;
    expect(body.length).toBeGreaterThan(0);
    for (const error of body) expect(error).toEqual({ code: status, description: expect.any(String) });
    if (mention) expect(body.map((e: Json) => e.description).join('\n')).toMatch(mention);
    return body;
  };

  it('answers discovery, in JSON and XML', async () => {
    const json = (await (await get('/discovery.json')).json()) as Json;
    expect(json.endpoints[0]).toMatchObject({ specification: 'http://wiki.open311.org/GeoReport_v2', url: `${base}/open311/v2`, formats: ['application/json', 'text/xml'] });
    const xml = await get('/v2/discovery.xml');
    expect(xml.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    expect(await xml.text()).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<discovery>.*<endpoints><endpoint>.*<formats><format>application\/json<\/format>/s);
  });

  it('lists one service per pollution type and defines each one’s attributes', async () => {
    const services = (await (await get('/v2/services.json')).json()) as Json;
    expect(services.map((s: Json) => s.service_code)).toEqual(['wastewater', 'emissions', 'solid_waste', 'noise', 'other']);
    expect(services[3]).toMatchObject({ service_name: 'Tiếng ồn, độ rung', metadata: true, type: 'realtime', group: expect.any(String) });
    const definition = (await (await get('/v2/services/noise.json')).json()) as Json;
    expect(definition.attributes.map((a: Json) => a.code)).toEqual(['nature', 'suspected_polluter', 'occurred_at', 'scope', 'confidential']);
    expect(await (await get('/v2/services/noise.xml')).text()).toContain('<attribute><variable>true</variable><code>nature</code><datatype>singlevaluelist</datatype>');
    expect(await (await get('/v2/services.xml?jurisdiction_id=vn')).text()).toContain('<service><service_code>wastewater</service_code><service_name>Nước thải</service_name>');
    await expectSpecError(await get('/v2/services/radiation.json'), 404);
    await expectSpecError(await get('/v2/services.json?jurisdiction_id=hanoi'), 404, /jurisdiction_id/);
  });

  it('takes a report with a valid key, answers its id and token, and shows it without the reporter or the confidential content', async () => {
    const response = await post({ ...report, api_key: apiKey, jurisdiction_id: 'vn' });
    expect(response.status).toBe(200);
    const [created] = (await response.json()) as Json;
    expect(created).toEqual({ service_request_id: expect.stringMatching(/^PA-[0-9A-Z]{4}-[0-9A-Z]{4}$/), token: expect.any(String), service_notice: expect.stringContaining(created.service_request_id), account_id: null });

    const [shown] = (await (await get(`/v2/requests/${created.service_request_id}.json`)).json()) as Json;
    expect(shown).toMatchObject({
      service_request_id: created.service_request_id,
      status: 'open',
      service_code: 'wastewater',
      service_name: 'Nước thải',
      description: null,
      lat: null,
      long: null,
      requested_datetime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/),
    });
    expect(shown.address).toMatch(/Ba Đình.*Hà Nội/);
    expect(JSON.stringify(shown)).not.toMatch(/Nguyễn|0912|345 678|Trúc Bạch/);

    const [token] = (await (await get(`/v2/tokens/${created.token}.json`)).json()) as Json;
    expect(token).toEqual({ service_request_id: created.service_request_id, token: created.token });
    expect(await (await get(`/v2/requests/${created.service_request_id.toLowerCase()}.xml`)).text()).toContain(`<service_requests><request><service_request_id>${created.service_request_id}</service_request_id><status>open</status>`);
    await expectSpecError(await get('/v2/requests/PA-0000-0000.json'), 404);
    await expectSpecError(await get('/v2/tokens/not-a-token.json'), 404);

    const [{ channel }] = await sql.query<{ channel: string }>('select channel from intake.reports where tracking_code = $1', [created.service_request_id]);
    expect(channel).toBe('open311');
  });

  it('lists only reports whose content is public, with their description and point, and filters them', async () => {
    const open = (await (await post({ ...report, api_key: apiKey, 'attribute[confidential]': 'false' })).json()) as Json;
    const secret = (await (await post({ ...report, service_code: 'noise', api_key: apiKey })).json()) as Json;
    await features.readModel.caughtUp();
    const listed = (await (await get('/v2/requests.json')).json()) as Json;
    const ids = listed.map((r: Json) => r.service_request_id);
    expect(ids).toContain(open[0].service_request_id);
    expect(ids).not.toContain(secret[0].service_request_id);
    expect(listed.find((r: Json) => r.service_request_id === open[0].service_request_id)).toMatchObject({ description: report.description, lat: 21.0341, long: 105.8372 });

    const byIds = (await (await get(`/v2/requests.json?service_request_id=${open[0].service_request_id},${secret[0].service_request_id}`)).json()) as Json;
    expect(byIds.map((r: Json) => r.service_request_id).sort()).toEqual([open[0].service_request_id, secret[0].service_request_id].sort());
    expect(byIds.find((r: Json) => r.service_code === 'noise')).toMatchObject({ description: null, lat: null });

    expect(await (await get('/v2/requests.json?status=closed')).json()).toEqual([]);
    expect(await (await get('/v2/requests.json?service_code=noise,emissions')).json()).toEqual([]);
    expect(((await (await get('/v2/requests.json?service_code=wastewater&status=open&page_size=1')).json()) as Json).length).toBe(1);
    expect(await (await get('/v2/requests.json?page=2&page_size=1000')).json()).toEqual([]);
    await expectSpecError(await get('/v2/requests.json?start_date=2025-01-01&end_date=2026-01-01'), 400, /end_date: .*90/);
  });

  it('refuses a missing, unknown or revoked api_key with 403 and writes nothing', async () => {
    const before = await written();
    await expectSpecError(await post(report), 403, /api_key/);
    await expectSpecError(await post({ ...report, api_key: 'o311_guessed' }), 403);
    const revoked = await clients.issue('Ứng dụng đã ngừng');
    await clients.revoke(revoked.client.clientId);
    await expectSpecError(await post({ ...report, api_key: revoked.apiKey }), 403);
    expect(await written()).toEqual(before);
  });

  it('names the field of every bad value, in Vietnamese and English, with 400, and writes nothing', async () => {
    const before = await written();
    const body = await expectSpecError(await post({ ...report, api_key: apiKey, lat: '48.8566', long: '2.3522' }), 400, /^lat\/long: Toạ độ nằm ngoài lãnh thổ Việt Nam\. \/ The coordinates are outside Vietnam\.$/);
    expect(body).toHaveLength(1);
    const typed = await expectSpecError(await post({ ...report, api_key: apiKey, lat: 'abc', email: '12345', service_code: '1 OR 1=1' }), 400);
    expect(typed.map((e: Json) => e.description.split(':')[0]).sort()).toEqual(['email', 'lat/long', 'service_code']);
    await expectSpecError(await post({ ...report, api_key: apiKey, 'attribute[nature]': 'sometimes' }), 400, /attribute\[nature\]/);
    await expectSpecError(await post({ ...report, api_key: apiKey, jurisdiction_id: 'us-ny' }), 404, /jurisdiction_id/);
    expect(await written()).toEqual(before);
  });

  it('refuses a 10 MB body with 413, malformed bodies with 4xx, and writes nothing', async () => {
    const before = await written();
    const huge = new URLSearchParams({ ...report, api_key: apiKey, description: 'x'.repeat(10 * 1024 * 1024) }).toString();
    await expectSpecError(await fetch(`${base}/open311/v2/requests.json`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: huge }), 413);
    let chunks = 0;
    const stream = new ReadableStream({
      pull(controller) {
        // No content-length: the limit must hold while the bytes arrive.
        if (chunks++ < 12) controller.enqueue(new TextEncoder().encode(`description=${'y'.repeat(1024 * 1024)}`));
        else controller.close();
      },
    });
    const chunked = await fetch(`${base}/open311/v2/requests.json`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: stream, duplex: 'half' } as RequestInit);
    await expectSpecError(chunked, 413);
    const raw = (body: Buffer | string) => fetch(`${base}/open311/v2/requests.json`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    const valid = new URLSearchParams({ ...report, api_key: apiKey }).toString();
    await expectSpecError(await raw(Buffer.concat([Buffer.from(`${valid}&first_name=`), Buffer.from([0xc3, 0x28, 0xff])])), 400, /UTF-8/);
    await expectSpecError(await raw(`${valid.replace(/description=[^&]*/, 'description=N%C6%B0%E1%BB%9Bc+th%E1%BA%A3i+%ED%A0%80+%C4%91en+ch%E1%BA%A3y+ra')}`), 400, /UTF-8/);
    await expectSpecError(await raw(`${valid}&attribute[nature]=sudden`), 400, /attribute\[nature\]/);
    await expectSpecError(await post({ ...report, api_key: apiKey, last_name: 'Nguyễn\u0000' }), 400, /first_name\/last_name/);
    await expectSpecError(await fetch(`${base}/open311/v2/requests.json`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...report, api_key: apiKey }) }), 415);
    await expectSpecError(await fetch(`${base}/open311/v2/requests.json`, { method: 'PUT' }), 405);
    await expectSpecError(await get('/v2/requests.json?service_request_id=%FF'), 400, /UTF-8/);
    await expectSpecError(await get('/v2/nothing.json'), 404);
    const xmlError = await fetch(`${base}/open311/v2/requests.xml`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'service_code=noise' });
    expect(xmlError.status).toBe(403);
    expect(await xmlError.text()).toMatch(/<errors><error><code>403<\/code><description>api_key .*<\/description><\/error><\/errors>$/);
    expect(await written()).toEqual(before);
  });

  it('refuses markup in text with a field error, and keeps SQL and quotes as inert text, escaped in JSON and XML', async () => {
    const before = await written();
    await expectSpecError(await post({ ...report, api_key: apiKey, description: '<script>alert(document.cookie)</script> nước thải đen' }), 400, /^description: .*HTML/);
    expect(await written()).toEqual(before);
    const inert = `Robert'); DROP TABLE intake.reports;-- nồng độ "amoni" < 5 mg/l & mùi hôi`;
    const [created] = (await (await post({ ...report, api_key: apiKey, description: inert, 'attribute[confidential]': 'false' })).json()) as Json;
    const [shown] = (await (await get(`/v2/requests/${created.service_request_id}.json`)).json()) as Json;
    expect(shown.description).toBe(inert);
    const xml = await (await get(`/v2/requests/${created.service_request_id}.xml`)).text();
    expect(xml).toContain('<description>Robert&apos;); DROP TABLE intake.reports;-- nồng độ &quot;amoni&quot; &lt; 5 mg/l &amp; mùi hôi</description>');
    expect((await sql.query('select 1 from intake.reports limit 1')).length).toBe(1);
  });

  it('limits POSTs per key and per address with 429 in the spec’s format', async () => {
    const requests = new Open311ServiceRequests({ desk: features.desk, readModel: features.readModel, listing: { byTrackingCodes: async () => [], search: async () => [] } as never, gazetteer: features.gazetteer });
    const limited = await serve([open311Endpoint({ requests, clients }, { maxBodyBytes: 65536, postsPerHourPerKey: 2, postsPerHourPerIp: 3 })]);
    const send = (key: string) =>
      fetch(`${limited.base}/open311/v2/requests.json`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ ...report, api_key: key }).toString() });
    try {
      expect((await send(apiKey)).status).toBe(200);
      expect((await send(apiKey)).status).toBe(200);
      const perKey = await send(apiKey);
      expect(perKey.headers.get('retry-after')).toMatch(/^\d+$/);
      await expectSpecError(perKey, 429);
      await expectSpecError(await send((await clients.issue('Ứng dụng khác')).apiKey), 429); // the address's fourth POST
    } finally {
      await new Promise((r) => limited.server.close(r));
    }
  });
});

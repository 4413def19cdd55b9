import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { exportJWK, exportPKCS8, generateKeyPair, SignJWT } from 'jose';
import { SUPERGRAPH_SDL } from '@hotline/contracts-supergraph';
import { deadlineService } from '@hotline/deadline-graphql';
import { intakeService } from '@hotline/intake-graphql';
import { totpCode, totpStepAt } from '@hotline/platform-auth';
import { loadConfig, type PlatformConfig } from '@hotline/platform-config';
import { startGateway, type RunningGateway } from '@hotline/platform-gateway';
import { platformSigningKey, startIdentity, type RunningIdentity } from '@hotline/platform-identity';
import { createLogger, openSharedResources, platformServices, startAllInOne, type AllInOne } from '@hotline/platform-runtime';
import { routingService } from '@hotline/routing-graphql';
import { sessionService } from '@hotline/session-graphql';
import type { SqlClient } from '@hotline/platform-sql';
import { PgSqlClient } from '@hotline/platform-sql/pg';
import { describeWithServer, eventually, uniqueName } from '@hotline/platform-testing';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SSO_ISSUER = 'https://sso.monre.gov.vn/realms/bo';

/**
 * Issue 4 end to end, composed as `npm start` composes it: the identity in the gateway process,
 * the services checking the same tokens, a ministry single sign-on served from a local JWKS.
 */
/** The database the run uses: env for the configuration, and how to drop it afterwards. */
type Storage = () => Promise<{ env: Record<string, string>; drop(): Promise<void> }>;

signInSuite('signing in and calling the platform through the gateway (embedded adapters)', async () => ({ env: {}, drop: async () => undefined }));

describeWithServer('signing in and calling the platform through the gateway', 'postgres', (serverUrl) => {
  signInSuite('on PostgreSQL (in-process bus)', async () => {
    const database = uniqueName('identity_e2e');
    await onServer(serverUrl, `create database ${database}`);
    const url = new URL(serverUrl);
    url.pathname = `/${database}`;
    return {
      env: { SQL_ADAPTER: 'postgres', EVENT_STORE_ADAPTER: 'postgres', DATABASE_URL: url.toString(), AUTH_SIGNING_KEY: await newSigningKeyPem(), IDENTITY_ENCRYPTION_KEY: randomBytes(32).toString('base64') },
      drop: () => onServer(serverUrl, `drop database if exists ${database} with (force)`),
    };
  });
});

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function newSigningKeyPem(): Promise<string> {
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  return Buffer.from(await exportPKCS8(privateKey)).toString('base64');
}

function signInSuite(title: string, storage: Storage): void {
  describe(title, () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hotline-identity-'));
    let dropStorage = async () => undefined as void;
    let sso: { privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey']; server: Server; jwksUrl: string };
    let config: PlatformConfig;
    let shared: Awaited<ReturnType<typeof openSharedResources>>;
    let identitySql: SqlClient;
    let identity: RunningIdentity;
    let platform: AllInOne;
    let gateway: RunningGateway;
    let limitedGateway: RunningGateway;
    let subgraphUrls: Record<string, string>;

    beforeAll(async () => {
      const keys = await generateKeyPair('RS256');
      const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'sso-2026', alg: 'RS256', use: 'sig' };
      const server = createServer((request, response) => {
        response.writeHead(request.url === '/jwks' ? 200 : 404, { 'content-type': 'application/json' });
        response.end(JSON.stringify(request.url === '/jwks' ? { keys: [jwk] } : {}));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      sso = { privateKey: keys.privateKey, server, jwksUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks` };

      const ports = Object.fromEntries(platformServices.map((s) => [s.portVariable, '0']));
      const { env, drop } = await storage();
      dropStorage = drop;
      config = loadConfig({
        ...env,
        DATA_DIR: dataDir,
        ...ports,
        SMTP_PORT: '0',
        GATEWAY_PORT: '0',
        AUTH_REQUESTS_PER_MINUTE_PER_IP: '1000',
        OIDC_ISSUER: SSO_ISSUER,
        OIDC_JWKS_URL: sso.jwksUrl,
        OIDC_AUDIENCE: 'hotline',
        OIDC_ROLE_CLAIM: 'realm_access.roles',
        OIDC_UNIT_CLAIM: 'ma_don_vi',
      });
      const logger = createLogger('error');
      shared = await openSharedResources(config);
      identitySql = shared.sql ?? new PgSqlClient({ connectionString: config.DATABASE_URL!, applicationName: 'identity' });
      identity = await startIdentity({ config, sql: identitySql, bus: shared.bus, signingKey: await platformSigningKey(config), logger });
      const services = new Map(
        [intakeService(identity.authenticator), routingService(identity.authenticator), deadlineService(identity.authenticator), sessionService(identity.authenticator)].map((s) => [s.name, s]),
      );
      platform = await startAllInOne(platformServices.map((s) => services.get(s.name) ?? s), config, logger, { shared });
      subgraphUrls = Object.fromEntries(platform.services.filter((s) => services.has(s.name as never)).map((s) => [s.name, `${s.url}/graphql`]));
      const gatewayOptions = { supergraphSdl: SUPERGRAPH_SDL, subgraphUrls, host: '127.0.0.1', port: 0, authenticator: identity.authenticator, routes: identity.routes };
      gateway = await startGateway({ ...gatewayOptions, anonymousRequestsPerMinute: 1000 });
      limitedGateway = await startGateway({ ...gatewayOptions, routes: [], anonymousRequestsPerMinute: 3, trustedProxyHops: 1 });
    }, 120_000);

    afterAll(async () => {
      await limitedGateway?.stop();
      await gateway?.stop();
      await platform?.stop();
      await identity?.stop();
      await shared?.bus.close();
      await identitySql?.close();
      await new Promise((resolve) => sso?.server.close(resolve));
      await dropStorage();
      rmSync(dataDir, { recursive: true, force: true });
    });

    const post = async (url: string, body: Json, headers: Record<string, string> = {}) => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as Json, headers: response.headers };
    };
    const auth = (route: string, body: Json, token?: string) => post(`${gateway.url}/auth/${route}`, body, token ? { authorization: `Bearer ${token}` } : {});
    const graphql = (query: string, variables: Json = {}, token?: string, url = `${gateway.url}/graphql`, headers: Record<string, string> = {}) =>
      post(url, { query, variables }, { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers });
    const INBOX = '{ inbox(first: 5) { items { id } } }';
    const report = (description: string) => ({
      input: { location: { address: 'Phường Ba Đình, Thành phố Hà Nội' }, pollutionType: 'noise', nature: 'continuous', description },
    });
    const SUBMIT = 'mutation ($input: ReportInput!) { submitReport(input: $input) { ok trackingCode errors { field } } }';
    const ssoToken = (claims: Json, options: { audience?: string; issuer?: string; expiresIn?: string } = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'sso-2026' })
        .setIssuer(options.issuer ?? SSO_ISSUER)
        .setAudience(options.audience ?? 'hotline')
        .setSubject('cb-0042')
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '5m')
        .sign(sso.privateKey);

    let adminToken: string;
    const officer = { username: 'oanh.nt@hanoi.gov.vn', password: 'Hồ Gươm xanh trong 2026' };

    it('bootstraps the first ministry administrator with the one-time code, imports a roster, and activates a rostered officer', async () => {
      const code = readFileSync(identity.bootstrapFile!, 'utf8').trim().split('\n').pop()!;
      expect(await auth('bootstrap', { code, username: 'quantri.bo', password: 'Quản trị Bộ an toàn 2026', fullName: 'Quản trị Bộ' })).toMatchObject({ status: 201 });
      adminToken = (await auth('token', { grant_type: 'password', username: 'quantri.bo', password: 'Quản trị Bộ an toàn 2026' })).body['access_token'];

      const csv = ['STT;Đơn vị;Họ và tên;Chức vụ;Điện thoại;Thư điện tử;Vai trò', `1;P01;Nguyễn Thị Oanh;Chuyên viên;0912 111 222;${officer.username};cán bộ xử lý`].join('\r\n');
      const imported = await graphql(
        'mutation ($unit: String!, $name: String!, $content: String!) { importRoster(unitCode: $unit, fileName: $name, contentBase64: $content) { importedCount } }',
        { unit: 'P01', name: 'danh-sach.csv', content: Buffer.from(csv).toString('base64') },
        adminToken,
      );
      expect(imported.body).toEqual({ data: { importRoster: { importedCount: 1 } } });

      // routing → bus → identity: the account appears without a password; the administrator hands over a code.
      const issued = await eventually('the rostered account', async () => {
        const answer = await auth('activation-codes', { username: officer.username }, adminToken);
        return answer.status === 201 ? answer.body : undefined;
      });
      expect(await auth('activate', { username: officer.username, code: issued['code'], password: officer.password })).toMatchObject({ status: 200 });
    });

    it('signs the officer in (with two-factor), serves the officer’s inbox through the gateway, refreshes, and refuses the token once revoked', async () => {
      const first = await auth('token', { grant_type: 'password', username: officer.username, password: officer.password });
      expect(first.status).toBe(200);
      const enrolled = await auth('totp/enroll', {}, first.body['access_token']);
      const secret = enrolled.body['secret'] as string;
      // Confirmed with the previous step's code (a phone a little behind), so the current one is still unused.
      expect(await auth('totp/confirm', { code: totpCode(secret, totpStepAt(new Date()) - 1) }, first.body['access_token'])).toMatchObject({ status: 200 });
      expect(await auth('token', { grant_type: 'password', username: officer.username, password: officer.password })).toMatchObject({ status: 400, body: { reason: 'totp_required' } });
      const signedIn = await auth('token', { grant_type: 'password', username: officer.username, password: officer.password, totp: totpCode(secret, totpStepAt(new Date())) });
      expect(signedIn.status).toBe(200);
      const session = signedIn.body;

      expect(await graphql(INBOX)).toMatchObject({ status: 200, body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } });
      expect(await graphql(INBOX, {}, session['access_token'])).toMatchObject({ status: 200, body: { data: { inbox: { items: expect.any(Array) } } } });

      const refreshed = await auth('token', { grant_type: 'refresh_token', refresh_token: session['refresh_token'] });
      expect(refreshed.status).toBe(200);
      const token = refreshed.body['access_token'] as string;
      expect((await graphql(INBOX, {}, token)).body).toMatchObject({ data: { inbox: expect.anything() } });

      expect(await auth('revoke', { token })).toMatchObject({ status: 200 });
      const refused = await graphql(INBOX, {}, token);
      expect(refused).toMatchObject({ status: 401, body: { errors: [{ extensions: { code: 'UNAUTHENTICATED', reason: 'revoked', message: { vi: expect.stringContaining('thu hồi') } } }] } });
      expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/);
      // The subgraph checks for itself: calling routing directly does not get round the revocation.
      expect(await graphql(INBOX, {}, token, subgraphUrls['routing'])).toMatchObject({ status: 401, body: { errors: [{ extensions: { reason: 'revoked' } }] } });
      expect(await graphql(INBOX, {}, 'Basic', subgraphUrls['routing'])).toMatchObject({ status: 401, body: { errors: [{ extensions: { reason: 'malformed' } }] } });
    });

    it('grants an API client a token with client credentials, with which the integrator submits a report', async () => {
      const client = await auth('clients', { name: 'Cổng dịch vụ công quốc gia', scopes: ['reports:submit', 'reports:track'] }, adminToken);
      expect(client.status).toBe(201);
      const granted = await auth('token', { grant_type: 'client_credentials', client_id: client.body['client_id'], client_secret: client.body['client_secret'] });
      expect(granted).toMatchObject({ status: 200, body: { scope: 'reports:submit reports:track' } });
      const submitted = await graphql(SUBMIT, report('Tiếng ồn từ xưởng cơ khí, gửi qua cổng dịch vụ công'), granted.body['access_token']);
      expect(submitted.body).toMatchObject({ data: { submitReport: { ok: true, trackingCode: expect.any(String), errors: [] } } });
      // An integrator is not an officer, and does only what its scopes open.
      expect((await graphql(INBOX, {}, granted.body['access_token'])).body).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN', rule: 'officers_only' } }] });
      expect((await graphql('{ hotlineDirectory { items { unitCode } } }', {}, granted.body['access_token'])).body).toMatchObject({
        errors: [{ extensions: { code: 'FORBIDDEN', rule: 'missing_scope', message: { vi: expect.stringContaining('directory:read'), en: expect.stringContaining('directory:read') } } }],
      });
    });

    it('accepts the ministry single sign-on’s tokens and maps their role and unit; refuses another audience, another issuer, an expired token or an unknown role', async () => {
      const good = await ssoToken({ realm_access: { roles: ['offline_access', 'unit_head'] }, ma_don_vi: 'P01' });
      expect(await graphql(INBOX, {}, good)).toMatchObject({ status: 200, body: { data: { inbox: { items: expect.any(Array) } } } });
      const refusedFor = async (token: string) => (await graphql(INBOX, {}, token)).body['errors']?.[0]?.extensions?.reason;
      expect(await refusedFor(await ssoToken({ realm_access: { roles: ['unit_head'] }, ma_don_vi: 'P01' }, { audience: 'another-app' }))).toBe('invalid');
      expect(await refusedFor(await ssoToken({ realm_access: { roles: ['unit_head'] }, ma_don_vi: 'P01' }, { issuer: 'https://sso.elsewhere.vn' }))).toBe('unknown_issuer');
      expect(await refusedFor(await ssoToken({ realm_access: { roles: ['unit_head'] }, ma_don_vi: 'P01' }, { expiresIn: '-1 min' }))).toBe('expired');
      expect(await refusedFor(await ssoToken({ realm_access: { roles: ['superuser'] }, ma_don_vi: 'P01' }))).toBe('role_not_allowed');
      expect(await refusedFor(await ssoToken({ realm_access: { roles: ['handler'] }, ma_don_vi: 'Hà Nội' }))).toBe('unit_not_allowed');
    });

    it('locks the officer’s user name after five wrong passwords', async () => {
      const reasons: string[] = [];
      for (let i = 0; i < 6; i++) reasons.push((await auth('token', { grant_type: 'password', username: officer.username, password: 'not the password' })).body['reason']);
      expect(reasons).toEqual(['bad_credentials', 'bad_credentials', 'bad_credentials', 'bad_credentials', 'locked', 'locked']);
      const log = await fetch(`${gateway.url}/auth/security-log?username=${encodeURIComponent(officer.username)}`, { headers: { authorization: `Bearer ${adminToken}` } });
      expect(((await log.json()) as Json)['entries'].map((e: Json) => e['event'])).toContain('user_name_locked');
    });

    it('limits anonymous GraphQL requests per client address with 429, in Vietnamese and English; signed-in callers are not counted', async () => {
      const directory = '{ hotlineDirectory(first: 1) { items { unitCode } } }';
      const from = (address: string) => ({ 'x-forwarded-for': address });
      const url = `${limitedGateway.url}/graphql`;
      for (let i = 0; i < 3; i++) expect((await graphql(directory, {}, undefined, url, from('203.0.113.7'))).status).toBe(200);
      const limited = await graphql(directory, {}, undefined, url, from('203.0.113.7'));
      expect(limited).toMatchObject({ status: 429, body: { errors: [{ extensions: { code: 'RATE_LIMITED', message: { vi: expect.stringContaining('Quá nhiều yêu cầu'), en: expect.stringContaining('Too many requests') } } }] } });
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      // Another citizen behind the same trusted proxy has a budget of their own; an officer is not limited by it.
      expect((await graphql(directory, {}, undefined, url, from('198.51.100.20'))).status).toBe(200);
      const ssoOfficer = await ssoToken({ realm_access: { roles: ['handler'] }, ma_don_vi: 'P01' });
      expect((await graphql(INBOX, {}, ssoOfficer, url, from('203.0.113.7'))).status).toBe(200);
    });
  });
}

import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { decodeJwt } from 'jose';
import { OfficerRostered, topicOf, uuidv7, type Actor } from '@hotline/contracts-events';
import { signingKeyFromSeed, totpCode, totpStepAt, TokenRejected } from '@hotline/platform-auth';
import { loadConfig } from '@hotline/platform-config';
import { InProcessEventBus } from '@hotline/platform-event-bus/in-process';
import { toBusMessage } from '@hotline/platform-forwarder';
import { createLogger, startHttpServer } from '@hotline/platform-runtime';
import type { SqlClient } from '@hotline/platform-sql';
import { PgSqlClient } from '@hotline/platform-sql/pg';
import { PGliteSqlClient } from '@hotline/platform-sql/pglite';
import { describeWithServer, eventually, TravellingClock, uniqueName } from '@hotline/platform-testing';
import { startIdentity, type RunningIdentity } from './start-identity';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ministryAdmin = { username: 'quantri.bo', password: 'Bảo vệ môi trường 2026' };
const handler = { username: 'khoa.dv@hanoi.gov.vn', password: 'Sông Tô Lịch trong xanh' };

function identitySuite(title: string, open: () => Promise<{ sql: SqlClient; schema: string; close(): Promise<void> }>) {
  describe(title, () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'identity-'));
    const clock = new TravellingClock();
    const bus = new InProcessEventBus();
    let database: { sql: SqlClient; schema: string; close(): Promise<void> };
    let identity: RunningIdentity;
    let server: { url: string; close(): Promise<void> };
    let rosterSequence = 0;

    beforeAll(async () => {
      clock.travelTo('2026-02-13T02:00:00Z');
      database = await open();
      const config = loadConfig({ DATA_DIR: dataDir, AUTH_REQUESTS_PER_MINUTE_PER_IP: '1000', AUTH_ISSUER: 'hotline-test' });
      identity = await startIdentity({ config, sql: database.sql, bus, signingKey: await signingKeyFromSeed(randomBytes(32)), logger: createLogger('error'), clock: clock.now, schema: database.schema });
      server = await startHttpServer({ service: 'identity-test', host: '127.0.0.1', port: 0, checks: {}, routes: identity.routes });
    }, 60_000);
    afterAll(async () => {
      await server?.close();
      await identity?.stop();
      await bus.close();
      await database?.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    const post = async (route: string, body: Json, headers: Record<string, string> = {}) => {
      const response = await fetch(`${server.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as Json, headers: response.headers };
    };
    const form = async (route: string, fields: Record<string, string>, headers: Record<string, string> = {}) => {
      const response = await fetch(`${server.url}${route}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields) });
      return { status: response.status, body: (await response.json()) as Json };
    };
    const get = async (route: string, token?: string) => {
      const response = await fetch(`${server.url}${route}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      return { status: response.status, body: (await response.json()) as Json, headers: response.headers };
    };
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
    const signIn = (username: string, password: string, totp?: string) => form('/auth/token', { grant_type: 'password', username, password, ...(totp ? { totp } : {}) });
    const caller = (token: string) => identity.authenticator.callerOf(`Bearer ${token}`);
    const rostered = async (data: { email: string; unitCode: string; fullName: string; role: string }, eventId = uuidv7()) => {
      rosterSequence += 1;
      const actor: Actor = { kind: 'officer', id: 'admin-roster', unitCode: data.unitCode };
      const at = clock.now().toISOString();
      const event = {
        eventId,
        type: OfficerRostered.type,
        schemaVersion: 1,
        streamId: `roster-officer-${data.email}`,
        streamRevision: 0,
        globalPosition: rosterSequence,
        occurredAt: at,
        recordedAt: at,
        correlationId: eventId,
        causationId: null,
        actor,
        data: { ...data, rosteredAt: at },
        prevHash: null,
        hash: 'a'.repeat(64),
      };
      await bus.publish(topicOf(OfficerRostered.type), [toBusMessage(event)]);
      return eventId;
    };
    const accounts = async () => Number((await database.sql.query<{ n: number }>(`select count(*)::int as n from "${database.schema}".accounts`))[0].n);
    let adminToken: string;
    let handlerSecret: string;

    it('writes a one-time bootstrap code (mode 0600), creates the first ministry administrator with it, and burns it', async () => {
      expect(identity.bootstrapFile).toBe(path.join(dataDir, 'secrets', 'bootstrap-code.txt'));
      expect(statSync(identity.bootstrapFile!).mode & 0o777).toBe(0o600);
      const code = readFileSync(identity.bootstrapFile!, 'utf8').trim().split('\n').pop()!;

      expect(await post('/auth/bootstrap', { code: 'WRONG-CODE', ...ministryAdmin })).toMatchObject({ status: 400, body: { error: 'invalid_grant', reason: 'bad_bootstrap_code' } });
      const weak = await post('/auth/bootstrap', { code, username: 'quantri.bo', password: 'quantri.bo' });
      expect(weak).toMatchObject({ status: 400, body: { error: 'invalid_request', reason: 'password_policy', field: 'password', message: { vi: expect.stringContaining('ít nhất 12') } } });
      expect(await accounts()).toBe(0);

      expect(await post('/auth/bootstrap', { code: code.toLowerCase(), ...ministryAdmin, fullName: 'Nguyễn Quản Trị' })).toEqual({
        status: 201,
        body: { username: 'quantri.bo', role: 'ministry_admin', unitCode: 'BTNMT' },
        headers: expect.anything(),
      });
      expect(existsSync(identity.bootstrapFile!)).toBe(false);
      expect(await post('/auth/bootstrap', { code, username: 'second.admin', password: 'another long password' })).toMatchObject({ status: 409, body: { reason: 'already_bootstrapped' } });

      const signedIn = await signIn('QuanTri.Bo', ministryAdmin.password);
      expect(signedIn).toMatchObject({ status: 200, body: { token_type: 'Bearer', expires_in: 900, refresh_token: expect.any(String) } });
      adminToken = signedIn.body['access_token'];
      expect(decodeJwt(adminToken)).toMatchObject({ iss: 'hotline-test', aud: 'hotline-api', role: 'ministry_admin', unit: 'BTNMT', jti: expect.any(String) });
      expect(await caller(adminToken)).toMatchObject({ kind: 'officer', role: 'ministry_admin', unitCode: 'BTNMT' });
    });

    it('publishes its public key at /auth/jwks.json', async () => {
      const jwks = await get('/auth/jwks.json');
      expect(jwks.status).toBe(200);
      expect(jwks.body['keys']).toEqual([expect.objectContaining({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig', kid: expect.any(String) })]);
      expect(jwks.body['keys'][0]).not.toHaveProperty('d');
    });

    it('creates an account without a password from the roster, once per event; an administrator covering its unit issues an activation code', async () => {
      const eventId = await rostered({ email: handler.username, unitCode: 'P01', fullName: 'Đặng Văn Khoa', role: 'handler' });
      await rostered({ email: handler.username, unitCode: 'P01', fullName: 'Đặng Văn Khoa', role: 'handler' }, eventId);
      await rostered({ email: 'admin.danang@danang.gov.vn', unitCode: 'P48', fullName: 'Lê Thị Hoa', role: 'provincial_admin' });
      const log = await eventually('both officers rostered', async () => {
        const entries = (await get('/auth/security-log?limit=50', adminToken)).body['entries'] as Json[];
        const rosteredLines = entries.filter((e) => e['event'] === 'account_rostered');
        return rosteredLines.length >= 2 ? rosteredLines : undefined;
      });
      expect(log.map((e) => e['username']).sort()).toEqual(['admin.danang@danang.gov.vn', handler.username]);

      // Not activated yet: the same answer as for a name nobody has.
      const beforeActivation = await signIn(handler.username, handler.password);
      const nobody = await signIn('nobody@hanoi.gov.vn', handler.password);
      expect(beforeActivation).toEqual({ status: 400, body: expect.objectContaining({ error: 'invalid_grant', reason: 'bad_credentials' }) });
      expect(nobody.body).toEqual(beforeActivation.body);

      // Đà Nẵng's administrator, activated by the ministry, cannot reach a Hà Nội officer.
      const daNangCode = await post('/auth/activation-codes', { username: 'admin.danang@danang.gov.vn' }, bearer(adminToken));
      expect(daNangCode).toMatchObject({ status: 201, body: { username: 'admin.danang@danang.gov.vn', code: expect.stringMatching(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/) } });
      expect(await post('/auth/activate', { username: 'admin.danang@danang.gov.vn', code: daNangCode.body['code'], password: 'Biển Mỹ Khê sạch đẹp' })).toMatchObject({ status: 200 });
      const daNangToken = (await signIn('admin.danang@danang.gov.vn', 'Biển Mỹ Khê sạch đẹp')).body['access_token'];
      expect(await post('/auth/activation-codes', { username: handler.username }, bearer(daNangToken))).toMatchObject({ status: 403, body: { reason: 'outside_jurisdiction' } });
      expect(await post('/auth/activation-codes', { username: handler.username })).toMatchObject({ status: 401, body: { error: 'invalid_token' } });

      const issued = await post('/auth/activation-codes', { username: handler.username }, bearer(adminToken));
      expect(issued.status).toBe(201);
      expect(await post('/auth/activate', { username: handler.username, code: issued.body['code'], password: 'ngắn' })).toMatchObject({ status: 400, body: { field: 'password', reason: 'password_policy' } });
      expect(await post('/auth/activate', { username: handler.username, code: 'AAAA-BBBB-CCCC-DDDD', password: handler.password })).toMatchObject({ status: 400, body: { reason: 'bad_activation_code' } });
      expect(await post('/auth/activate', { username: handler.username, code: issued.body['code'].toLowerCase().replace(/-/g, ' '), password: handler.password })).toMatchObject({ status: 200, body: { activated: true } });
      expect(await post('/auth/activate', { username: handler.username, code: issued.body['code'], password: 'Một mật khẩu khác nữa' })).toMatchObject({ status: 400, body: { reason: 'bad_activation_code' } });

      const signedIn = await signIn(handler.username, handler.password);
      expect(signedIn.status).toBe(200);
      expect(await caller(signedIn.body['access_token'])).toMatchObject({ kind: 'officer', role: 'handler', unitCode: 'P01' });
      // The redelivered roster line was applied once.
      const lines = (await get(`/auth/security-log?username=${encodeURIComponent(handler.username)}&limit=100`, adminToken)).body['entries'] as Json[];
      expect(lines.filter((e) => e['event'] === 'account_rostered')).toHaveLength(1);
    });

    it('turns on two-factor sign-in, then needs a fresh code at each sign-in', async () => {
      const token = (await signIn(handler.username, handler.password)).body['access_token'];
      const enrolled = await post('/auth/totp/enroll', {}, bearer(token));
      expect(enrolled).toMatchObject({ status: 201, body: { secret: expect.stringMatching(/^[A-Z2-7]{32}$/), otpauth_uri: expect.stringContaining('otpauth://totp/') } });
      const secret = enrolled.body['secret'] as string;
      handlerSecret = secret;
      expect(await post('/auth/totp/confirm', { code: '000000' }, bearer(token))).toMatchObject({ status: 400, body: { reason: 'bad_totp' } });
      expect(await post('/auth/totp/confirm', { code: totpCode(secret, totpStepAt(clock.now())) }, bearer(token))).toMatchObject({ status: 200, body: { enabled: true } });
      expect(await post('/auth/totp/enroll', {}, bearer(token))).toMatchObject({ status: 409, body: { reason: 'totp_already_enabled' } });

      expect(await signIn(handler.username, handler.password)).toMatchObject({ status: 400, body: { reason: 'totp_required', field: 'totp' } });
      clock.advance(30_000);
      const code = totpCode(secret, totpStepAt(clock.now()));
      expect(await signIn(handler.username, handler.password, code)).toMatchObject({ status: 200 });
      expect(await signIn(handler.username, handler.password, code)).toMatchObject({ status: 400, body: { reason: 'bad_totp' } });
      clock.advance(30_000);
      expect(await signIn(handler.username, handler.password, totpCode(secret, totpStepAt(clock.now())))).toMatchObject({ status: 200 });
      // The officer's failures so far (the replayed code) end with a success: nothing is locked.
    });

    it('rotates refresh tokens, ends the whole session when a rotated one is used again, and revokes tokens', async () => {
      clock.advance(30_000);
      const admin = (await signIn(ministryAdmin.username, ministryAdmin.password)).body;
      const refreshed = await form('/auth/token', { grant_type: 'refresh_token', refresh_token: admin['refresh_token'] });
      expect(refreshed).toMatchObject({ status: 200, body: { access_token: expect.any(String), refresh_token: expect.any(String) } });
      expect(refreshed.body['refresh_token']).not.toBe(admin['refresh_token']);
      expect(refreshed.body['refresh_expires_at']).toBe(admin['refresh_expires_at']);

      // The old one again: someone else holds the session, so it ends for both.
      expect(await form('/auth/token', { grant_type: 'refresh_token', refresh_token: admin['refresh_token'] })).toMatchObject({ status: 400, body: { reason: 'bad_refresh_token' } });
      expect(await form('/auth/token', { grant_type: 'refresh_token', refresh_token: refreshed.body['refresh_token'] })).toMatchObject({ status: 400, body: { reason: 'bad_refresh_token' } });

      const session = (await signIn(ministryAdmin.username, ministryAdmin.password)).body;
      expect(await caller(session['access_token'])).toMatchObject({ role: 'ministry_admin' });
      expect(await form('/auth/revoke', { token: session['access_token'] })).toMatchObject({ status: 200 });
      await expect(caller(session['access_token'])).rejects.toEqual(new TokenRejected('revoked'));
      expect(await form('/auth/revoke', { token: session['refresh_token'] })).toMatchObject({ status: 200 });
      expect(await form('/auth/token', { grant_type: 'refresh_token', refresh_token: session['refresh_token'] })).toMatchObject({ status: 400, body: { reason: 'bad_refresh_token' } });
      expect(await form('/auth/revoke', { token: 'never-issued' })).toMatchObject({ status: 200 });

      // Sessions end when they were due, whatever the refreshes.
      const late = (await signIn(ministryAdmin.username, ministryAdmin.password)).body;
      clock.advance(12 * 3_600_000 + 1000);
      expect(await form('/auth/token', { grant_type: 'refresh_token', refresh_token: late['refresh_token'] })).toMatchObject({ status: 400 });
      await expect(caller(late['access_token'])).rejects.toEqual(new TokenRejected('expired'));
      adminToken = (await signIn(ministryAdmin.username, ministryAdmin.password)).body['access_token'];
    });

    it('locks a user name after five wrong passwords for 15 minutes, whether an account has it or not, and records it', async () => {
      const attempts = async (username: string) => {
        const answers: string[] = [];
        for (let i = 0; i < 6; i++) answers.push(String((await signIn(username, 'wrong password here')).body['reason']));
        return answers;
      };
      const expected = ['bad_credentials', 'bad_credentials', 'bad_credentials', 'bad_credentials', 'locked', 'locked'];
      expect(await attempts('admin.danang@danang.gov.vn')).toEqual(expected);
      expect(await attempts('ghost@danang.gov.vn')).toEqual(expected);
      const locked = await signIn('admin.danang@danang.gov.vn', 'Biển Mỹ Khê sạch đẹp');
      expect(locked).toMatchObject({ status: 400, body: { reason: 'locked', message: { vi: expect.stringContaining('giờ Việt Nam') } } });

      clock.advance(15 * 60_000 + 1000);
      expect(await signIn('admin.danang@danang.gov.vn', 'Biển Mỹ Khê sạch đẹp')).toMatchObject({ status: 200 });
      // The administrator's access token of before has expired meanwhile (15 minutes).
      adminToken = (await signIn(ministryAdmin.username, ministryAdmin.password)).body['access_token'];

      const log = (await get('/auth/security-log?username=admin.danang%40danang.gov.vn&limit=20', adminToken)).body['entries'] as Json[];
      const events = log.map((e) => e['event']).reverse();
      expect(events).toEqual(expect.arrayContaining(['sign_in_failed', 'user_name_locked', 'sign_in_refused_locked', 'sign_in_succeeded']));
      expect(events.slice(-9)).toEqual(['sign_in_failed', 'sign_in_failed', 'sign_in_failed', 'sign_in_failed', 'sign_in_failed', 'user_name_locked', 'sign_in_refused_locked', 'sign_in_refused_locked', 'sign_in_succeeded']);
      expect(log[0]).toMatchObject({ clientAddress: expect.stringMatching(/127\.0\.0\.1/) });
      expect(await get('/auth/security-log', 'not-a-token')).toMatchObject({ status: 401, body: { error: 'invalid_token', reason: 'malformed' } });
      const handlerToken = (await signIn(handler.username, handler.password, totpCode(handlerSecret, totpStepAt(clock.now())))).body['access_token'];
      expect(await get('/auth/security-log', handlerToken)).toMatchObject({ status: 403, body: { error: 'access_denied' } });
    });

    it('registers API clients (ministry administrators only) and grants them tokens with client credentials', async () => {
      const handlerToken = (await signIn(handler.username, handler.password, totpCode(handlerSecret, totpStepAt(clock.now()) + 1))).body['access_token'];
      expect(await post('/auth/clients', { name: 'Cổng dịch vụ công', scopes: ['reports:submit'] }, bearer(handlerToken))).toMatchObject({ status: 403 });
      expect(await post('/auth/clients', { name: 'Cổng dịch vụ công', scopes: ['reports:submit'] }, bearer(adminToken))).toMatchObject({ status: 201 });
      const registered = await post('/auth/clients', { name: 'Ứng dụng Phản ánh Hà Nội', scopes: ['reports:submit', 'reports:track'] }, bearer(adminToken));
      expect(registered).toMatchObject({ status: 201, body: { client_id: expect.stringMatching(/^cli_/), client_secret: expect.any(String), scopes: ['reports:submit', 'reports:track'] } });
      const { client_id: clientId, client_secret: secret } = registered.body;
      expect(await post('/auth/clients', { name: 'x', scopes: ['cases:delete'] }, bearer(adminToken))).toMatchObject({ status: 400, body: { error: 'invalid_scope', field: 'scopes' } });

      const granted = await form('/auth/token', { grant_type: 'client_credentials', client_id: clientId, client_secret: secret });
      expect(granted).toMatchObject({ status: 200, body: { token_type: 'Bearer', scope: 'reports:submit reports:track' } });
      expect(granted.body).not.toHaveProperty('refresh_token');
      expect(await caller(granted.body['access_token'])).toEqual({ kind: 'integrator', id: clientId, scopes: ['reports:submit', 'reports:track'] });
      const basic = `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`;
      expect(await form('/auth/token', { grant_type: 'client_credentials', scope: 'reports:submit' }, { authorization: basic })).toMatchObject({ status: 200, body: { scope: 'reports:submit' } });
      expect(await form('/auth/token', { grant_type: 'client_credentials', client_id: clientId, client_secret: 'wrong' })).toMatchObject({ status: 401, body: { error: 'invalid_client' } });

      expect(await post('/auth/clients/revoke', { client_id: clientId }, bearer(adminToken))).toMatchObject({ status: 200 });
      expect(await form('/auth/token', { grant_type: 'client_credentials', client_id: clientId, client_secret: secret })).toMatchObject({ status: 401 });
      const listed = (await get('/auth/clients', adminToken)).body['clients'] as Json[];
      expect(listed.find((c) => c['clientId'] === clientId)).toMatchObject({ revokedAt: expect.any(String) });
      expect(JSON.stringify(listed)).not.toContain(secret);
    });

    it('refuses malformed requests with the field named, writing nothing', async () => {
      const census = async () => {
        const tables = await database.sql.query<{ name: string }>(`select table_name as name from information_schema.tables where table_schema = $1 order by 1`, [database.schema]);
        const counts: Record<string, number> = {};
        for (const { name } of tables) counts[name] = Number((await database.sql.query<{ n: number }>(`select count(*)::int as n from "${database.schema}"."${name}"`))[0].n);
        return counts;
      };
      const before = await census();
      expect(await form('/auth/token', { grant_type: 'implicit' })).toMatchObject({ status: 400, body: { error: 'unsupported_grant_type', field: 'grant_type' } });
      expect(await form('/auth/token', { grant_type: 'password', username: 'a' })).toMatchObject({ status: 400, body: { error: 'invalid_request', field: 'password', message: { vi: expect.stringContaining('mật khẩu') } } });
      expect(await post('/auth/token', { grant_type: 'password', username: 'a\u0000b', password: 'x' })).toMatchObject({ status: 400, body: { reason: 'unstorable_text', field: 'username' } });
      const huge = await fetch(`${server.url}/auth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `password=${'x'.repeat(20_000)}` });
      expect(huge.status).toBe(400);
      expect(await huge.json()).toMatchObject({ reason: 'body_too_large' });
      expect((await fetch(`${server.url}/auth/token`)).status).toBe(405);
      expect((await fetch(`${server.url}/auth/nothing`)).status).toBe(404);
      expect(await census()).toEqual(before);
    });
  });
}

describe('identity endpoints: the per-address limit', () => {
  it('answers 429 with Retry-After beyond AUTH_REQUESTS_PER_MINUTE_PER_IP sign-in attempts from one address', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'identity-limit-'));
    const sql = await PGliteSqlClient.open();
    const bus = new InProcessEventBus();
    const config = loadConfig({ DATA_DIR: dataDir, AUTH_REQUESTS_PER_MINUTE_PER_IP: '3' });
    const identity = await startIdentity({ config, sql, bus, signingKey: await signingKeyFromSeed(randomBytes(32)), logger: createLogger('error') });
    const server = await startHttpServer({ service: 'identity-test', host: '127.0.0.1', port: 0, checks: {}, routes: identity.routes });
    try {
      const attempt = () => fetch(`${server.url}/auth/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'password', username: 'someone', password: 'guess guess guess' }) });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await attempt()).status);
      expect(statuses).toEqual([400, 400, 400, 429]);
      const limited = await attempt();
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await limited.json()).toMatchObject({ reason: 'rate_limited', message: { vi: expect.stringContaining('tối đa 3 mỗi phút'), en: expect.stringContaining('at most 3 a minute') } });
      // Reading the public keys is not limited.
      expect((await fetch(`${server.url}/auth/jwks.json`)).status).toBe(200);
    } finally {
      await server.close();
      await identity.stop();
      await bus.close();
      await sql.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

identitySuite('identity endpoints on PGlite', async () => {
  const sql = await PGliteSqlClient.open();
  return { sql, schema: 'identity', close: () => sql.close() };
});

describeWithServer('identity endpoints on PostgreSQL', 'postgres', (url) => {
  identitySuite('on a schema of its own', async () => {
    const sql = new PgSqlClient({ connectionString: url });
    const schema = uniqueName('identity');
    return {
      sql,
      schema,
      close: async () => {
        await sql.exec(`drop schema if exists "${schema}" cascade`);
        await sql.close();
      },
    };
  });
});

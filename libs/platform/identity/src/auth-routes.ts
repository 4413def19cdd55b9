import type { IncomingMessage, ServerResponse } from 'node:http';
import { TokenRejected, type TokenAuthenticator } from '@hotline/platform-auth';
import { ClientRateLimit, clientAddressOf } from '@hotline/platform-gateway';
import type { RouteHandler } from '@hotline/platform-runtime';
import { readAuthBody, optionalTextField, textField, type AuthRequestBody } from './http-body';
import { IdentityRefusal } from './identity-refusal';
import { refuse } from './identity-wording';
import type { IdentityUseCases } from './identity-use-cases';

export interface AuthRoutesOptions {
  readonly trustedProxyHops: number;
  /** POST /auth/… requests one client address may make per minute. */
  readonly requestsPerMinute: number;
  readonly onInternalError?: (error: unknown) => void;
}

interface AuthCall {
  readonly request: IncomingMessage;
  readonly clientAddress: string;
  readonly body: AuthRequestBody;
}

type Endpoint = (call: AuthCall) => Promise<{ status: number; body: unknown }>;

const USERNAME = { vi: 'tên đăng nhập', en: 'The user name' };
const PASSWORD = { vi: 'mật khẩu', en: 'The password' };
const CODE = { vi: 'mã', en: 'The code' };
const TOKEN = { vi: 'mã token', en: 'The token' };

/**
 * The identity's HTTP endpoints, served by the gateway beside /graphql (README, "Signing in").
 * Answers are JSON, never cached; refusals carry the OAuth error code and Vietnamese/English text.
 */
export function authRoutes(identity: IdentityUseCases, authenticator: TokenAuthenticator, options: AuthRoutesOptions): RouteHandler {
  const limit = new ClientRateLimit({ limit: options.requestsPerMinute, windowMs: 60_000 });
  const caller = (call: AuthCall) => authenticator.callerOf(call.request.headers.authorization);
  const ok = (body: unknown, status = 200) => ({ status, body });

  const posts: Record<string, Endpoint> = {
    '/auth/token': (call) => tokenGrant(identity, call).then((body) => ok(body)),
    '/auth/revoke': async (call) => {
      await identity.revocation.revoke(textField(call.body, 'token', TOKEN, 4000), call.clientAddress);
      return ok({ revoked: true });
    },
    '/auth/bootstrap': async (call) => {
      const account = await identity.bootstrap.bootstrap({
        code: textField(call.body, 'code', CODE, 100),
        username: textField(call.body, 'username', USERNAME, 200),
        password: textField(call.body, 'password', PASSWORD),
        fullName: optionalTextField(call.body, 'fullName', { vi: 'họ tên', en: 'The full name' }, 200),
        clientAddress: call.clientAddress,
      });
      return ok({ username: account.username, role: account.role, unitCode: account.unitCode }, 201);
    },
    '/auth/activate': async (call) => {
      await identity.activation.activate({
        username: textField(call.body, 'username', USERNAME, 200),
        code: textField(call.body, 'code', CODE, 100),
        password: textField(call.body, 'password', PASSWORD),
        clientAddress: call.clientAddress,
      });
      return ok({ activated: true });
    },
    '/auth/activation-codes': async (call) => ok(await identity.activation.issue(await caller(call), textField(call.body, 'username', USERNAME, 200), call.clientAddress), 201),
    '/auth/totp/enroll': async (call) => {
      const { secret, otpauthUri } = await identity.totp.begin(await caller(call));
      return ok({ secret, otpauth_uri: otpauthUri }, 201);
    },
    '/auth/totp/confirm': async (call) => {
      await identity.totp.confirm(await caller(call), textField(call.body, 'code', CODE, 20), call.clientAddress);
      return ok({ enabled: true });
    },
    '/auth/clients': async (call) => {
      const { client, secret } = await identity.clients.register(await caller(call), { name: call.body['name'], scopes: call.body['scopes'] }, call.clientAddress);
      return ok({ client_id: client.clientId, client_secret: secret, name: client.name, scopes: client.scopes }, 201);
    },
    '/auth/clients/revoke': async (call) => {
      await identity.clients.revoke(await caller(call), textField(call.body, 'client_id', { vi: 'mã ứng dụng', en: 'The client id' }, 100), call.clientAddress);
      return ok({ revoked: true });
    },
  };
  const gets: Record<string, Endpoint> = {
    '/auth/jwks.json': async () => ok(identity.jwks()),
    '/auth/clients': async (call) => ok({ clients: await identity.clients.list(await caller(call)) }),
    '/auth/security-log': async (call) => {
      const url = new URL(call.request.url ?? '/', 'http://gateway');
      return ok({ entries: await identity.securityLog(await caller(call), { username: url.searchParams.get('username') ?? undefined, limit: Number(url.searchParams.get('limit') ?? 100) }) });
    },
  };

  return async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://gateway').pathname;
    if (path !== '/auth' && !path.startsWith('/auth/')) return false;
    const clientAddress = clientAddressOf(request, options.trustedProxyHops);
    try {
      const endpoint = request.method === 'POST' ? posts[path] : request.method === 'GET' ? gets[path] : undefined;
      if (!endpoint) {
        request.resume();
        send(response, posts[path] || gets[path] ? 405 : 404, failureBody(posts[path] || gets[path] ? methodNotAllowed() : notFound()));
        return true;
      }
      if (request.method === 'POST') {
        const decision = limit.take(clientAddress);
        if (!decision.allowed) {
          request.resume();
          send(response, 429, failureBody(tooMany(options.requestsPerMinute, decision.retryAfterSeconds)), { 'retry-after': String(decision.retryAfterSeconds) });
          return true;
        }
      }
      const body = request.method === 'POST' ? await readAuthBody(request) : {};
      const result = await endpoint({ request, clientAddress, body });
      send(response, result.status, result.body, path === '/auth/jwks.json' ? { 'cache-control': 'public, max-age=300' } : {});
    } catch (error) {
      const refusal = error instanceof TokenRejected ? new IdentityRefusal('invalid_token', error.reason, error.text) : error;
      if (refusal instanceof IdentityRefusal) {
        send(response, refusal.status, failureBody(refusal), refusal.status === 401 ? { 'www-authenticate': `Bearer error="${refusal.error === 'invalid_client' ? 'invalid_client' : 'invalid_token'}"` } : {});
      } else {
        options.onInternalError?.(error);
        send(response, 500, { error: 'server_error', message: { vi: 'Lỗi hệ thống, vui lòng thử lại sau.', en: 'Internal error, please try again later.' } });
      }
    }
    return true;
  };
}

async function tokenGrant(identity: IdentityUseCases, call: AuthCall) {
  const grant = textField(call.body, 'grant_type', { vi: 'loại cấp quyền', en: 'The grant type' }, 100);
  switch (grant) {
    case 'password':
      return identity.passwordSignIn.signIn({
        username: textField(call.body, 'username', USERNAME, 200),
        password: textField(call.body, 'password', PASSWORD),
        totp: optionalTextField(call.body, 'totp', CODE, 20),
        clientAddress: call.clientAddress,
      });
    case 'refresh_token':
      return identity.refresh.refresh(textField(call.body, 'refresh_token', TOKEN, 200), call.clientAddress);
    case 'client_credentials': {
      const basic = basicCredentials(call.request);
      return identity.clients.grant({
        clientId: basic?.id ?? textField(call.body, 'client_id', { vi: 'mã ứng dụng', en: 'The client id' }, 100),
        clientSecret: basic?.secret ?? textField(call.body, 'client_secret', { vi: 'khóa bí mật', en: 'The client secret' }, 200),
        scope: optionalTextField(call.body, 'scope', { vi: 'phạm vi', en: 'The scope' }, 500),
        clientAddress: call.clientAddress,
      });
    }
    default:
      throw refuse.unsupportedGrant(grant);
  }
}

/** RFC 6749 §2.3.1: client_id:client_secret, each form-encoded, in HTTP Basic. */
function basicCredentials(request: IncomingMessage): { id: string; secret: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/]+=*)$/i.exec(request.headers.authorization ?? '');
  if (!match) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  const component = (text: string) => decodeURIComponent(text.replace(/\+/g, ' '));
  try {
    return { id: component(decoded.slice(0, colon)), secret: component(decoded.slice(colon + 1)) };
  } catch {
    return null;
  }
}

function failureBody(refusal: IdentityRefusal) {
  return {
    error: refusal.error,
    reason: refusal.reason,
    error_description: refusal.text.en,
    message: refusal.text,
    ...(refusal.field ? { field: refusal.field } : {}),
    ...(refusal.problems ? { problems: refusal.problems.map((p) => ({ code: p.code, message: p.text })) } : {}),
  };
}

function notFound() {
  return new IdentityRefusal('not_found', 'no_such_endpoint', { vi: 'Không có đường dẫn này.', en: 'No such path.' });
}

function methodNotAllowed() {
  return new IdentityRefusal('invalid_request', 'method_not_allowed', { vi: 'Phương thức HTTP không được hỗ trợ ở đường dẫn này.', en: 'This path does not take this HTTP method.' });
}

function tooMany(perMinute: number, retryAfterSeconds: number) {
  return new IdentityRefusal('access_denied', 'rate_limited', {
    vi: `Quá nhiều yêu cầu từ địa chỉ này (tối đa ${perMinute} mỗi phút); vui lòng thử lại sau ${retryAfterSeconds} giây.`,
    en: `Too many requests from this address (at most ${perMinute} a minute); try again in ${retryAfterSeconds} s.`,
  });
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    'cache-control': 'no-store',
    pragma: 'no-cache',
    ...headers,
  });
  response.end(payload);
}

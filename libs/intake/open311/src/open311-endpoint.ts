import type { IncomingMessage, ServerResponse } from 'node:http';
import { open311ServiceDefinition, open311Services, readUrlEncodedForm, type FormFields, type FormReading } from '@hotline/intake-domain';
import type { BilingualText } from '@hotline/shared-contact';
import { readBoundedBody } from './bounded-body';
import type { Open311Clients } from './open311-clients';
import { open311Error, sendOpen311, sendOpen311Errors, type Open311Format } from './open311-response';
import type { Open311Answer, Open311ServiceRequests } from './open311-service-requests';
import { RequestRateLimit } from './request-rate-limit';

export interface Open311EndpointOptions {
  maxBodyBytes: number;
  postsPerHourPerKey: number;
  postsPerHourPerIp: number;
  /** Base URL shown in discovery; by default taken from the request's Host. */
  publicUrl?: string;
  now?: () => number;
  /** Where the details of a failure go; the caller only learns that it failed. */
  onInternalError?: (error: unknown) => void;
}

export const OPEN311_ROOT = '/open311';
const V2 = `${OPEN311_ROOT}/v2`;
const CHANGESET = '2026-03-01T00:00:00+07:00';
const HOUR_MS = 3_600_000;

const TEXT = {
  notFound: { vi: 'Không có tài nguyên Open311 này.', en: 'No such Open311 resource.' },
  method: { vi: 'Phương thức HTTP không được hỗ trợ ở đây.', en: 'HTTP method not supported here.' },
  jurisdiction: { vi: 'jurisdiction_id không đúng; dùng "vn" hoặc bỏ trống.', en: 'Unknown jurisdiction_id; use "vn" or leave it out.' },
  service: { vi: 'Không có service_code này.', en: 'No such service_code.' },
  mediaType: { vi: 'Gửi dưới dạng application/x-www-form-urlencoded (UTF-8).', en: 'Send application/x-www-form-urlencoded (UTF-8).' },
  apiKey: { vi: 'api_key thiếu, sai hoặc đã bị thu hồi.', en: 'The api_key is missing, invalid or revoked.' },
  rate: { vi: 'Gửi quá nhiều yêu cầu; thử lại sau.', en: 'Too many requests; try again later.' },
  aborted: { vi: 'Yêu cầu bị ngắt giữa chừng.', en: 'The request was cut off.' },
  invalidUtf8: { vi: 'Nội dung không phải UTF-8 hợp lệ.', en: 'The content is not valid UTF-8.' },
  invalidEncoding: { vi: 'Mã hoá phần trăm (%XX) không hợp lệ.', en: 'Invalid percent-encoding (%XX).' },
  tooManyFields: { vi: 'Quá nhiều trường.', en: 'Too many fields.' },
  internal: { vi: 'Lỗi hệ thống, vui lòng thử lại sau.', en: 'Internal error, please try again later.' },
} satisfies Record<string, BilingualText>;

type Resource =
  | { kind: 'discovery' }
  | { kind: 'services' }
  | { kind: 'service'; code: string }
  | { kind: 'requests' }
  | { kind: 'request'; id: string }
  | { kind: 'token'; token: string };

/**
 * Open311 GeoReport v2 on the intake service: discovery, services, service definitions, POST
 * and GET requests, tokens, in JSON and XML. Every refusal uses the spec's error list.
 */
export function open311Endpoint(
  deps: { requests: Open311ServiceRequests; clients: Open311Clients },
  options: Open311EndpointOptions,
): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  const perKey = new RequestRateLimit(options.postsPerHourPerKey, HOUR_MS, options.now);
  const perAddress = new RequestRateLimit(options.postsPerHourPerIp, HOUR_MS, options.now);

  const post = async (request: IncomingMessage, response: ServerResponse, format: Open311Format, query: FormFields): Promise<void> => {
    const refuse = (status: number, text: BilingualText, headers?: Record<string, string>) => sendOpen311Errors(response, status, format, open311Error(status, text), headers);
    const byAddress = perAddress.take(request.socket.remoteAddress ?? 'unknown');
    if (!byAddress.allowed) return refuse(429, TEXT.rate, { 'retry-after': String(byAddress.retryAfterSeconds) });
    if (!isFormEncoded(request.headers['content-type'])) return refuse(415, TEXT.mediaType, { connection: 'close' });
    const body = await readBoundedBody(request, options.maxBodyBytes);
    if (!body.ok) {
      if (body.reason === 'aborted') return refuse(400, TEXT.aborted, { connection: 'close' });
      return refuse(413, { vi: `Nội dung lớn hơn ${options.maxBodyBytes} byte.`, en: `The body is larger than ${options.maxBodyBytes} bytes.` }, { connection: 'close' });
    }
    const form = readUrlEncodedForm(body.bytes);
    if (!form.ok) return refuse(400, formProblem(form));
    const fields = new Map([...query, ...form.fields]);
    if (!knownJurisdiction(fields)) return refuse(404, TEXT.jurisdiction);
    const client = await deps.clients.identify(fields.get('api_key')?.[0] ?? '');
    if (!client) return refuse(403, TEXT.apiKey);
    const byKey = perKey.take(client.clientId);
    if (!byKey.allowed) return refuse(429, TEXT.rate, { 'retry-after': String(byKey.retryAfterSeconds) });
    answer(response, format, await deps.requests.submit(fields, client));
  };

  const get = async (request: IncomingMessage, response: ServerResponse, format: Open311Format, resource: Resource, query: FormFields): Promise<void> => {
    if (!knownJurisdiction(query)) return sendOpen311Errors(response, 404, format, open311Error(404, TEXT.jurisdiction));
    switch (resource.kind) {
      case 'discovery':
        return sendOpen311(response, 200, format, 'discovery', discovery(baseUrl(request, options.publicUrl)));
      case 'services':
        return sendOpen311(response, 200, format, 'services', open311Services());
      case 'service': {
        const definition = open311ServiceDefinition(resource.code);
        return definition ? sendOpen311(response, 200, format, 'service_definition', definition) : sendOpen311Errors(response, 404, format, open311Error(404, TEXT.service));
      }
      case 'requests':
        return answer(response, format, await deps.requests.search(query));
      case 'request':
        return answer(response, format, await deps.requests.one(resource.id));
      case 'token':
        return answer(response, format, await deps.requests.token(resource.token));
      default: {
        const unreachable: never = resource;
        return unreachable;
      }
    }
  };

  return async (request, response) => {
    const rawUrl = request.url ?? '/';
    const path = rawUrl.split('?')[0];
    if (path !== OPEN311_ROOT && !path.startsWith(`${OPEN311_ROOT}/`)) return false;
    const target = resourceOf(path);
    const format: Open311Format = target?.format ?? (path.endsWith('.xml') ? 'xml' : 'json');
    if (!target) {
      sendOpen311Errors(response, 404, format, open311Error(404, TEXT.notFound));
      return true;
    }
    const query = readUrlEncodedForm(Buffer.from(rawUrl.includes('?') ? rawUrl.slice(rawUrl.indexOf('?') + 1) : '', 'latin1'));
    if (!query.ok) {
      sendOpen311Errors(response, 400, format, open311Error(400, formProblem(query)));
      return true;
    }
    const allowed = target.resource.kind === 'requests' ? 'GET, POST' : 'GET';
    try {
      if (request.method === 'POST' && target.resource.kind === 'requests') await post(request, response, format, query.fields);
      else if (request.method === 'GET') await get(request, response, format, target.resource, query.fields);
      else sendOpen311Errors(response, 405, format, open311Error(405, TEXT.method), { allow: allowed });
    } catch (error) {
      options.onInternalError?.(error);
      if (!response.headersSent) sendOpen311Errors(response, 500, format, open311Error(500, TEXT.internal));
    }
    return true;
  };
}

/** Every answer that is a list of requests (POST, GET, tokens) has the same XML root in the spec. */
function answer<T>(response: ServerResponse, format: Open311Format, outcome: Open311Answer<T>): void {
  if (outcome.ok) sendOpen311(response, 200, format, 'service_requests', outcome.body);
  else sendOpen311Errors(response, outcome.status, format, outcome.errors);
}

function resourceOf(path: string): { resource: Resource; format: Open311Format } | null {
  const match = /^(.*)\.(json|xml)$/.exec(path);
  if (!match) return null;
  const [, name, format] = match as unknown as [string, string, Open311Format];
  if (name === `${OPEN311_ROOT}/discovery` || name === `${V2}/discovery`) return { resource: { kind: 'discovery' }, format };
  if (!name.startsWith(`${V2}/`)) return null;
  const rest = name.slice(V2.length + 1).split('/');
  const segment = rest[1] === undefined ? null : safeSegment(rest[1]);
  if (rest.length === 1 && rest[0] === 'services') return { resource: { kind: 'services' }, format };
  if (rest.length === 1 && rest[0] === 'requests') return { resource: { kind: 'requests' }, format };
  if (rest.length !== 2 || segment === null) return null;
  if (rest[0] === 'services') return { resource: { kind: 'service', code: segment }, format };
  if (rest[0] === 'requests') return { resource: { kind: 'request', id: segment }, format };
  if (rest[0] === 'tokens') return { resource: { kind: 'token', token: segment }, format };
  return null;
}

function safeSegment(raw: string): string | null {
  try {
    const text = decodeURIComponent(raw);
    return text.length > 0 && text.length <= 100 ? text : null;
  } catch {
    return null;
  }
}

function knownJurisdiction(fields: FormFields): boolean {
  const values = fields.get('jurisdiction_id');
  return values === undefined || (values.length === 1 && ['', 'vn'].includes(values[0].trim().toLowerCase()));
}

function isFormEncoded(contentType: string | undefined): boolean {
  const [type, ...parameters] = (contentType ?? '').toLowerCase().split(';').map((p) => p.trim());
  const charset = parameters.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  return type === 'application/x-www-form-urlencoded' && (charset === undefined || charset === 'utf-8' || charset === 'utf8');
}

function formProblem(form: Extract<FormReading, { ok: false }>): BilingualText {
  switch (form.problem) {
    case 'invalid_utf8':
      return TEXT.invalidUtf8;
    case 'invalid_encoding':
      return TEXT.invalidEncoding;
    case 'too_many_fields':
      return TEXT.tooManyFields;
    default: {
      const unreachable: never = form.problem;
      return unreachable;
    }
  }
}

function baseUrl(request: IncomingMessage, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  // The Host header is the caller's to write: only a plain host[:port] is echoed back.
  const host = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(request.headers.host ?? '') ? request.headers.host : 'localhost';
  return `http://${host}`;
}

function discovery(base: string) {
  return {
    changeset: CHANGESET,
    contact: 'Cục Kiểm soát ô nhiễm môi trường — đường dây nóng ô nhiễm môi trường (Department of Pollution Control — environmental pollution hotline)',
    key_service: 'Khoá api_key do quản trị viên hệ thống cấp cho từng đơn vị tích hợp. api_key values are issued to each integrator by the platform administrators.',
    endpoints: [{ specification: 'http://wiki.open311.org/GeoReport_v2', url: `${base}${V2}`, changeset: CHANGESET, type: 'production', formats: ['application/json', 'text/xml'] }],
  };
}

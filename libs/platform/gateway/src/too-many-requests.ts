import type { ServerResponse } from 'node:http';

/** 429 in the GraphQL error shape, with Retry-After and the limit in Vietnamese and English. */
export function sendTooManyRequests(response: ServerResponse, retryAfterSeconds: number, limit: { perMinute: number }): void {
  const message = {
    vi: `Quá nhiều yêu cầu từ địa chỉ này (tối đa ${limit.perMinute} mỗi phút); vui lòng thử lại sau ${retryAfterSeconds} giây.`,
    en: `Too many requests from this address (at most ${limit.perMinute} a minute); try again in ${retryAfterSeconds} s.`,
  };
  const body = JSON.stringify({ errors: [{ message: message.en, extensions: { code: 'RATE_LIMITED', message } }] });
  response.writeHead(429, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'retry-after': String(retryAfterSeconds),
    'cache-control': 'no-store',
  });
  response.end(body);
}

import type { IncomingMessage } from 'node:http';
import { clientAddressOf } from './client-address';
import { ClientRateLimit } from './client-rate-limit';

describe('per-address rate limit', () => {
  it('allows the limit per window and says how long to wait, then starts a new window', () => {
    let now = 0;
    const limit = new ClientRateLimit({ limit: 2, windowMs: 60_000 }, () => now);
    expect([limit.take('a'), limit.take('a')]).toEqual([{ allowed: true }, { allowed: true }]);
    now = 45_000;
    expect(limit.take('a')).toEqual({ allowed: false, retryAfterSeconds: 15 });
    expect(limit.take('b')).toEqual({ allowed: true });
    now = 60_000;
    expect(limit.take('a')).toEqual({ allowed: true });
  });
});

describe('client address', () => {
  const request = (remoteAddress: string, forwardedFor?: string) =>
    ({ socket: { remoteAddress }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } }) as unknown as IncomingMessage;

  it('is the socket peer, and ignores X-Forwarded-For unless a proxy is trusted (anyone can write the header)', () => {
    expect(clientAddressOf(request('::ffff:203.0.113.7', '198.51.100.1'))).toBe('203.0.113.7');
  });

  it('behind trusted proxies, reads X-Forwarded-For from the right, as many hops as are trusted', () => {
    expect(clientAddressOf(request('10.0.0.2', '203.0.113.7'), 1)).toBe('203.0.113.7');
    // A client that writes its own header cannot choose its address: the proxy appended the real one.
    expect(clientAddressOf(request('10.0.0.2', '1.2.3.4, 203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientAddressOf(request('10.0.0.3', '1.2.3.4, 203.0.113.7, 10.0.0.2'), 2)).toBe('203.0.113.7');
    expect(clientAddressOf(request('10.0.0.2'), 1)).toBe('10.0.0.2');
  });
});

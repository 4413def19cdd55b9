import { RequestRateLimit } from './request-rate-limit';

describe('request rate limit', () => {
  it('allows the limit per key and window, says when to retry, and starts again in the next window', () => {
    let now = 1_000_000;
    const limit = new RequestRateLimit(2, 60_000, () => now);
    expect(limit.take('key-a')).toEqual({ allowed: true });
    expect(limit.take('key-a')).toEqual({ allowed: true });
    expect(limit.take('key-b')).toEqual({ allowed: true });
    now += 15_000;
    expect(limit.take('key-a')).toEqual({ allowed: false, retryAfterSeconds: 45 });
    now += 45_000;
    expect(limit.take('key-a')).toEqual({ allowed: true });
  });
});

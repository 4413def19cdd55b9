import { afterFailedSignIn, lockedAt, UNTHROTTLED, type SignInThrottle } from './sign-in-lockout';

describe('sign-in lockout', () => {
  const at = (minutes: number) => new Date(Date.UTC(2026, 1, 13, 2, 0) + minutes * 60_000);
  const policy = { maxFailures: 5, lockMinutes: 15 };

  it('locks on the fifth failure in a row, for 15 minutes', () => {
    let throttle: SignInThrottle = UNTHROTTLED;
    const locks: boolean[] = [];
    for (let i = 0; i < 5; i++) {
      const outcome = afterFailedSignIn(throttle, at(i), policy);
      throttle = outcome.throttle;
      locks.push(outcome.lockedNow);
    }
    expect(locks).toEqual([false, false, false, false, true]);
    expect(throttle).toEqual({ failures: 5, lockedUntil: at(4 + 15).toISOString() });
    expect(lockedAt(throttle, at(18))).toBe(true);
    expect(lockedAt(throttle, at(19))).toBe(false);
  });

  it('does not extend a running lock, and counts from one again once it has expired', () => {
    const locked: SignInThrottle = { failures: 5, lockedUntil: at(15).toISOString() };
    expect(afterFailedSignIn(locked, at(10), policy)).toEqual({ throttle: locked, lockedNow: false });
    expect(afterFailedSignIn(locked, at(16), policy)).toEqual({ throttle: { failures: 1, lockedUntil: null }, lockedNow: false });
  });
});

/** How many wrong passwords in a row lock a user name, and for how long. */
export interface LockoutPolicy {
  readonly maxFailures: number;
  readonly lockMinutes: number;
}

export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = { maxFailures: 5, lockMinutes: 15 };

/** The failed sign-ins recorded for one user name (known or not: an unknown name locks the same way). */
export interface SignInThrottle {
  readonly failures: number;
  /** ISO instant; null when not locked. */
  readonly lockedUntil: string | null;
}

export const UNTHROTTLED: SignInThrottle = { failures: 0, lockedUntil: null };

export function lockedAt(throttle: SignInThrottle, now: Date): boolean {
  return throttle.lockedUntil !== null && Date.parse(throttle.lockedUntil) > now.getTime();
}

export interface FailedSignInOutcome {
  readonly throttle: SignInThrottle;
  /** This failure was the one that locked the name. */
  readonly lockedNow: boolean;
}

/** One more failure; the `maxFailures`-th locks the name for `lockMinutes`. An expired lock starts the count again. */
export function afterFailedSignIn(throttle: SignInThrottle, now: Date, policy: LockoutPolicy = DEFAULT_LOCKOUT_POLICY): FailedSignInOutcome {
  if (lockedAt(throttle, now)) return { throttle, lockedNow: false };
  const failures = (throttle.lockedUntil === null ? throttle.failures : 0) + 1;
  if (failures < policy.maxFailures) return { throttle: { failures, lockedUntil: null }, lockedNow: false };
  return { throttle: { failures, lockedUntil: new Date(now.getTime() + policy.lockMinutes * 60_000).toISOString() }, lockedNow: true };
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const MAX_TRACKED_KEYS = 50_000;

/**
 * A fixed-window request counter per key (api key, client address). It lives in the process:
 * with several intake instances each one counts its own share, which only makes the limit looser.
 */
export class RequestRateLimit {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): RateDecision {
    const now = this.now();
    const current = this.windows.get(key);
    const window = current && now - current.startedAt < this.windowMs ? current : { startedAt: now, count: 0 };
    if (window.count >= this.limit) return { allowed: false, retryAfterSeconds: Math.ceil((window.startedAt + this.windowMs - now) / 1000) };
    window.count += 1;
    this.windows.set(key, window);
    if (this.windows.size > MAX_TRACKED_KEYS) this.forgetEnded(now);
    return { allowed: true };
  }

  /** A flood of new addresses must not grow memory without bound. */
  private forgetEnded(now: number): void {
    for (const [key, window] of this.windows) if (now - window.startedAt >= this.windowMs) this.windows.delete(key);
    if (this.windows.size > MAX_TRACKED_KEYS) this.windows.clear();
  }
}

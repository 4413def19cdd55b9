/** How many requests one key (a client address) may make per window. */
export interface RateLimitPolicy {
  readonly limit: number;
  readonly windowMs: number;
}

export type RateLimitDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

// Bounds the memory one flood of spoofed sources can take; the oldest windows go first.
const MAX_TRACKED_KEYS = 100_000;

/**
 * A fixed-window counter per key, in memory: each gateway replica limits on its own, which is
 * what a per-address limit against one abusive client needs.
 */
export class ClientRateLimit {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    private readonly policy: RateLimitPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): RateLimitDecision {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= this.policy.windowMs) {
      this.windows.delete(key);
      window = { startedAt: now, count: 0 };
      this.windows.set(key, window);
      this.evictOldest();
    }
    if (window.count >= this.policy.limit) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + this.policy.windowMs - now) / 1000)) };
    }
    window.count += 1;
    return { allowed: true };
  }

  private evictOldest(): void {
    // A Map iterates in insertion order, and a key is re-inserted when its window restarts.
    for (const key of this.windows.keys()) {
      if (this.windows.size <= MAX_TRACKED_KEYS) return;
      this.windows.delete(key);
    }
  }
}

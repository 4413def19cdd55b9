const WINDOW_MS = 60_000;
// Forget finished windows once this many clients are remembered, so a flood of addresses cannot grow memory.
const PRUNE_ABOVE = 10_000;

/** How many evidence uploads one client address may make per minute (a fixed one-minute window). */
export class UploadAllowance {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts an upload; false when the client has used up this minute's allowance. */
  take(client: string): boolean {
    const now = this.now();
    if (this.windows.size > PRUNE_ABOVE) this.prune(now);
    const window = this.windows.get(client);
    if (!window || now - window.start >= WINDOW_MS) {
      this.windows.set(client, { start: now, count: 1 });
      return true;
    }
    window.count += 1;
    return window.count <= this.perMinute;
  }

  /** Seconds until the client's window ends (for Retry-After). */
  secondsLeft(client: string): number {
    const window = this.windows.get(client);
    return window ? Math.max(1, Math.ceil((window.start + WINDOW_MS - this.now()) / 1000)) : 0;
  }

  private prune(now: number): void {
    for (const [client, window] of this.windows) if (now - window.start >= WINDOW_MS) this.windows.delete(client);
  }
}

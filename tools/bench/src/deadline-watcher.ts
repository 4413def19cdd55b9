import { performance } from 'node:perf_hooks';
import { callGraphql } from './graphql-caller';
import { deadlinesQuery } from './pipeline-workload';

const POLL_INTERVAL_MS = 20;
const BATCH = 100;

/**
 * Watches the deadline subgraph, as a handler's screen would, until each case shows the step
 * awaited. Pending cases are asked for together every 20 ms, so the lag measured is at most
 * that much late, and the polling load stays one request per tick whatever the concurrency.
 */
export class DeadlineWatcher {
  private readonly pending = new Map<string, { resolve: (visibleAt: number) => void; reject: (error: Error) => void }>();
  private timer?: NodeJS.Timeout;
  private polling = false;

  constructor(
    private readonly url: string,
    private readonly step: string,
  ) {}

  /** Resolves with performance.now() at the poll that first saw the step. */
  visible(caseId: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.pending.set(caseId, { resolve, reject });
      this.timer ??= setInterval(() => void this.poll(), POLL_INTERVAL_MS);
    });
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    for (const waiter of this.pending.values()) waiter.reject(new Error('watcher stopped'));
    this.pending.clear();
  }

  private async poll(): Promise<void> {
    if (this.polling || this.pending.size === 0) return;
    this.polling = true;
    try {
      const ids = [...this.pending.keys()].slice(0, BATCH);
      const answer = await callGraphql(this.url, deadlinesQuery(ids), {}, 'handler');
      if (answer.errors?.length) throw new Error(`deadline subgraph: ${answer.errors[0].message}`);
      const seenAt = performance.now();
      for (const entity of (answer.data?.['_entities'] ?? []) as { id: string; deadlines: { step: string }[] }[]) {
        if (!entity.deadlines.some((d) => d.step === this.step)) continue;
        this.pending.get(entity.id)?.resolve(seenAt);
        this.pending.delete(entity.id);
      }
    } catch (error) {
      for (const waiter of this.pending.values()) waiter.reject(error as Error);
      this.pending.clear();
    } finally {
      this.polling = false;
      if (this.pending.size === 0) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    }
  }
}

import { systemActor } from '@hotline/contracts-events';
import { DeadlineRuleViolation } from '@hotline/deadline-domain';
import type { SqlClient, SqlExecutor } from '@hotline/platform-sql';
import type { Clock } from './clock';
import type { DeadlineRepository } from './deadline-repository';
import type { DurableTimer, DurableTimers } from './durable-timers';

export interface TimerSchedulerOptions {
  sql: SqlClient;
  timers: DurableTimers;
  repository: DeadlineRepository;
  clock: Clock;
  /** Longest sleep between two looks at the table: bounds how late a timer armed elsewhere fires. */
  pollIntervalMs?: number;
  /** Timers fired per transaction. */
  batchSize?: number;
  /** First delay after a failed tick; doubles per attempt up to `maxRetryDelayMs`. */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
  onError?: (error: unknown, timer?: DurableTimer) => void;
}

const TIMER_ACTOR = systemActor('deadline-timer');
const MIN_SLEEP_MS = 20;

/**
 * Fires due timers by sending the deadline a Tick. Correctness never rests on this process's
 * memory: the table says what is due, and setTimeout only decides when to look again.
 * On PostgreSQL each batch is claimed with `for update skip locked`, so replicas share the work
 * and never fire one timer twice; PGlite has a single connection, so a plain select suffices.
 * Even a timer fired twice would append nothing twice: Tick emits a warning or a breach once.
 */
export class TimerScheduler {
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly retryDelayMs: number;
  private readonly maxRetryDelayMs: number;
  private running = false;
  private loop?: Promise<void>;
  private wakeUp?: () => void;
  private wakeRequested = false;

  constructor(private readonly options: TimerSchedulerOptions) {
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.batchSize = options.batchSize ?? 50;
    this.retryDelayMs = options.retryDelayMs ?? 1_000;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 300_000;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Looks at the table now rather than at the end of the current sleep (a timer was armed). */
  wake(): void {
    this.wakeRequested = true;
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
    this.loop = undefined;
  }

  /** One pass: fires up to one batch of due timers; returns how many this call fired. */
  async fireDue(): Promise<number> {
    return (await this.pass()).fired;
  }

  private async pass(): Promise<{ claimed: number; fired: number }> {
    const now = this.options.clock.now();
    const { sql, timers } = this.options;
    if (sql.dialect === 'postgres') {
      return sql.transaction(async (tx) => this.fireAll(tx, await timers.due(tx, now, this.batchSize, true), now));
    }
    return this.fireAll(sql, await timers.due(sql, now, this.batchSize, false), now);
  }

  private async fireAll(executor: SqlExecutor, due: readonly DurableTimer[], now: Date): Promise<{ claimed: number; fired: number }> {
    let fired = 0;
    for (const timer of due) {
      if (await this.fire(executor, timer, now)) fired += 1;
    }
    return { claimed: due.length, fired };
  }

  private async fire(executor: SqlExecutor, timer: DurableTimer, now: Date): Promise<boolean> {
    const { timers, repository } = this.options;
    try {
      await repository.handle(timer.deadlineId, { type: 'Tick', data: { now: now.toISOString() } }, { actor: TIMER_ACTOR, correlationId: timer.deadlineId });
      return await timers.markFired(executor, timer);
    } catch (error) {
      this.options.onError?.(error, timer);
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      if (error instanceof DeadlineRuleViolation) {
        await timers.markAbandoned(executor, timer, reason);
      } else {
        const delay = Math.min(this.retryDelayMs * 2 ** timer.attempts, this.maxRetryDelayMs);
        await timers.markFailed(executor, timer, reason, new Date(now.getTime() + delay));
      }
      return false;
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      let busy = false;
      this.wakeRequested = false;
      try {
        busy = (await this.pass()).claimed >= this.batchSize;
      } catch (error) {
        this.options.onError?.(error);
      }
      if (!this.running) break;
      if (!busy) await this.sleep(await this.untilNextTimer());
    }
  }

  private async untilNextTimer(): Promise<number> {
    try {
      const next = await this.options.timers.nextAttemptAt();
      if (!next) return this.pollIntervalMs;
      // The floor keeps a timer claimed by another replica from turning this loop into a spin.
      return Math.max(MIN_SLEEP_MS, Math.min(next.getTime() - this.options.clock.now().getTime(), this.pollIntervalMs));
    } catch (error) {
      this.options.onError?.(error);
      return this.pollIntervalMs;
    }
  }

  /** A wake-up that arrived during the last pass ends the sleep before it starts. */
  private sleep(ms: number): Promise<void> {
    if (this.wakeRequested) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(finish, ms);
      this.wakeUp = finish;
      function finish(): void {
        clearTimeout(timer);
        resolve();
      }
    });
  }
}

import type { DeadlineEvent } from '@hotline/deadline-domain';
import type { ProcessedEvents } from '@hotline/platform-event-bus';
import type { RecordedEvent } from '@hotline/platform-event-store';
import { sqlIdentifier, type SqlClient, type SqlExecutor } from '@hotline/platform-sql';
import { migrateSchema } from './schema-migration';
import { isDeadlineEvent, toDeadlineEvent } from './stored-deadline-event';

export type TimerKind = 'warning' | 'due';
export type TimerStatus = 'pending' | 'fired' | 'cancelled';

export interface DurableTimer {
  readonly deadlineId: string;
  readonly kind: TimerKind;
  /** When the deadline's own events say the tick is due. */
  readonly fireAt: Date;
  readonly status: TimerStatus;
  readonly attempts: number;
  readonly lastError: string | null;
  /** `fireAt`, or later after a failed attempt. */
  readonly nextAttemptAt: Date;
}

export interface TimerBacklog {
  readonly pending: number;
  /** Pending timers whose last attempt failed. */
  readonly failing: number;
  /** How long the oldest due-but-unfired timer has waited, in seconds; 0 when none. */
  readonly oldestOverdueLagSeconds: number;
}

interface Row {
  deadline_id: string;
  kind: TimerKind;
  fire_at: Date;
  status: TimerStatus;
  attempts: number;
  last_error: string | null;
  next_attempt_at: Date;
}

const CONSUMER = 'deadline-timers';

/**
 * The source of truth for when to tick: rows armed from the deadline's own events, so a timer
 * survives restarts and is shared by every replica. In-memory timers are only wake-ups.
 */
export class DurableTimers {
  private readonly table: string;

  constructor(
    private readonly sql: SqlClient,
    private readonly processed: ProcessedEvents,
    private readonly schema = 'deadline',
  ) {
    this.table = `${sqlIdentifier(schema)}.timers`;
  }

  async migrate(): Promise<void> {
    await this.processed.migrate();
    await migrateSchema(this.sql, `hotline.${this.schema}.timers`, [
      `create schema if not exists ${sqlIdentifier(this.schema)}`,
      `create table if not exists ${this.table} (
        deadline_id text not null,
        kind text not null check (kind in ('warning', 'due')),
        fire_at timestamptz not null,
        status text not null check (status in ('pending', 'fired', 'cancelled')),
        attempts int4 not null default 0,
        last_error text,
        next_attempt_at timestamptz not null,
        updated_at timestamptz not null default now(),
        primary key (deadline_id, kind)
      )`,
      `create index if not exists timers_pending_idx on ${this.table} (next_attempt_at) where status = 'pending'`,
    ]);
  }

  /** Projects the deadline's events onto its timers, each event once even when redelivered. */
  async arm(events: readonly RecordedEvent[]): Promise<void> {
    for (const recorded of events) {
      if (!isDeadlineEvent(recorded)) continue;
      const event = toDeadlineEvent(recorded);
      await this.processed.applyOnce(CONSUMER, recorded.eventId, (tx) => this.project(tx, event));
    }
  }

  private async project(tx: SqlExecutor, event: DeadlineEvent): Promise<void> {
    switch (event.type) {
      case 'DeadlineScheduled':
        await this.set(tx, event.data.deadlineId, event.data.warnAt, event.data.dueAt);
        return;
      case 'DeadlineResumed':
      case 'DeadlineExtended':
      case 'DeadlineReclassified':
        await this.set(tx, event.data.deadlineId, event.data.newWarnAt, event.data.newDueAt);
        return;
      // A paused clock has nothing to fire; resuming arms the timers again at the new times.
      case 'DeadlinePaused':
      case 'DeadlineCompleted':
      case 'DeadlineCancelled':
        await tx.query(`update ${this.table} set status = 'cancelled', updated_at = now() where deadline_id = $1 and status = 'pending'`, [
          event.data.deadlineId,
        ]);
        return;
      case 'DeadlineWarningDue':
      case 'DeadlineBreached':
        return;
      default: {
        const unreachable: never = event;
        return unreachable;
      }
    }
  }

  private async set(tx: SqlExecutor, deadlineId: string, warnAt: string, dueAt: string): Promise<void> {
    await tx.query(
      `insert into ${this.table} (deadline_id, kind, fire_at, status, next_attempt_at)
       values ($1, 'warning', $2, 'pending', $2), ($1, 'due', $3, 'pending', $3)
       on conflict (deadline_id, kind) do update set fire_at = excluded.fire_at, status = 'pending', attempts = 0,
         last_error = null, next_attempt_at = excluded.next_attempt_at, updated_at = now()`,
      [deadlineId, warnAt, dueAt],
    );
  }

  /**
   * Pending timers whose attempt time has come, oldest first. With `claim`, each returned row is
   * locked for the caller's transaction and skipped by every other replica's claim.
   */
  async due(executor: SqlExecutor, now: Date, limit: number, claim: boolean): Promise<DurableTimer[]> {
    const rows = await executor.query<Row>(
      `select deadline_id, kind, fire_at, status, attempts, last_error, next_attempt_at from ${this.table}
       where status = 'pending' and next_attempt_at <= $1
       order by next_attempt_at, deadline_id, kind limit $2${claim ? ' for update skip locked' : ''}`,
      [now.toISOString(), limit],
    );
    return rows.map(toDurableTimer);
  }

  /**
   * Marks a timer fired unless its deadline re-armed it meanwhile (a resumption moving it):
   * the guard on the attempt time keeps the new arming. Returns whether it was marked.
   */
  async markFired(executor: SqlExecutor, timer: DurableTimer): Promise<boolean> {
    const rows = await executor.query(
      `update ${this.table} set status = 'fired', attempts = attempts + 1, last_error = null, updated_at = now()
       where deadline_id = $1 and kind = $2 and status = 'pending' and next_attempt_at = $3 returning deadline_id`,
      [timer.deadlineId, timer.kind, timer.nextAttemptAt.toISOString()],
    );
    return rows.length === 1;
  }

  async markFailed(executor: SqlExecutor, timer: DurableTimer, error: string, retryAt: Date): Promise<void> {
    await executor.query(
      `update ${this.table} set attempts = attempts + 1, last_error = $4, next_attempt_at = $5, updated_at = now()
       where deadline_id = $1 and kind = $2 and status = 'pending' and next_attempt_at = $3`,
      [timer.deadlineId, timer.kind, timer.nextAttemptAt.toISOString(), error.slice(0, 2000), retryAt.toISOString()],
    );
  }

  /** A timer that can never succeed (its deadline does not exist) is set aside with the reason. */
  async markAbandoned(executor: SqlExecutor, timer: DurableTimer, error: string): Promise<void> {
    await executor.query(
      `update ${this.table} set status = 'cancelled', attempts = attempts + 1, last_error = $4, updated_at = now()
       where deadline_id = $1 and kind = $2 and status = 'pending' and next_attempt_at = $3`,
      [timer.deadlineId, timer.kind, timer.nextAttemptAt.toISOString(), error.slice(0, 2000)],
    );
  }

  async nextAttemptAt(): Promise<Date | undefined> {
    const [row] = await this.sql.query<{ next: Date | null }>(`select min(next_attempt_at) as next from ${this.table} where status = 'pending'`);
    return row?.next ? new Date(row.next) : undefined;
  }

  async timersOf(deadlineId: string): Promise<DurableTimer[]> {
    const rows = await this.sql.query<Row>(
      `select deadline_id, kind, fire_at, status, attempts, last_error, next_attempt_at from ${this.table} where deadline_id = $1 order by kind desc`,
      [deadlineId],
    );
    return rows.map(toDurableTimer);
  }

  async backlog(now: Date): Promise<TimerBacklog> {
    const [row] = await this.sql.query<{ pending: number; failing: number; lag: number | null }>(
      `select count(*)::int8 as pending,
              count(*) filter (where last_error is not null)::int8 as failing,
              extract(epoch from ($1::timestamptz - min(fire_at) filter (where fire_at <= $1::timestamptz)))::float8 as lag
       from ${this.table} where status = 'pending'`,
      [now.toISOString()],
    );
    return { pending: row.pending, failing: row.failing, oldestOverdueLagSeconds: Math.max(0, Math.round(row.lag ?? 0)) };
  }
}

function toDurableTimer(row: Row): DurableTimer {
  return {
    deadlineId: row.deadline_id,
    kind: row.kind,
    fireAt: new Date(row.fire_at),
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    nextAttemptAt: new Date(row.next_attempt_at),
  };
}

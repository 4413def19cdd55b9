import type { BilingualText, DeadlineEvent } from '@hotline/deadline-domain';
import type { ProcessedEvents } from '@hotline/platform-event-bus';
import type { RecordedEvent } from '@hotline/platform-event-store';
import { sqlIdentifier, type SqlClient, type SqlExecutor, decodeCursor, encodeCursor, pageSizeOf, type Page, type PageRequest } from '@hotline/platform-sql';
import { CaseFacts } from './case-facts';
import { INTAKE_DESK_STEPS } from './intake-desk';

import { migrateSchema } from './schema-migration';
import { isDeadlineEvent, toDeadlineEvent } from './stored-deadline-event';

export type DeadlineStatus = 'running' | 'paused' | 'completed' | 'cancelled';

/** One deadline as officers see it in their inbox. Instants in UTC. */
export interface DeadlineView {
  readonly deadlineId: string;
  readonly subjectId: string;
  readonly step: string;
  /** The unit responsible while the deadline was open; kept once it closes, for on-time figures. */
  readonly unitCode: string | null;
  readonly status: DeadlineStatus;
  readonly triggeredAt: string;
  readonly dueAt: string;
  readonly warnAt: string;
  readonly policyVersion: number;
  readonly warnedAt: string | null;
  readonly breachedAt: string | null;
  readonly pausedAt: string | null;
  readonly completedAt: string | null;
  readonly onTime: boolean | null;
  readonly explanation: BilingualText;
  readonly updatedAt: string;
}

interface Row {
  deadline_id: string;
  subject_id: string;
  step: string;
  unit_code: string | null;
  status: DeadlineStatus;
  triggered_at: Date;
  due_at: Date;
  warn_at: Date;
  policy_version: number;
  warned_at: Date | null;
  breached_at: Date | null;
  paused_at: Date | null;
  completed_at: Date | null;
  on_time: boolean | null;
  explanation_vi: string;
  explanation_en: string;
  updated_at: Date;
}

export const DEADLINE_READ_MODEL = 'deadline-read-model';

/**
 * The deadlines projection, fed from the service's own store, and its queries. Each event is
 * applied in the same transaction that records it as processed, so a redelivery changes nothing.
 */
export class DeadlineReadModel {
  private readonly table: string;
  private readonly cases: string;

  constructor(
    private readonly sql: SqlClient,
    private readonly processed: ProcessedEvents,
    private readonly schema = 'deadline',
  ) {
    this.table = `${sqlIdentifier(schema)}.deadlines`;
    this.cases = new CaseFacts(sql, schema).table;
  }

  async migrate(): Promise<void> {
    await this.processed.migrate();
    await new CaseFacts(this.sql, this.schema).migrate();
    await migrateSchema(this.sql, `hotline.${this.schema}.deadlines`, [
      `create schema if not exists ${sqlIdentifier(this.schema)}`,
      `create table if not exists ${this.table} (
        deadline_id text primary key,
        subject_id text not null,
        step text not null,
        unit_code text,
        status text not null check (status in ('running', 'paused', 'completed', 'cancelled')),
        triggered_at timestamptz not null,
        due_at timestamptz not null,
        warn_at timestamptz not null,
        policy_version int4 not null,
        warned_at timestamptz,
        breached_at timestamptz,
        paused_at timestamptz,
        completed_at timestamptz,
        on_time boolean,
        explanation_vi text not null,
        explanation_en text not null,
        updated_at timestamptz not null default now()
      )`,
      `create index if not exists deadlines_subject_idx on ${this.table} (subject_id)`,
      `create index if not exists deadlines_open_by_unit_idx on ${this.table} (unit_code, due_at, deadline_id) where status = 'running'`,
    ]);
  }

  /** Handler for the catch-up subscription on the deadline store. */
  readonly apply = async (events: readonly RecordedEvent[]): Promise<void> => {
    for (const recorded of events) {
      if (!isDeadlineEvent(recorded)) continue;
      await this.processed.applyOnce(DEADLINE_READ_MODEL, recorded.eventId, (tx) => this.project(tx, toDeadlineEvent(recorded), recorded.occurredAt));
    }
  };

  /**
   * Lists the case's open deadlines under another unit (assignment, escalation). Closed ones keep
   * the unit that had them, and the intake desk keeps its own.
   */
  async assignUnit(tx: SqlExecutor, caseId: string, unitCode: string): Promise<void> {
    await tx.query(
      `update ${this.table} set unit_code = $2, updated_at = now() where subject_id = $1 and status in ('running', 'paused') and step <> all($3::text[])`,
      [caseId, unitCode, [...INTAKE_DESK_STEPS]],
    );
  }

  private async project(tx: SqlExecutor, event: DeadlineEvent, occurredAt: string): Promise<void> {
    switch (event.type) {
      case 'DeadlineScheduled': {
        const d = event.data;
        // The share lock orders this insert with a concurrent unit change of the same case.
        await tx.query(
          `insert into ${this.table} (deadline_id, subject_id, step, unit_code, status, triggered_at, due_at, warn_at, policy_version, explanation_vi, explanation_en)
           values ($1, $2, $3, (select case when $3 = any($10::text[]) then coalesce(desk_unit_code, unit_code) else unit_code end
                                from ${this.cases} where case_id = $2 for share), 'running', $4, $5, $6, $7, $8, $9)
           on conflict (deadline_id) do nothing`,
          [d.deadlineId, d.subjectId, d.step, d.triggeredAt, d.dueAt, d.warnAt, d.policyVersion, d.explanation.vi, d.explanation.en, [...INTAKE_DESK_STEPS]],
        );
        return;
      }
      case 'DeadlinePaused':
        await this.update(tx, event.data.deadlineId, `status = 'paused', paused_at = $2`, [event.data.pausedAt]);
        return;
      case 'DeadlineResumed':
      case 'DeadlineExtended': {
        const d = event.data;
        await this.update(tx, d.deadlineId, `status = 'running', paused_at = null, due_at = $2, warn_at = $3, explanation_vi = $4, explanation_en = $5`, [
          d.newDueAt,
          d.newWarnAt,
          d.explanation.vi,
          d.explanation.en,
        ]);
        return;
      }
      case 'DeadlineReclassified': {
        const d = event.data;
        await this.update(tx, d.deadlineId, `due_at = $2, warn_at = $3, explanation_vi = $4, explanation_en = $5`, [d.newDueAt, d.newWarnAt, d.explanation.vi, d.explanation.en]);
        return;
      }
      case 'DeadlineWarningDue':
        await this.update(tx, event.data.deadlineId, `warned_at = $2`, [occurredAt]);
        return;
      case 'DeadlineBreached':
        await this.update(tx, event.data.deadlineId, `breached_at = $2`, [occurredAt]);
        return;
      case 'DeadlineCompleted':
        await this.update(tx, event.data.deadlineId, `status = 'completed', completed_at = $2, on_time = $3`, [event.data.completedAt, event.data.onTime]);
        return;
      case 'DeadlineCancelled':
        await this.update(tx, event.data.deadlineId, `status = 'cancelled'`, []);
        return;
      default: {
        const unreachable: never = event;
        return unreachable;
      }
    }
  }

  private async update(tx: SqlExecutor, deadlineId: string, assignments: string, values: readonly unknown[]): Promise<void> {
    await tx.query(`update ${this.table} set ${assignments}, updated_at = now() where deadline_id = $1`, [deadlineId, ...values]);
  }

  async deadline(deadlineId: string): Promise<DeadlineView | undefined> {
    const [row] = await this.sql.query<Row>(`select * from ${this.table} where deadline_id = $1`, [deadlineId]);
    return row ? toDeadlineView(row) : undefined;
  }

  async deadlinesOfCase(caseId: string): Promise<DeadlineView[]> {
    const rows = await this.sql.query<Row>(`select * from ${this.table} where subject_id = $1 order by triggered_at, due_at, deadline_id`, [caseId]);
    return rows.map(toDeadlineView);
  }

  /** Open deadlines of the unit whose breach has been recorded, the longest overdue first. */
  overdue(unitCode: string, page: PageRequest = {}): Promise<Page<DeadlineView>> {
    return this.page(`unit_code = $1 and status = 'running' and breached_at is not null`, [unitCode], page);
  }

  /** Open deadlines of the unit falling due within the next `withinHours`, soonest first. */
  dueSoon(unitCode: string, withinHours: number, now: Date, page: PageRequest = {}): Promise<Page<DeadlineView>> {
    if (!(withinHours > 0)) throw new RangeError(`withinHours must be positive, got ${withinHours}`);
    const until = new Date(now.getTime() + withinHours * 3_600_000);
    return this.page(`unit_code = $1 and status = 'running' and breached_at is null and due_at > $2 and due_at <= $3`, [unitCode, now.toISOString(), until.toISOString()], page);
  }

  /** Keyset pagination on (due_at, deadline_id): pages stay consistent while deadlines are added. */
  private async page(condition: string, values: readonly unknown[], request: PageRequest): Promise<Page<DeadlineView>> {
    const limit = pageSizeOf(request.limit);
    const after = request.after ? decodeCursor(request.after) : undefined;
    const n = values.length;
    const rows = await this.sql.query<Row>(
      `select * from ${this.table} where ${condition}
       and ($${n + 1}::timestamptz is null or (due_at, deadline_id) > ($${n + 1}::timestamptz, $${n + 2}::text))
       order by due_at, deadline_id limit $${n + 3}`,
      [...values, after?.at ?? null, after?.id ?? null, limit + 1],
    );
    const items = rows.slice(0, limit).map(toDeadlineView);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeCursor({ at: last.dueAt, id: last.deadlineId }) : null };
  }
}

function iso(value: Date | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

function toDeadlineView(row: Row): DeadlineView {
  return {
    deadlineId: row.deadline_id,
    subjectId: row.subject_id,
    step: row.step,
    unitCode: row.unit_code,
    status: row.status,
    triggeredAt: new Date(row.triggered_at).toISOString(),
    dueAt: new Date(row.due_at).toISOString(),
    warnAt: new Date(row.warn_at).toISOString(),
    policyVersion: row.policy_version,
    warnedAt: iso(row.warned_at),
    breachedAt: iso(row.breached_at),
    pausedAt: iso(row.paused_at),
    completedAt: iso(row.completed_at),
    onTime: row.on_time,
    explanation: { vi: row.explanation_vi, en: row.explanation_en },
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

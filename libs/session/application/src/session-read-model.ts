import type { ProcessedEvents } from '@hotline/platform-event-bus';
import type { RecordedEvent } from '@hotline/platform-event-store';
import { decodeCursor, encodeCursor, pageSizeOf, sqlIdentifier, type Page, type SqlClient, type SqlExecutor } from '@hotline/platform-sql';
import type { ResultsTotals, SessionEvent, SessionOfficial, SessionPlan, SessionStatus } from '@hotline/session-domain';
import { migrateSchema } from './schema-migration';
import { isSessionStreamEvent, toSessionEvent } from './session-streams';

/** The read model's subscriber id: keys its checkpoint and its processed-event records. */
export const SESSION_READ_MODEL = 'session-read-model';

/** One session as the console and the public page read it. Instants in UTC. */
export interface SessionView {
  readonly sessionId: string;
  readonly status: SessionStatus;
  readonly hostUnitCode: string;
  readonly coHostUnitCodes: readonly string[];
  readonly topic: string;
  readonly subtopics: readonly string[];
  readonly startsAt: string;
  readonly endsAt: string;
  readonly officials: readonly SessionOfficial[];
  readonly intakeOpensAt: string | null;
  readonly intakeClosesAt: string | null;
  readonly policyVersion: number | null;
  readonly plannedAt: string;
  readonly announcedAt: string | null;
  readonly startedAt: string | null;
  readonly endedAt: string | null;
  readonly report: { readonly submittedAt: string; readonly submittedBy: string; readonly submittedByUnitCode: string; readonly totals: ResultsTotals } | null;
  readonly reportOverdue: boolean;
  /** 24:00 Vietnam time on the last day the announcement is allowed (S2); null for sessions planned before it was kept. */
  readonly announceBy: string | null;
  /** The deadline service reported that day passed while the session was still a draft. */
  readonly announcementOverdue: boolean;
}

export interface SessionListQuery {
  /** Sessions this unit hosts or co-hosts; all when absent. */
  readonly unitCode?: string | null;
  /** Hosts whose drafts the caller may see; drafts of others never show. */
  readonly draftsOf?: readonly string[];
  readonly limit?: number;
  readonly after?: string | null;
}

interface Row {
  session_id: string;
  status: SessionStatus;
  host_unit_code: string;
  co_host_unit_codes: string[];
  topic: string;
  subtopics: string[];
  starts_at: Date;
  ends_at: Date;
  officials: SessionOfficial[];
  intake_opens_at: Date | null;
  intake_closes_at: Date | null;
  policy_version: number | null;
  planned_at: Date;
  announced_at: Date | null;
  started_at: Date | null;
  ended_at: Date | null;
  report_submitted_at: Date | null;
  report_submitted_by: string | null;
  report_submitted_by_unit: string | null;
  report_totals: ResultsTotals | null;
  report_overdue: boolean;
  announce_by: Date | null;
  announcement_overdue: boolean;
}

/**
 * `<schema>.sessions`, fed from the service's own store. Each event is applied in the same
 * transaction as its processed-event record, so a replay after a crash applies nothing twice.
 */
export class SessionReadModel {
  private readonly table: string;

  constructor(
    private readonly sql: SqlClient,
    private readonly processed: ProcessedEvents,
    private readonly schema = 'session',
  ) {
    this.table = `${sqlIdentifier(schema)}.sessions`;
  }

  async migrate(): Promise<void> {
    await this.processed.migrate();
    await migrateSchema(this.sql, `${this.schema}.sessions`, [
      `create schema if not exists ${sqlIdentifier(this.schema)}`,
      `create table if not exists ${this.table} (
         session_id text primary key,
         status text not null,
         host_unit_code text not null,
         co_host_unit_codes text[] not null default '{}',
         topic text not null,
         subtopics text[] not null default '{}',
         starts_at timestamptz not null,
         ends_at timestamptz not null,
         officials jsonb not null,
         intake_opens_at timestamptz,
         intake_closes_at timestamptz,
         policy_version int4,
         planned_at timestamptz not null,
         announced_at timestamptz,
         started_at timestamptz,
         ended_at timestamptz,
         report_submitted_at timestamptz,
         report_submitted_by text,
         report_submitted_by_unit text,
         report_totals jsonb,
         report_overdue boolean not null default false,
         updated_at timestamptz not null
       )`,
      `create index if not exists sessions_calendar on ${this.table} (starts_at, session_id)`,
      `alter table ${this.table} add column if not exists announce_by timestamptz`,
      `alter table ${this.table} add column if not exists announcement_overdue boolean not null default false`,
    ]);
  }

  readonly apply = async (events: readonly RecordedEvent[]): Promise<void> => {
    for (const event of events) {
      if (!isSessionStreamEvent(event)) continue;
      await this.processed.applyOnce(SESSION_READ_MODEL, event.eventId, (tx) => this.project(tx, toSessionEvent(event)));
    }
  };

  async byId(sessionId: string): Promise<SessionView | null> {
    const [row] = await this.sql.query<Row>(`select * from ${this.table} where session_id = $1`, [sessionId]);
    return row ? viewOf(row) : null;
  }

  /** The calendar of sessions, by start time: announced ones for everyone, drafts for their hosts. */
  async list(query: SessionListQuery = {}): Promise<Page<SessionView>> {
    const size = pageSizeOf(query.limit);
    const after = query.after ? decodeCursor(query.after) : null;
    const rows = await this.sql.query<Row>(
      `select * from ${this.table}
       where (status <> 'draft' or host_unit_code = any($1::text[]))
         and ($2::text is null or host_unit_code = $2 or $2 = any(co_host_unit_codes))
         and ($3::timestamptz is null or (starts_at, session_id) > ($3::timestamptz, $4::text))
       order by starts_at, session_id limit $5`,
      [query.draftsOf ?? [], query.unitCode ?? null, after?.at ?? null, after?.id ?? null, size + 1],
    );
    const items = rows.slice(0, size).map(viewOf);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > size && last ? encodeCursor({ at: last.startsAt, id: last.sessionId }) : null };
  }

  /** Every announced (or later) session starting within a few days of the year, for the S1 quotas. */
  async startingAround(year: number): Promise<SessionView[]> {
    const rows = await this.sql.query<Row>(
      `select * from ${this.table} where status <> 'draft' and starts_at >= $1::timestamptz and starts_at < $2::timestamptz order by starts_at`,
      [`${year - 1}-12-31T00:00:00Z`, `${year + 1}-01-02T00:00:00Z`],
    );
    return rows.map(viewOf);
  }

  private async project(tx: SqlExecutor, event: SessionEvent): Promise<void> {
    const { sessionId, at } = event.data;
    const update = (assignments: string, values: readonly unknown[] = []) =>
      tx.query(`update ${this.table} set ${assignments}, updated_at = $2 where session_id = $1`, [sessionId, at, ...values]);
    switch (event.type) {
      case 'SessionPlanned':
        await tx.query(
          `insert into ${this.table} (session_id, status, host_unit_code, co_host_unit_codes, topic, subtopics, starts_at, ends_at, officials, planned_at, updated_at, announce_by)
           values ($1, 'draft', $2, $3::text[], $4, $5::text[], $6, $7, $8::jsonb, $9, $9, $10) on conflict (session_id) do nothing`,
          [sessionId, ...planValues(event.data), at, event.data.announceBy ?? null],
        );
        return;
      case 'SessionPlanRevised':
        await update(
          `host_unit_code = $3, co_host_unit_codes = $4::text[], topic = $5, subtopics = $6::text[], starts_at = $7, ends_at = $8, officials = $9::jsonb, announce_by = $10, announcement_overdue = false`,
          [...planValues(event.data), event.data.announceBy ?? null],
        );
        return;
      case 'SessionAnnounced': {
        const d = event.data;
        await update(`status = 'announced', intake_opens_at = $3, intake_closes_at = $4, policy_version = $5, announced_at = $6`, [d.intakeOpensAt, d.intakeClosesAt, d.policyVersion, d.announcedAt]);
        return;
      }
      case 'SessionStarted':
        await update(`status = 'live', started_at = $3`, [event.data.startedAt]);
        return;
      case 'SessionEnded':
        await update(`status = 'answering', ended_at = $3`, [event.data.endedAt]);
        return;
      case 'ResultsReportSubmitted': {
        const d = event.data;
        await update(`status = 'reported', report_submitted_at = $3, report_submitted_by = $4, report_submitted_by_unit = $5, report_totals = $6::jsonb`, [
          d.submittedAt,
          d.submittedBy.officerId,
          d.submittedBy.unitCode,
          JSON.stringify(d.totals),
        ]);
        return;
      }
      case 'SessionClosed':
        await update(`status = 'closed'`);
        return;
      case 'ResultsReportOverdue':
        await update(`report_overdue = true`);
        return;
      case 'AnnouncementOverdue':
        await update(`announcement_overdue = true`);
        return;
      default: {
        const unreachable: never = event;
        return unreachable;
      }
    }
  }
}

function planValues(plan: SessionPlan): unknown[] {
  return [plan.hostUnitCode, plan.coHostUnitCodes, plan.topic, plan.subtopics, plan.startsAt, plan.endsAt, JSON.stringify(plan.officials)];
}

const iso = (value: Date | null) => (value === null ? null : new Date(value).toISOString());

function viewOf(row: Row): SessionView {
  return {
    sessionId: row.session_id,
    status: row.status,
    hostUnitCode: row.host_unit_code,
    coHostUnitCodes: row.co_host_unit_codes,
    topic: row.topic,
    subtopics: row.subtopics,
    startsAt: new Date(row.starts_at).toISOString(),
    endsAt: new Date(row.ends_at).toISOString(),
    officials: row.officials,
    intakeOpensAt: iso(row.intake_opens_at),
    intakeClosesAt: iso(row.intake_closes_at),
    policyVersion: row.policy_version,
    plannedAt: new Date(row.planned_at).toISOString(),
    announcedAt: iso(row.announced_at),
    startedAt: iso(row.started_at),
    endedAt: iso(row.ended_at),
    report:
      row.report_submitted_at === null
        ? null
        : { submittedAt: iso(row.report_submitted_at)!, submittedBy: row.report_submitted_by!, submittedByUnitCode: row.report_submitted_by_unit!, totals: row.report_totals! },
    reportOverdue: row.report_overdue,
    announceBy: iso(row.announce_by),
    announcementOverdue: row.announcement_overdue,
  };
}

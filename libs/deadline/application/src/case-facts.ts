import { sqlIdentifier, type SqlClient, type SqlExecutor } from '@hotline/platform-sql';
import { migrateSchema } from './schema-migration';

/** What the deadline service remembers of a case from intake's and routing's events. */
export interface CaseFact {
  readonly caseId: string;
  /** The report the case was opened for (from intake.ReportReceived). */
  readonly reportId: string | null;
  readonly nature: 'sudden' | 'continuous' | null;
  readonly urgent: boolean | null;
  /** The unit currently responsible; new deadlines of the case are listed under it. */
  readonly unitCode: string | null;
  /** The intake desk that has the report: the unit of its `enter` and `forward` limits. */
  readonly deskUnitCode: string | null;
  /** When routing first assigned the case: the end of the `forward` step. */
  readonly forwardedAt: string | null;
}

/** One change a stage event makes to what is remembered. */
export type CaseFactChange =
  | { readonly kind: 'received'; readonly reportId: string; readonly deskUnitCode: string }
  | { readonly kind: 'conditions'; readonly nature: 'sudden' | 'continuous'; readonly urgent: boolean }
  | { readonly kind: 'unit'; readonly unitCode: string }
  | { readonly kind: 'forwarded'; readonly at: string };

interface Row {
  case_id: string;
  report_id: string | null;
  nature: 'sudden' | 'continuous' | null;
  urgent: boolean | null;
  unit_code: string | null;
  desk_unit_code: string | null;
  forwarded_at: Date | null;
}

/**
 * The few facts of a case that later steps need: whether the incident is sudden (the verify
 * limit depends on it, but CaseAccepted does not say), which unit is responsible, and for the
 * intake desk's steps, which report it is and when it was forwarded.
 * Writers pass the transaction in which they also record the event as processed.
 */
export class CaseFacts {
  readonly table: string;

  constructor(
    private readonly sql: SqlClient,
    private readonly schema = 'deadline',
  ) {
    this.table = `${sqlIdentifier(schema)}.cases`;
  }

  async migrate(): Promise<void> {
    await migrateSchema(this.sql, `hotline.${this.schema}.cases`, [
      `create schema if not exists ${sqlIdentifier(this.schema)}`,
      `create table if not exists ${this.table} (
        case_id text primary key,
        nature text check (nature in ('sudden', 'continuous')),
        urgent boolean,
        unit_code text,
        updated_at timestamptz not null default now()
      )`,
      `alter table ${this.table} add column if not exists report_id text`,
      `alter table ${this.table} add column if not exists desk_unit_code text`,
      `alter table ${this.table} add column if not exists forwarded_at timestamptz`,
      `create index if not exists cases_by_report_idx on ${this.table} (report_id)`,
    ]);
  }

  async apply(tx: SqlExecutor, caseId: string, change: CaseFactChange): Promise<void> {
    switch (change.kind) {
      case 'received':
        await this.upsert(tx, caseId, { report_id: change.reportId, desk_unit_code: change.deskUnitCode });
        return;
      case 'conditions':
        await this.upsert(tx, caseId, { nature: change.nature, urgent: change.urgent });
        return;
      case 'unit':
        await this.recordUnit(tx, caseId, change.unitCode);
        return;
      case 'forwarded':
        // The first assignment ends the forward step; later ones (hand-backs, transfers) do not move it.
        await tx.query(
          `insert into ${this.table} (case_id, forwarded_at) values ($1, $2)
           on conflict (case_id) do update set forwarded_at = coalesce(${this.table}.forwarded_at, excluded.forwarded_at), updated_at = now()`,
          [caseId, change.at],
        );
        return;
      default: {
        const unreachable: never = change;
        return unreachable;
      }
    }
  }

  async recordUnit(tx: SqlExecutor, caseId: string, unitCode: string): Promise<void> {
    await this.upsert(tx, caseId, { unit_code: unitCode });
  }

  async find(caseId: string): Promise<CaseFact | undefined> {
    const [row] = await this.sql.query<Row>(`select * from ${this.table} where case_id = $1`, [caseId]);
    return row && toCaseFact(row);
  }

  /** The case a report will open, as intake.ReportReceived named it. */
  async findByReport(reportId: string): Promise<CaseFact | undefined> {
    const [row] = await this.sql.query<Row>(`select * from ${this.table} where report_id = $1`, [reportId]);
    return row && toCaseFact(row);
  }

  private async upsert(tx: SqlExecutor, caseId: string, values: Record<string, string | boolean>): Promise<void> {
    const columns = Object.keys(values);
    await tx.query(
      `insert into ${this.table} (case_id, ${columns.join(', ')}) values ($1, ${columns.map((_, i) => `$${i + 2}`).join(', ')})
       on conflict (case_id) do update set ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}, updated_at = now()`,
      [caseId, ...Object.values(values)],
    );
  }
}

function toCaseFact(row: Row): CaseFact {
  return {
    caseId: row.case_id,
    reportId: row.report_id,
    nature: row.nature,
    urgent: row.urgent,
    unitCode: row.unit_code,
    deskUnitCode: row.desk_unit_code,
    forwardedAt: row.forwarded_at === null ? null : new Date(row.forwarded_at).toISOString(),
  };
}

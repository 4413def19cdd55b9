import { sqlIdentifier, type SqlClient, type SqlExecutor } from '@hotline/platform-sql';
import { migrateSchema } from './schema-migration';

/** What the deadline service remembers of a case from routing's events. */
export interface CaseFact {
  readonly caseId: string;
  readonly nature: 'sudden' | 'continuous' | null;
  readonly urgent: boolean | null;
  /** The unit currently responsible; new deadlines of the case are listed under it. */
  readonly unitCode: string | null;
}

interface Row {
  case_id: string;
  nature: 'sudden' | 'continuous' | null;
  urgent: boolean | null;
  unit_code: string | null;
}

/**
 * The few facts of a case that later steps need: whether the incident is sudden (the verify
 * limit depends on it, but CaseAccepted does not say) and which unit is responsible.
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
    ]);
  }

  async recordOpened(tx: SqlExecutor, caseId: string, facts: { nature: 'sudden' | 'continuous'; urgent: boolean }): Promise<void> {
    await tx.query(
      `insert into ${this.table} (case_id, nature, urgent) values ($1, $2, $3)
       on conflict (case_id) do update set nature = excluded.nature, urgent = excluded.urgent, updated_at = now()`,
      [caseId, facts.nature, facts.urgent],
    );
  }

  async recordUnit(tx: SqlExecutor, caseId: string, unitCode: string): Promise<void> {
    await tx.query(
      `insert into ${this.table} (case_id, unit_code) values ($1, $2)
       on conflict (case_id) do update set unit_code = excluded.unit_code, updated_at = now()`,
      [caseId, unitCode],
    );
  }

  async find(caseId: string): Promise<CaseFact | undefined> {
    const [row] = await this.sql.query<Row>(`select case_id, nature, urgent, unit_code from ${this.table} where case_id = $1`, [caseId]);
    return row ? { caseId: row.case_id, nature: row.nature, urgent: row.urgent, unitCode: row.unit_code } : undefined;
  }
}

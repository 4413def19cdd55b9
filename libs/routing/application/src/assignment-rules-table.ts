import type { Actor } from '@hotline/contracts-events';
import { sqlIdentifier, type SqlClient, type SqlExecutor } from '@hotline/platform-sql';
import {
  AssignmentRules,
  defaultAssignmentRules,
  nextAssignmentRules,
  vietnamDateOf,
  type AssignmentRulesIssue,
  type AssignmentRulesSubmission,
  type Instant,
  type Jurisdiction,
  type LocalDate,
} from '@hotline/routing-domain';
import { migrateSchema } from './schema-migration';

/** One published version of the assignment rules table, with who published it and when. */
export interface AssignmentRulesVersion {
  readonly rules: AssignmentRules;
  readonly publishedBy: string;
  readonly publishedByUnitCode: string | null;
  readonly publishedAt: string;
}

export type AssignmentRulesPublication =
  | { readonly ok: true; readonly published: AssignmentRulesVersion }
  | { readonly ok: false; readonly issues: readonly AssignmentRulesIssue[] };

/** Who published the defaults: the platform, when the table was first created. */
export const DEFAULT_RULES_PUBLISHER = 'routing-service';

interface VersionRow {
  version: number;
  definition: unknown;
  published_by: string;
  published_by_unit: string | null;
  published_at: Date | string;
}

/**
 * `<schema>.assignment_rules`: every version of the assignment rules, never updated, seeded with
 * the domain's version 1. The version in effect on a day is the highest one that took effect by
 * then; a new one takes effect tomorrow at the earliest (see `nextAssignmentRules`), so which
 * version a day's cases get never changes once the day has begun.
 */
export class AssignmentRulesTable {
  private readonly table: string;
  // Versions never change once stored, so each is parsed once.
  private readonly parsed = new Map<number, AssignmentRules>();

  constructor(
    private readonly sql: SqlClient,
    private readonly schema: string,
  ) {
    this.table = `${sqlIdentifier(schema)}.assignment_rules`;
  }

  async migrate(): Promise<void> {
    await migrateSchema(this.sql, `${this.schema}.assignment_rules`, [
      `create schema if not exists ${sqlIdentifier(this.schema)}`,
      `create table if not exists ${this.table} (
         version int4 primary key,
         effective_from date not null,
         definition jsonb not null,
         published_by text not null,
         published_by_unit text,
         published_at timestamptz not null default now()
       )`,
    ]);
    const defaults = defaultAssignmentRules();
    await this.sql.query(`insert into ${this.table} (version, effective_from, definition, published_by) values ($1, $2, $3::jsonb, $4) on conflict (version) do nothing`, [
      defaults.version,
      defaults.effectiveFrom,
      JSON.stringify(defaults.toDefinition()),
      DEFAULT_RULES_PUBLISHER,
    ]);
  }

  /** The version in effect at `instant` (Vietnam calendar); before the first version, the first, which the Case then refuses as not yet in effect. */
  async inEffectAt(instant: Instant): Promise<AssignmentRules> {
    return (await this.inEffectOn(vietnamDateOf(instant))).rules;
  }

  async inEffectOn(date: LocalDate): Promise<AssignmentRulesVersion> {
    const [row] = await this.sql.query<VersionRow>(
      `select ${COLUMNS} from ${this.table}
       order by (effective_from <= $1::date) desc, case when effective_from <= $1::date then -version else version end limit 1`,
      [date],
    );
    if (!row) throw new Error(`${this.table} holds no version`);
    return this.versionOf(row);
  }

  /** Every version, the latest first, scheduled ones included. */
  async versions(): Promise<AssignmentRulesVersion[]> {
    const rows = await this.sql.query<VersionRow>(`select ${COLUMNS} from ${this.table} order by version desc`);
    return rows.map((row) => this.versionOf(row));
  }

  /** Checks and stores the next version in one transaction; a refused one stores nothing. */
  publish(submission: AssignmentRulesSubmission, actor: Actor, context: { readonly today: LocalDate; readonly jurisdiction: Jurisdiction }): Promise<AssignmentRulesPublication> {
    return this.sql.transaction(async (tx) => {
      // Two administrators publishing at once would both number theirs after the same latest.
      await tx.query(`select pg_advisory_xact_lock(hashtext($1))`, [`${this.schema}.assignment_rules.publish`]);
      const latest = await this.latestIn(tx);
      const validation = nextAssignmentRules(submission, latest, context);
      if (!validation.ok) return { ok: false, issues: validation.issues };
      const { rules } = validation;
      const [row] = await tx.query<VersionRow>(
        `insert into ${this.table} (version, effective_from, definition, published_by, published_by_unit) values ($1, $2, $3::jsonb, $4, $5) returning ${COLUMNS}`,
        [rules.version, rules.effectiveFrom, JSON.stringify(rules.toDefinition()), actor.id, actor.kind === 'officer' ? actor.unitCode : null],
      );
      return { ok: true, published: this.versionOf(row) };
    });
  }

  private async latestIn(tx: SqlExecutor): Promise<AssignmentRules> {
    const [row] = await tx.query<VersionRow>(`select ${COLUMNS} from ${this.table} order by version desc limit 1`);
    if (!row) throw new Error(`${this.table} holds no version`);
    return this.versionOf(row).rules;
  }

  private versionOf(row: VersionRow): AssignmentRulesVersion {
    let rules = this.parsed.get(row.version);
    if (!rules) {
      rules = AssignmentRules.parse(typeof row.definition === 'string' ? JSON.parse(row.definition) : row.definition);
      this.parsed.set(row.version, rules);
    }
    return { rules, publishedBy: row.published_by, publishedByUnitCode: row.published_by_unit, publishedAt: new Date(row.published_at).toISOString() };
  }
}

const COLUMNS = 'version, definition, published_by, published_by_unit, published_at';

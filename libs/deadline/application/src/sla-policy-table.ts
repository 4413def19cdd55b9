import type { Actor } from '@hotline/contracts-events';
import { defaultSlaPolicy, defaultWarnBeforeHours, SlaPolicy, vietnamDateOf, type LocalDate, type SlaPolicyIssue, type SlaTimeLimit } from '@hotline/deadline-domain';
import { sqlIdentifier, type SqlClient, type SqlExecutor } from '@hotline/platform-sql';
import { migrateSchema } from './schema-migration';

export const SLA_POLICY_SEED_ACTOR = 'seed:default-sla-policy';

export type SlaPolicyPublication =
  | { readonly ok: true; readonly policy: SlaPolicy }
  | { readonly ok: false; readonly issues: readonly SlaPolicyIssue[] };

/** A limit as submitted; without `warnBeforeHours`, officers are warned a quarter of the limit ahead. */
export interface SlaLimitSubmission extends SlaTimeLimit {
  readonly warnBeforeHours?: number | null;
}

/** One row of a new policy version as an administrator submits it: the step it is for and its limits. */
export interface SlaRuleSubmission {
  readonly step: string;
  readonly limit: SlaLimitSubmission;
  readonly urgent?: SlaLimitSubmission | null;
  readonly sudden?: SlaLimitSubmission | null;
  readonly pausable: boolean;
  readonly extension?: { readonly unit: string; readonly amount: number; readonly maxTimes: number } | null;
}

export interface SlaPolicyVersion {
  readonly policy: SlaPolicy;
  readonly createdBy: string;
  readonly createdAt: string;
}

export class NoSlaPolicyInEffectError extends Error {
  constructor(readonly date: string) {
    super(`No SLA policy version is in effect on ${date}`);
    this.name = 'NoSlaPolicyInEffectError';
  }
}

interface Row {
  definition: unknown;
  created_by: string;
  created_at: Date;
}

/**
 * The versions of the time-limit table. Versions are only added, never changed: a running
 * deadline keeps the version it was scheduled under, and an audit needs every version as it was.
 */
export class SlaPolicyTable {
  private readonly table: string;

  constructor(
    private readonly sql: SqlClient,
    private readonly schema = 'deadline',
  ) {
    this.table = `${sqlIdentifier(schema)}.sla_policies`;
  }

  async migrate(): Promise<void> {
    await migrateSchema(this.sql, `hotline.${this.schema}.sla_policies`, [
      `create schema if not exists ${sqlIdentifier(this.schema)}`,
      `create table if not exists ${this.table} (
        version int4 primary key,
        effective_from date not null,
        definition jsonb not null,
        created_by text not null,
        created_at timestamptz not null default now()
      )`,
    ]);
    const seed = defaultSlaPolicy();
    await this.sql.query(
      `insert into ${this.table} (version, effective_from, definition, created_by) values ($1, $2, $3::jsonb, $4) on conflict (version) do nothing`,
      [seed.version, seed.effectiveFrom, JSON.stringify(seed.toDefinition()), SLA_POLICY_SEED_ACTOR],
    );
  }

  /** The version in effect on the Vietnam date of `at`: the newest one that had taken effect by then. */
  async current(at: Date | string): Promise<SlaPolicy> {
    const date = vietnamDateOf(typeof at === 'string' ? at : at.toISOString());
    const [row] = await this.sql.query<Row>(
      `select definition, created_by, created_at from ${this.table} where effective_from <= $1::date order by version desc limit 1`,
      [date],
    );
    if (!row) throw new NoSlaPolicyInEffectError(date);
    return SlaPolicy.parse(row.definition);
  }

  /** One version as it was published: what a running deadline scheduled under it keeps using. */
  async version(version: number): Promise<SlaPolicy> {
    const [row] = await this.sql.query<Row>(`select definition, created_by, created_at from ${this.table} where version = $1`, [version]);
    if (!row) throw new RangeError(`SLA policy version ${version} does not exist`);
    return SlaPolicy.parse(row.definition);
  }

  async versions(): Promise<SlaPolicyVersion[]> {
    const rows = await this.sql.query<Row>(`select definition, created_by, created_at from ${this.table} order by version`);
    return rows.map((row) => ({ policy: SlaPolicy.parse(row.definition), createdBy: row.created_by, createdAt: new Date(row.created_at).toISOString() }));
  }

  /** Adds the next version after the domain accepted it; a rejected one writes nothing. */
  async publish(definition: unknown, actor: Actor): Promise<SlaPolicyPublication> {
    return this.sql.transaction(async (tx) => {
      // Two administrators publishing at once must not both be checked against the same predecessor.
      await tx.query(`select pg_advisory_xact_lock(hashtext($1))`, [`hotline.${this.schema}.sla_policies.publish`]);
      const previous = await this.latest(tx);
      const validation = SlaPolicy.validate(definition, previous);
      if (!validation.ok) return { ok: false, issues: validation.issues };
      await this.insert(tx, validation.policy, actor);
      return { ok: true, policy: validation.policy };
    });
  }

  /**
   * Publishes the rows submitted as the next version, taking effect on `effectiveFrom` (today at
   * the earliest: a version must not rewrite the past). Every problem is reported with its field;
   * a refused version writes nothing.
   */
  async publishNext(submission: { readonly rules: readonly SlaRuleSubmission[]; readonly effectiveFrom: string }, actor: Actor, today: LocalDate): Promise<SlaPolicyPublication> {
    const listed = listingIssues(submission.rules);
    if (/^\d{4}-\d{2}-\d{2}$/.test(submission.effectiveFrom) && submission.effectiveFrom < today) {
      listed.push({
        field: 'effectiveFrom',
        message: { vi: `Trường “effectiveFrom”: không được sớm hơn hôm nay (${today}).`, en: `Field “effectiveFrom”: must not be earlier than today (${today}).` },
      });
    }
    return this.sql.transaction(async (tx) => {
      await tx.query(`select pg_advisory_xact_lock(hashtext($1))`, [`hotline.${this.schema}.sla_policies.publish`]);
      const previous = await this.latest(tx);
      const definition = { version: (previous?.version ?? 0) + 1, effectiveFrom: submission.effectiveFrom, rules: rulesByStep(submission.rules) };
      const validation = SlaPolicy.validate(definition, previous);
      const issues = [...listed, ...(validation.ok ? [] : validation.issues)];
      if (issues.length > 0 || !validation.ok) return { ok: false, issues };
      await this.insert(tx, validation.policy, actor);
      return { ok: true, policy: validation.policy };
    });
  }

  private async insert(tx: SqlExecutor, policy: SlaPolicy, actor: Actor): Promise<void> {
    await tx.query(`insert into ${this.table} (version, effective_from, definition, created_by) values ($1, $2, $3::jsonb, $4)`, [
      policy.version,
      policy.effectiveFrom,
      JSON.stringify(policy.toDefinition()),
      `${actor.kind}:${actor.id}`,
    ]);
  }

  private async latest(tx: SqlExecutor): Promise<SlaPolicy | undefined> {
    const [row] = await tx.query<Row>(`select definition from ${this.table} order by version desc limit 1`);
    return row ? SlaPolicy.parse(row.definition) : undefined;
  }
}

/** A step listed twice would silently lose one of its rows. */
function listingIssues(rules: readonly SlaRuleSubmission[]): SlaPolicyIssue[] {
  const seen = new Set<string>();
  return rules.flatMap((rule) => {
    if (!seen.has(rule.step)) {
      seen.add(rule.step);
      return [];
    }
    return [{ field: `rules.${rule.step}`, message: { vi: `Trường “rules.${rule.step}”: bước này được khai báo hai lần.`, en: `Field “rules.${rule.step}”: this step is listed twice.` } }];
  });
}

/** The table's shape (one row per step), with the default warning where none was given. */
function rulesByStep(rules: readonly SlaRuleSubmission[]): Record<string, unknown> {
  const limit = (submitted: SlaLimitSubmission) => {
    const { warnBeforeHours, ...time } = submitted;
    return { ...time, warnBeforeHours: warnBeforeHours ?? (time.amount > 0 ? defaultWarnBeforeHours(time) : 1) };
  };
  return Object.fromEntries(
    rules.map((rule) => [
      rule.step,
      {
        limit: limit(rule.limit),
        ...(rule.urgent ? { urgent: limit(rule.urgent) } : {}),
        ...(rule.sudden ? { sudden: limit(rule.sudden) } : {}),
        pausable: rule.pausable,
        ...(rule.extension ? { extension: rule.extension } : {}),
      },
    ]),
  );
}

import { sqlIdentifier, type SqlClient } from '@hotline/platform-sql';
import { DEFAULT_SESSION_CALENDAR_POLICY, type LocalDate, type SessionCalendarPolicy } from '@hotline/session-domain';
import { migrateSchema } from './schema-migration';

export interface CalendarPolicyVersion extends SessionCalendarPolicy {
  /** The officer who published it, or the platform for the seeded defaults. */
  readonly publishedBy: string;
  readonly publishedByUnitCode: string | null;
  readonly publishedAt: string;
}

interface Row {
  version: number;
  effective_from: string;
  announcement_lead_days: number;
  intake_opens_days_before: number;
  min_sessions_per_province: number;
  ministry_rounds_per_year: number;
  published_by: string;
  published_by_unit_code: string | null;
  published_at: Date | string;
}

export const CALENDAR_POLICY_SEED_ACTOR = 'platform-defaults';

/**
 * `<schema>.calendar_policies`: every version of the session calendar rules (S1–S3), seeded with
 * version 1 (DESIGN's defaults). A version applies to announcements from its effective date; a
 * session keeps the version it was announced under (recorded on its SessionAnnounced).
 */
export class CalendarPolicyTable {
  private readonly table: string;

  constructor(
    private readonly sql: SqlClient,
    private readonly schema = 'session',
  ) {
    this.table = `${sqlIdentifier(schema)}.calendar_policies`;
  }

  async migrate(): Promise<void> {
    const seed = DEFAULT_SESSION_CALENDAR_POLICY;
    await migrateSchema(this.sql, `${this.schema}.calendar_policies`, [
      `create schema if not exists ${sqlIdentifier(this.schema)}`,
      `create table if not exists ${this.table} (
         version int4 primary key,
         effective_from text not null,
         announcement_lead_days int4 not null,
         intake_opens_days_before int4 not null,
         min_sessions_per_province int4 not null,
         ministry_rounds_per_year int4 not null,
         published_by text not null,
         published_by_unit_code text,
         published_at timestamptz not null default now()
       )`,
      `insert into ${this.table} (version, effective_from, announcement_lead_days, intake_opens_days_before, min_sessions_per_province, ministry_rounds_per_year, published_by)
       values (${seed.version}, '${seed.effectiveFrom}', ${seed.rules.announcementLeadDays}, ${seed.rules.intakeOpensDaysBefore}, ${seed.rules.minSessionsPerProvincePerYear}, ${seed.rules.ministryRoundsPerYear}, '${CALENDAR_POLICY_SEED_ACTOR}')
       on conflict (version) do nothing`,
    ]);
  }

  /** The version in effect on a Vietnam date: the latest one that took effect by then. */
  async inEffectOn(date: LocalDate): Promise<CalendarPolicyVersion> {
    const [row] = await this.sql.query<Row>(`select * from ${this.table} where effective_from <= $1 order by version desc limit 1`, [date]);
    if (!row) throw new Error(`No session calendar policy is in effect on ${date}`);
    return versionOf(row);
  }

  /** Every version, the latest first, scheduled ones included. */
  async history(): Promise<CalendarPolicyVersion[]> {
    return (await this.sql.query<Row>(`select * from ${this.table} order by version desc`)).map(versionOf);
  }

  async latest(): Promise<CalendarPolicyVersion> {
    const [latest] = await this.history();
    return latest;
  }

  /** Appends the next version; a concurrent publication of the same number fails on the key. */
  async publish(policy: SessionCalendarPolicy, by: { readonly officerId: string; readonly unitCode: string }, at: Date): Promise<CalendarPolicyVersion> {
    const { rules } = policy;
    const [row] = await this.sql.query<Row>(
      `insert into ${this.table} (version, effective_from, announcement_lead_days, intake_opens_days_before, min_sessions_per_province, ministry_rounds_per_year, published_by, published_by_unit_code, published_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning *`,
      [policy.version, policy.effectiveFrom, rules.announcementLeadDays, rules.intakeOpensDaysBefore, rules.minSessionsPerProvincePerYear, rules.ministryRoundsPerYear, by.officerId, by.unitCode, at.toISOString()],
    );
    return versionOf(row);
  }
}

function versionOf(row: Row): CalendarPolicyVersion {
  return {
    version: row.version,
    effectiveFrom: row.effective_from,
    rules: {
      announcementLeadDays: row.announcement_lead_days,
      intakeOpensDaysBefore: row.intake_opens_days_before,
      minSessionsPerProvincePerYear: row.min_sessions_per_province,
      ministryRoundsPerYear: row.ministry_rounds_per_year,
    },
    publishedBy: row.published_by,
    publishedByUnitCode: row.published_by_unit_code,
    publishedAt: new Date(row.published_at).toISOString(),
  };
}

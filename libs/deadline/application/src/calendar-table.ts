import type { Actor } from '@hotline/contracts-events';
import {
  validateCalendarYear,
  WorkingDayCalendar,
  type BilingualText,
  type CalendarException,
  type CalendarExceptionKind,
  type CalendarYearInput,
  type CalendarYearIssue,
} from '@hotline/deadline-domain';
import { sqlIdentifier, type SqlClient, type SqlExecutor } from '@hotline/platform-sql';
import { vietnamHolidays2024To2027 } from '@hotline/reference-data';
import { z } from 'zod';
import { migrateSchema } from './schema-migration';

const KINDS = ['holiday', 'compensatory', 'swapped_day_off', 'makeup_workday', 'pending_holiday'] as const satisfies readonly CalendarExceptionKind[];
const WORKING_DAY_ANSWERS = ['yes', 'no', 'uncertain'] as const;

/** What an administrator enters for one day of a year's table (W1). */
export const calendarExceptionInputSchema = z.strictObject({
  date: z.iso.date(),
  kind: z.enum(KINDS),
  isWorkingDay: z.enum(WORKING_DAY_ANSWERS),
  nameVi: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200),
  status: z.string().trim().min(1).max(50),
  source: z.string().trim().min(1).max(2000),
});

export type CalendarExceptionInput = z.output<typeof calendarExceptionInputSchema>;

export interface CalendarExceptionRow extends CalendarExceptionInput {
  readonly updatedBy: string;
  readonly updatedAt: string;
}

export class InvalidCalendarExceptionError extends Error {
  constructor(readonly issues: readonly { readonly field: string; readonly message: BilingualText }[]) {
    super(`Invalid calendar row: ${issues.map((i) => `${i.field}: ${i.message.en}`).join('; ')}`);
    this.name = 'InvalidCalendarExceptionError';
  }
}

export const CALENDAR_SEED_ACTOR = 'seed:reference-data';

/** One year's table as administrators review it: its version, who last changed it, and its days. */
export interface CalendarYearView {
  readonly year: number;
  /** Null for a year nobody has entered: deadlines cannot be counted into it. */
  readonly version: number | null;
  readonly updatedBy: string | null;
  readonly updatedAt: string | null;
  readonly days: readonly CalendarExceptionRow[];
}

export type CalendarYearReplacement = { readonly ok: true; readonly calendar: CalendarYearView } | { readonly ok: false; readonly issues: readonly CalendarYearIssue[] };

interface Row {
  date: string;
  kind: CalendarExceptionKind;
  is_working_day: 'yes' | 'no' | 'uncertain';
  name_vi: string;
  name_en: string;
  status: string;
  source: string;
  updated_by: string;
  updated_at: Date;
}

/**
 * The working-day calendar as administrators maintain it, one row per exceptional day.
 * Seeded from reference data without ever overwriting a row: an administrator's correction
 * outlives every restart and every new release of the seed.
 */
export class CalendarTable {
  private readonly table: string;
  private readonly years: string;
  private cached?: { fingerprint: string; calendar: WorkingDayCalendar };

  constructor(
    private readonly sql: SqlClient,
    private readonly schema = 'deadline',
  ) {
    this.table = `${sqlIdentifier(schema)}.calendar_exceptions`;
    this.years = `${sqlIdentifier(schema)}.calendar_years`;
  }

  async migrate(): Promise<void> {
    await migrateSchema(this.sql, `hotline.${this.schema}.calendar_exceptions`, [
      `create schema if not exists ${sqlIdentifier(this.schema)}`,
      `create table if not exists ${this.table} (
        date date primary key,
        kind text not null check (kind in (${KINDS.map((k) => `'${k}'`).join(', ')})),
        is_working_day text not null check (is_working_day in ('yes', 'no', 'uncertain')),
        name_vi text not null,
        name_en text not null,
        status text not null,
        source text not null,
        updated_by text not null,
        updated_at timestamptz not null default now()
      )`,
      // Each change to a year's table makes its next version: who, when, and which version is in use.
      `create table if not exists ${this.years} (
        year int4 primary key,
        version int4 not null,
        updated_by text not null,
        updated_at timestamptz not null default now()
      )`,
    ]);
    await this.seed();
  }

  private async seed(): Promise<void> {
    const rows = vietnamHolidays2024To2027().map((h) => ({
      date: h.date,
      kind: h.kind,
      is_working_day: h.isWorkingDay,
      name_vi: h.nameVi,
      name_en: h.nameEn,
      status: h.status,
      source: h.source,
    }));
    await this.sql.query(
      `insert into ${this.table} (date, kind, is_working_day, name_vi, name_en, status, source, updated_by)
       select r.date, r.kind, r.is_working_day, r.name_vi, r.name_en, r.status, r.source, $2
       from jsonb_to_recordset($1::jsonb) as r(date date, kind text, is_working_day text, name_vi text, name_en text, status text, source text)
       on conflict (date) do nothing`,
      [JSON.stringify(rows), CALENDAR_SEED_ACTOR],
    );
    await this.sql.query(
      `insert into ${this.years} (year, version, updated_by)
       select distinct extract(year from date)::int4, 1, $1 from ${this.table} on conflict (year) do nothing`,
      [CALENDAR_SEED_ACTOR],
    );
  }

  /** Enters or corrects one day; the calendar used for new deadlines changes at once. */
  async upsert(input: CalendarExceptionInput, actor: Actor): Promise<CalendarExceptionRow> {
    const parsed = calendarExceptionInputSchema.safeParse(input);
    if (!parsed.success) {
      throw new InvalidCalendarExceptionError(
        parsed.error.issues.map((issue) => ({
          field: issue.path.join('.'),
          message: { vi: `Giá trị không hợp lệ (${issue.message})`, en: `Invalid value (${issue.message})` },
        })),
      );
    }
    const row = parsed.data;
    const stored = await this.sql.transaction(async (tx) => {
      const [written] = await tx.query<Row>(
        `insert into ${this.table} (date, kind, is_working_day, name_vi, name_en, status, source, updated_by, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, now())
         on conflict (date) do update set kind = excluded.kind, is_working_day = excluded.is_working_day,
           name_vi = excluded.name_vi, name_en = excluded.name_en, status = excluded.status, source = excluded.source,
           updated_by = excluded.updated_by, updated_at = excluded.updated_at
         returning date::text as date, kind, is_working_day, name_vi, name_en, status, source, updated_by, updated_at`,
        [row.date, row.kind, row.isWorkingDay, row.nameVi, row.nameEn, row.status, row.source, actorName(actor)],
      );
      await this.nextVersion(tx, Number(row.date.slice(0, 4)), actor);
      return written;
    });
    this.cached = undefined;
    return toCalendarExceptionRow(stored);
  }

  /**
   * Replaces one year's days off and make-up working days with what an administrator entered,
   * as its next version. A table the domain refuses writes nothing. New deadlines count with it
   * at once; running ones keep the due dates they were given.
   */
  async replaceYear(input: CalendarYearInput, actor: Actor): Promise<CalendarYearReplacement> {
    const validation = validateCalendarYear(input);
    if (!validation.ok) return validation;
    const rows = validation.days.map((d) => ({ date: d.date, kind: d.kind, is_working_day: d.isWorkingDay, name_vi: d.nameVi, name_en: d.nameEn, status: d.status, source: d.source }));
    await this.sql.transaction(async (tx) => {
      await this.nextVersion(tx, validation.year, actor);
      await tx.query(`delete from ${this.table} where date >= make_date($1, 1, 1) and date < make_date($1 + 1, 1, 1)`, [validation.year]);
      await tx.query(
        `insert into ${this.table} (date, kind, is_working_day, name_vi, name_en, status, source, updated_by)
         select r.date, r.kind, r.is_working_day, r.name_vi, r.name_en, r.status, r.source, $2
         from jsonb_to_recordset($1::jsonb) as r(date date, kind text, is_working_day text, name_vi text, name_en text, status text, source text)`,
        [JSON.stringify(rows), actorName(actor)],
      );
    });
    this.cached = undefined;
    return { ok: true, calendar: await this.calendarYear(validation.year) };
  }

  /** One year's table with its version. */
  async calendarYear(year: number): Promise<CalendarYearView> {
    const [version] = await this.sql.query<{ version: number; updated_by: string; updated_at: Date }>(`select version, updated_by, updated_at from ${this.years} where year = $1`, [year]);
    return {
      year,
      version: version?.version ?? null,
      updatedBy: version?.updated_by ?? null,
      updatedAt: version ? new Date(version.updated_at).toISOString() : null,
      days: await this.year(year),
    };
  }

  /** The row lock serialises two administrators changing the same year. */
  private async nextVersion(tx: SqlExecutor, year: number, actor: Actor): Promise<void> {
    await tx.query(
      `insert into ${this.years} (year, version, updated_by) values ($1, 1, $2)
       on conflict (year) do update set version = ${this.years}.version + 1, updated_by = excluded.updated_by, updated_at = now()`,
      [year, actorName(actor)],
    );
  }

  /** One year's table, as administrators review it each year. */
  async year(year: number): Promise<CalendarExceptionRow[]> {
    const rows = await this.sql.query<Row>(
      `select date::text as date, kind, is_working_day, name_vi, name_en, status, source, updated_by, updated_at
       from ${this.table} where date >= make_date($1, 1, 1) and date < make_date($1 + 1, 1, 1) order by date`,
      [year],
    );
    return rows.map(toCalendarExceptionRow);
  }

  /**
   * The calendar deadlines are counted with. Cached, but checked against a cheap fingerprint so
   * an edit made through another replica is seen by the next command, not after a restart.
   */
  async load(): Promise<WorkingDayCalendar> {
    const [{ fingerprint }] = await this.sql.query<{ fingerprint: string }>(
      `select count(*)::text || '/' || coalesce(max(updated_at)::text, '') as fingerprint from ${this.table}`,
    );
    if (this.cached?.fingerprint === fingerprint) return this.cached.calendar;
    const rows = await this.sql.query<Row>(`select date::text as date, kind, is_working_day, name_vi, name_en, status from ${this.table} order by date`);
    const calendar = new WorkingDayCalendar(rows.map(toCalendarException));
    this.cached = { fingerprint, calendar };
    return calendar;
  }
}

function actorName(actor: Actor): string {
  return `${actor.kind}:${actor.id}`;
}

function toCalendarException(row: Row): CalendarException {
  return { date: row.date, kind: row.kind, isWorkingDay: row.is_working_day, nameVi: row.name_vi, nameEn: row.name_en, status: row.status };
}

function toCalendarExceptionRow(row: Row): CalendarExceptionRow {
  return {
    date: row.date,
    kind: row.kind,
    isWorkingDay: row.is_working_day,
    nameVi: row.name_vi,
    nameEn: row.name_en,
    status: row.status,
    source: row.source,
    updatedBy: row.updated_by,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

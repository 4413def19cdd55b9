import type { Actor } from '@hotline/contracts-events';
import {
  HotlineDirectory,
  importRoster,
  importRosterSheet,
  nationalJurisdiction,
  levelOfUnitCode,
  type AdministrativeLevel,
  type BilingualText,
  type HotlineUnit,
  type InstitutionalEmailPolicy,
  type Officer,
  type OfficerRole,
  type PhoneNumberKind,
  type RosterImport,
  type RosterRejection,
  type RosterRow,
  type SheetRow,
  type UnitCode,
} from '@hotline/routing-domain';
import { pageSizeOf, sqlIdentifier, type Page, type SqlClient } from '@hotline/platform-sql';
import type { DirectorySource } from './case-repository';
import { readCsvSheet } from './csv-sheet';
import { ROSTER_FILE_LIMITS } from './roster-file';
import { migrateSchema } from './schema-migration';
import { decodeUnitCursor, encodeUnitCursor, unitRank, unitRankSql } from './unit-cursor';

export interface RosterImportResult {
  /** The officers stored (created, or updated when their e-mail was already on file). */
  readonly stored: readonly Officer[];
  /** Row-level problems, with the spreadsheet row number; those rows stored nothing. */
  readonly rejected: readonly RosterRejection[];
}

export interface StoredOfficer extends Officer {
  readonly importedBy: string;
  readonly importedAt: string;
}

/** A hotline as the public directory shows it (H2): the unit and its institutional contacts, nobody's personal data. */
export interface HotlineListing extends HotlineUnit {
  readonly unitName: BilingualText;
  readonly level: AdministrativeLevel;
  readonly publishedAt: string;
}

export interface HotlineListingQuery {
  /** Only these units' listings; every unit's when absent. */
  readonly unitCodes?: readonly UnitCode[];
  readonly limit?: number;
  readonly after?: string | null;
}

interface HotlineRow {
  unit_code: UnitCode;
  phone: string;
  phone_kind: PhoneNumberKind;
  email: string;
  published_at: Date | string;
}

interface OfficerRow {
  email: string;
  unit_code: UnitCode;
  full_name: string;
  position: string;
  phone: string;
  role: OfficerRole;
  imported_by: string;
  imported_at: Date | string;
}

/**
 * The hotline directory (H2) and the officer roster (H3) as tables of the routing service.
 *
 * No hotline listing is seeded. The real institutional numbers and addresses of the central unit
 * and the provinces are not available to us, and a placeholder would be published as if it were
 * real (H2 makes the directory public). With no listing, no commune "runs a hotline", so the
 * assignment rules fall back to the province, which is the safe default; units publish their
 * listings through `publishHotline` once they have them.
 */
export class DirectoryTables implements DirectorySource {
  private readonly hotlinesTable: string;
  private readonly officersTable: string;
  // The units change only with the reference data; the listings are read per decision.
  private readonly jurisdiction = nationalJurisdiction();

  constructor(
    private readonly sql: SqlClient,
    private readonly schema: string,
    private readonly emailPolicy?: InstitutionalEmailPolicy,
  ) {
    this.hotlinesTable = `${sqlIdentifier(schema)}.hotline_units`;
    this.officersTable = `${sqlIdentifier(schema)}.officers`;
  }

  migrate(): Promise<void> {
    return migrateSchema(this.sql, `${this.schema}.directory`, [
      `create schema if not exists ${sqlIdentifier(this.schema)}`,
      `create table if not exists ${this.hotlinesTable} (
         unit_code text primary key,
         phone text not null,
         phone_kind text not null,
         email text not null,
         published_by text not null,
         published_at timestamptz not null default now()
       )`,
      `create table if not exists ${this.officersTable} (
         email text primary key,
         unit_code text not null,
         full_name text not null,
         position text not null,
         phone text not null,
         role text not null,
         imported_by text not null,
         imported_at timestamptz not null default now()
       )`,
      `create index if not exists officers_by_unit on ${this.officersTable} (unit_code, full_name)`,
    ]);
  }

  async directory(): Promise<HotlineDirectory> {
    const rows = await this.sql.query<HotlineRow>(`select unit_code, phone, phone_kind, email, published_at from ${this.hotlinesTable} order by unit_code`);
    const listings: HotlineUnit[] = rows.map((row) => ({ unitCode: row.unit_code, phone: row.phone, phoneKind: row.phone_kind, email: row.email }));
    return new HotlineDirectory(this.jurisdiction, listings);
  }

  /** Adds or replaces a unit's one listing; the caller validated it with `validateHotlineUnit`. */
  async publishHotline(hotline: HotlineUnit, actor: Actor): Promise<HotlineListing> {
    // Fails on an unknown unit before anything is written.
    new HotlineDirectory(this.jurisdiction, [hotline]);
    const [row] = await this.sql.query<HotlineRow>(
      `insert into ${this.hotlinesTable} (unit_code, phone, phone_kind, email, published_by) values ($1, $2, $3, $4, $5)
       on conflict (unit_code) do update set phone = excluded.phone, phone_kind = excluded.phone_kind, email = excluded.email,
         published_by = excluded.published_by, published_at = now()
       returning unit_code, phone, phone_kind, email, published_at`,
      [hotline.unitCode, hotline.phone, hotline.phoneKind, hotline.email, actor.id],
    );
    return this.listingOf(row);
  }

  /** The public directory, page by page: central, then provinces, then communes, each by code. */
  async hotlineListings(query: HotlineListingQuery = {}): Promise<Page<HotlineListing>> {
    const size = pageSizeOf(query.limit);
    const after = query.after ? decodeUnitCursor(query.after) : null;
    const rank = unitRankSql('unit_code');
    const rows = await this.sql.query<HotlineRow>(
      `select unit_code, phone, phone_kind, email, published_at from ${this.hotlinesTable}
       where ($1::text[] is null or unit_code = any($1::text[]))
         and ($2::text is null or (${rank}, unit_code) > ($3::int4, $2::text))
       order by ${rank}, unit_code limit $4`,
      [query.unitCodes ?? null, after, after === null ? 0 : unitRank(after), size + 1],
    );
    const items = rows.slice(0, size).map((row) => this.listingOf(row));
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > size && last ? encodeUnitCursor(last.unitCode) : null };
  }

  /**
   * H3: stores the roster's valid rows in one transaction and reports the others row by row. An
   * officer already on file (same e-mail) is updated: re-importing a unit's sheet is how it changes.
   */
  importRoster(rows: readonly RosterRow[], actor: Actor): Promise<RosterImportResult> {
    return this.imported(async (directory) => importRoster(rows, directory, { emailPolicy: this.emailPolicy }), actor);
  }

  /** A sheet read from an uploaded file, for the roster of `rosterUnit`: rows of other units' officers are refused. */
  importRosterSheet(sheet: readonly SheetRow[], actor: Actor, rosterUnit?: UnitCode): Promise<RosterImportResult> {
    return this.imported(async (directory) => importRosterSheet(sheet, directory, { emailPolicy: this.emailPolicy, rosterUnit }), actor);
  }

  /** An uploaded CSV roster (RFC 4180, UTF-8 with or without a byte-order mark); see `readRosterFile` for XLSX. */
  importRosterCsv(text: string, actor: Actor): Promise<RosterImportResult> {
    return this.importRosterSheet(readCsvSheet(Buffer.from(text, 'utf8'), ROSTER_FILE_LIMITS.maxRowNumber), actor);
  }

  private async imported(check: (directory: HotlineDirectory) => Promise<RosterImport>, actor: Actor): Promise<RosterImportResult> {
    const { accepted, rejected } = await check(await this.directory());
    await this.sql.transaction(async (tx) => {
      for (const officer of accepted) {
        await tx.query(
          `insert into ${this.officersTable} (email, unit_code, full_name, position, phone, role, imported_by) values ($1, $2, $3, $4, $5, $6, $7)
           on conflict (email) do update set unit_code = excluded.unit_code, full_name = excluded.full_name, position = excluded.position,
             phone = excluded.phone, role = excluded.role, imported_by = excluded.imported_by, imported_at = now()`,
          [officer.email, officer.unitCode, officer.fullName, officer.position, officer.phone, officer.role, actor.id],
        );
      }
    });
    return { stored: accepted, rejected };
  }

  private listingOf(row: HotlineRow): HotlineListing {
    const unit = this.jurisdiction.unit(row.unit_code);
    return {
      unitCode: row.unit_code,
      unitName: unit?.name ?? { vi: row.unit_code, en: row.unit_code },
      level: unit?.level ?? levelOfUnitCode(row.unit_code) ?? 'commune',
      phone: row.phone,
      phoneKind: row.phone_kind,
      email: row.email,
      publishedAt: new Date(row.published_at).toISOString(),
    };
  }

  async officersOf(unitCode: UnitCode): Promise<StoredOfficer[]> {
    const rows = await this.sql.query<OfficerRow>(
      `select email, unit_code, full_name, position, phone, role, imported_by, imported_at from ${this.officersTable}
       where unit_code = $1 order by full_name, email`,
      [unitCode],
    );
    return rows.map((row) => ({
      email: row.email,
      unitCode: row.unit_code,
      fullName: row.full_name,
      position: row.position,
      phone: row.phone,
      role: row.role,
      importedBy: row.imported_by,
      importedAt: new Date(row.imported_at).toISOString(),
    }));
  }
}

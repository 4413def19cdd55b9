import type { Actor } from '@hotline/contracts-events';
import { parseCsv } from '@hotline/reference-data';
import {
  HotlineDirectory,
  importRoster,
  Jurisdiction,
  type HotlineUnit,
  type InstitutionalEmailPolicy,
  type Officer,
  type OfficerRole,
  type PhoneNumberKind,
  type RosterRejection,
  type RosterRow,
  type UnitCode,
} from '@hotline/routing-domain';
import { sqlIdentifier, type SqlClient } from '@hotline/platform-sql';
import type { DirectorySource } from './case-repository';
import { migrateSchema } from './schema-migration';

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

interface HotlineRow {
  unit_code: UnitCode;
  phone: string;
  phone_kind: PhoneNumberKind;
  email: string;
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
  private readonly jurisdiction = Jurisdiction.fromReferenceData();

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
    const rows = await this.sql.query<HotlineRow>(`select unit_code, phone, phone_kind, email from ${this.hotlinesTable} order by unit_code`);
    const listings: HotlineUnit[] = rows.map((row) => ({ unitCode: row.unit_code, phone: row.phone, phoneKind: row.phone_kind, email: row.email }));
    return new HotlineDirectory(this.jurisdiction, listings);
  }

  /** Adds or replaces a unit's one listing; the caller validated it with `validateHotlineUnit`. */
  async publishHotline(hotline: HotlineUnit, actor: Actor): Promise<void> {
    // Fails on an unknown unit before anything is written.
    new HotlineDirectory(this.jurisdiction, [hotline]);
    await this.sql.query(
      `insert into ${this.hotlinesTable} (unit_code, phone, phone_kind, email, published_by) values ($1, $2, $3, $4, $5)
       on conflict (unit_code) do update set phone = excluded.phone, phone_kind = excluded.phone_kind, email = excluded.email,
         published_by = excluded.published_by, published_at = now()`,
      [hotline.unitCode, hotline.phone, hotline.phoneKind, hotline.email, actor.id],
    );
  }

  /**
   * H3: stores the roster's valid rows in one transaction and reports the others row by row. An
   * officer already on file (same e-mail) is updated: re-importing a unit's sheet is how it changes.
   */
  async importRoster(rows: readonly RosterRow[], actor: Actor): Promise<RosterImportResult> {
    const { accepted, rejected } = importRoster(rows, await this.directory(), { emailPolicy: this.emailPolicy });
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

  /** An uploaded CSV roster (RFC 4180, UTF-8, with or without a byte-order mark). XLSX is not read yet. */
  importRosterCsv(text: string, actor: Actor): Promise<RosterImportResult> {
    return this.importRoster(parseCsv(text.replace(/^\uFEFF/, '')), actor);
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

import { uuidv7 } from '@hotline/contracts-events';
import { callLogFieldOf, readCallLog, type CallLogEntry, type CallLogProblem, type OfficerActor } from '@hotline/intake-domain';
import { parseCsv } from '@hotline/reference-data';
import { sqlIdentifier, type SqlClient } from '@hotline/platform-sql';
import type { BilingualText } from '@hotline/shared-contact';
import type { ReportDesk } from './report-desk';

export interface ImportedCall {
  rowNumber: number;
  callId: string;
  reportId: string;
  trackingCode: string;
}

export interface AlreadyImportedCall {
  rowNumber: number;
  callId: string;
  trackingCode: string | null;
}

export type CallLogImportOutcome =
  | { ok: true; imported: ImportedCall[]; alreadyImported: AlreadyImportedCall[]; rejected: CallLogProblem[] }
  | { ok: false; message: BilingualText };

type Claim = { kind: 'mine'; reportId: string } | { kind: 'recorded'; trackingCode: string | null } | { kind: 'busy' };

/** How long a claimed call is left to the import that claimed it before another may finish it. */
const CLAIM_LEASE = '5 minutes';

/**
 * The switchboard's call log, imported by an operator: each valid call becomes a 'call_log'
 * report. Calls are claimed in a table keyed by the unit's switchboard and the call id before
 * their report is recorded, under a report id chosen at the claim. A re-import skips recorded
 * calls; a crash between claim and report is finished by the next import under the same report
 * id, which the report desk recognises, so no call is lost or recorded twice.
 */
export class CallLogImport {
  private readonly table: string;

  constructor(
    private readonly sql: SqlClient,
    private readonly desk: ReportDesk,
    private readonly options: { schema?: string; now?: () => Date } = {},
  ) {
    this.table = `${sqlIdentifier(options.schema ?? 'intake')}.switchboard_calls`;
  }

  async migrate(): Promise<void> {
    await this.sql.exec(`
      create schema if not exists ${sqlIdentifier(this.options.schema ?? 'intake')};
      create table if not exists ${this.table} (
        unit_code text not null,
        call_id text not null,
        report_id text not null,
        agent text not null,
        called_at timestamptz not null,
        imported_by text not null,
        claimed_at timestamptz not null default now(),
        tracking_code text,
        recorded_at timestamptz,
        primary key (unit_code, call_id)
      );`);
  }

  /** An uploaded CSV (RFC 4180, UTF-8, with or without a byte-order mark). */
  async importCsv(csv: string, officer: OfficerActor): Promise<CallLogImportOutcome> {
    const reading = readCallLog(parseCsv(csv.replace(/^\uFEFF/, '')), this.options.now?.() ?? new Date());
    if (!reading.ok) return reading;
    const outcome = { ok: true as const, imported: [] as ImportedCall[], alreadyImported: [] as AlreadyImportedCall[], rejected: [...reading.problems] };
    for (const entry of reading.entries) {
      const claim = await this.claim(entry, officer);
      if (claim.kind === 'recorded') outcome.alreadyImported.push({ rowNumber: entry.rowNumber, callId: entry.callId, trackingCode: claim.trackingCode });
      if (claim.kind === 'busy') outcome.rejected.push({ rowNumber: entry.rowNumber, callId: entry.callId, field: 'callId', message: BUSY });
      if (claim.kind === 'mine') await this.record(entry, claim.reportId, officer, outcome);
    }
    outcome.rejected.sort((a, b) => a.rowNumber - b.rowNumber);
    return outcome;
  }

  private async record(entry: CallLogEntry, reportId: string, officer: OfficerActor, outcome: Extract<CallLogImportOutcome, { ok: true }>): Promise<void> {
    const key = [officer.unitCode, entry.callId];
    let submitted;
    try {
      submitted = await this.desk.submit(entry.report, { kind: 'officer', id: officer.id, unitCode: officer.unitCode }, { reportId });
    } catch (error) {
      // This import gives the call up: the next one may finish it at once, under the same report id.
      await this.sql.query(`update ${this.table} set claimed_at = 'epoch' where unit_code = $1 and call_id = $2 and recorded_at is null`, key).catch(() => undefined);
      throw error;
    }
    if (!submitted.ok) {
      await this.sql.query(`delete from ${this.table} where unit_code = $1 and call_id = $2 and recorded_at is null`, key);
      outcome.rejected.push(...submitted.errors.map((e) => ({ rowNumber: entry.rowNumber, callId: entry.callId, field: callLogFieldOf(e.field), message: e.message })));
      return;
    }
    await this.sql.query(`update ${this.table} set recorded_at = now(), tracking_code = $3 where unit_code = $1 and call_id = $2`, [...key, submitted.trackingCode]);
    outcome.imported.push({ rowNumber: entry.rowNumber, callId: entry.callId, reportId: submitted.reportId, trackingCode: submitted.trackingCode });
  }

  private async claim(entry: CallLogEntry, officer: OfficerActor): Promise<Claim> {
    const fresh = await this.sql.query<{ report_id: string }>(
      `insert into ${this.table} (unit_code, call_id, report_id, agent, called_at, imported_by) values ($1, $2, $3, $4, $5, $6)
       on conflict (unit_code, call_id) do nothing returning report_id`,
      [officer.unitCode, entry.callId, uuidv7(), entry.agent, entry.calledAt, officer.id],
    );
    if (fresh[0]) return { kind: 'mine', reportId: fresh[0].report_id };
    // Taken over only when its lease ran out, and by one import only (the update is conditional).
    const stale = await this.sql.query<{ report_id: string }>(
      `update ${this.table} set claimed_at = now(), imported_by = $3
       where unit_code = $1 and call_id = $2 and recorded_at is null and claimed_at < now() - interval '${CLAIM_LEASE}' returning report_id`,
      [officer.unitCode, entry.callId, officer.id],
    );
    if (stale[0]) return { kind: 'mine', reportId: stale[0].report_id };
    const known = await this.sql.query<{ tracking_code: string | null; recorded_at: Date | null }>(`select tracking_code, recorded_at from ${this.table} where unit_code = $1 and call_id = $2`, [
      officer.unitCode,
      entry.callId,
    ]);
    return known[0]?.recorded_at ? { kind: 'recorded', trackingCode: known[0].tracking_code } : { kind: 'busy' };
  }
}

const BUSY: BilingualText = {
  vi: 'Cuộc gọi này đang được một lượt nhập khác xử lý; thử lại sau vài phút.',
  en: 'Another import is recording this call; try again in a few minutes.',
};

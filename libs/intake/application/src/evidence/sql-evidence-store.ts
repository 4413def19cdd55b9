import { createHash } from 'node:crypto';
import { uuidv7 } from '@hotline/contracts-events';
import { EVIDENCE_MEDIA_TYPES } from '@hotline/intake-domain';
import { sqlIdentifier, type SqlClient } from '@hotline/platform-sql';
import type { EvidenceStore, EvidenceToStore, StoredEvidence } from './evidence-store';

interface EvidenceRow {
  evidence_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  stored_at: Date;
  report_id: string | null;
}

const METADATA = 'evidence_id, file_name, media_type, size_bytes, sha256, stored_at, report_id';

/**
 * Evidence files in a bytea table of intake's schema, on the SqlClient port, so the same code
 * keeps them in PostgreSQL and in the embedded PGlite database.
 */
export class SqlEvidenceStore implements EvidenceStore {
  readonly name = 'sql';
  private readonly table: string;
  private readonly now: () => Date;

  constructor(
    private readonly sql: SqlClient,
    options: { schema?: string; now?: () => Date } = {},
  ) {
    this.table = `${sqlIdentifier(options.schema ?? 'intake')}.evidence_files`;
    this.now = options.now ?? (() => new Date());
  }

  async migrate(): Promise<void> {
    const schema = this.table.split('.')[0];
    await this.sql.exec(`
      create schema if not exists ${schema};
      create table if not exists ${this.table} (
        evidence_id text primary key,
        file_name text not null,
        media_type text not null,
        size_bytes int8 not null check (size_bytes > 0),
        sha256 text not null,
        content bytea not null,
        stored_at timestamptz not null,
        report_id text
      );
      create index if not exists evidence_files_report on ${this.table} (report_id);
      create index if not exists evidence_files_unclaimed on ${this.table} (stored_at) where report_id is null;`);
  }

  async put(file: EvidenceToStore): Promise<StoredEvidence> {
    const evidence: StoredEvidence = {
      evidenceId: uuidv7(),
      fileName: file.fileName,
      mediaType: file.mediaType,
      sizeBytes: file.content.byteLength,
      sha256: createHash('sha256').update(file.content).digest('hex'),
      storedAt: this.now().toISOString(),
      reportId: null,
    };
    // Bytes travel as base64: PGlite serialises a bytea parameter byte by byte (seconds for a
    // video), while decode()/encode() run inside the database.
    await this.sql.query(`insert into ${this.table} (evidence_id, file_name, media_type, size_bytes, sha256, content, stored_at) values ($1, $2, $3, $4, $5, decode($6, 'base64'), $7)`, [
      evidence.evidenceId,
      evidence.fileName,
      evidence.mediaType,
      evidence.sizeBytes,
      evidence.sha256,
      Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength).toString('base64'),
      evidence.storedAt,
    ]);
    return evidence;
  }

  async describe(evidenceIds: readonly string[]): Promise<StoredEvidence[]> {
    if (evidenceIds.length === 0) return [];
    const rows = await this.sql.query<EvidenceRow>(`select ${METADATA} from ${this.table} where evidence_id = any($1::text[])`, [[...evidenceIds]]);
    return rows.map(toStoredEvidence);
  }

  async get(evidenceId: string): Promise<{ evidence: StoredEvidence; content: Buffer } | null> {
    const [row] = await this.sql.query<EvidenceRow & { content: string }>(`select ${METADATA}, encode(content, 'base64') as content from ${this.table} where evidence_id = $1`, [evidenceId]);
    return row ? { evidence: toStoredEvidence(row), content: Buffer.from(row.content, 'base64') } : null;
  }

  async claim(evidenceIds: readonly string[], reportId: string): Promise<boolean> {
    const ids = [...new Set(evidenceIds)];
    if (ids.length === 0) return true;
    return this.sql.transaction(async (tx) => {
      const claimed = await tx.query(`update ${this.table} set report_id = $2 where evidence_id = any($1::text[]) and (report_id is null or report_id = $2) returning evidence_id`, [ids, reportId]);
      // All or none: a missing file or one another report holds undoes the whole claim.
      if (claimed.length !== ids.length) throw new ClaimRefused();
      return true;
    }).catch((error: unknown) => {
      if (error instanceof ClaimRefused) return false;
      throw error;
    });
  }

  async release(reportId: string): Promise<void> {
    await this.sql.query(`update ${this.table} set report_id = null where report_id = $1`, [reportId]);
  }

  async discard(evidenceIds: readonly string[]): Promise<void> {
    if (evidenceIds.length === 0) return;
    await this.sql.query(`delete from ${this.table} where evidence_id = any($1::text[]) and report_id is null`, [[...evidenceIds]]);
  }

  async discardUnclaimed(before: Date): Promise<number> {
    const deleted = await this.sql.query(`delete from ${this.table} where report_id is null and stored_at < $1 returning evidence_id`, [before.toISOString()]);
    return deleted.length;
  }
}

class ClaimRefused extends Error {}

function toStoredEvidence(row: EvidenceRow): StoredEvidence {
  const mediaType = EVIDENCE_MEDIA_TYPES.find((t) => t === row.media_type);
  if (!mediaType) throw new Error(`Stored evidence ${row.evidence_id} has an unknown media type`);
  return {
    evidenceId: row.evidence_id,
    fileName: row.file_name,
    mediaType,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    storedAt: new Date(row.stored_at).toISOString(),
    reportId: row.report_id,
  };
}

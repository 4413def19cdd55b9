import type { EvidenceFile, EvidenceMediaType } from '@hotline/intake-domain';

/** A file to keep, already checked against the evidence limits. */
export interface EvidenceToStore {
  fileName: string;
  mediaType: EvidenceMediaType;
  content: Uint8Array;
}

/** What the store recorded of a file: the metadata a report refers to, and whose report holds it. */
export interface StoredEvidence extends EvidenceFile {
  storedAt: string;
  /** The report the file came with; null while no accepted report refers to it. */
  reportId: string | null;
}

/**
 * The evidence store port (castore style: one interface, adapters behind it, one contract suite).
 * Files are written before the report that refers to them, so a file no accepted report claims
 * is discarded: at once when its report is refused, or after a while for an upload never used.
 */
export interface EvidenceStore {
  readonly name: string;
  /** Keeps the bytes; the store names the file and computes its size and SHA-256. */
  put(file: EvidenceToStore): Promise<StoredEvidence>;
  /** The metadata of the files that exist, in no particular order; unknown ids are left out. */
  describe(evidenceIds: readonly string[]): Promise<StoredEvidence[]>;
  get(evidenceId: string): Promise<{ evidence: StoredEvidence; content: Buffer } | null>;
  /** Gives the files to a report, all or none: false when one is missing or already another report's. Claiming again for the same report is a no-op. */
  claim(evidenceIds: readonly string[], reportId: string): Promise<boolean>;
  /** Undoes `claim` when the report could not be recorded after all. */
  release(reportId: string): Promise<void>;
  /** Deletes files no report claims (a claimed file is never deleted here). */
  discard(evidenceIds: readonly string[]): Promise<void>;
  /** Deletes unclaimed files stored before `before`; returns how many. */
  discardUnclaimed(before: Date): Promise<number>;
}

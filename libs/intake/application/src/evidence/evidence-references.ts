import { MAX_EVIDENCE_FILES, type EvidenceFile } from '@hotline/intake-domain';
import type { FieldError } from '@hotline/shared-contact';
import type { EvidenceStore } from './evidence-store';

export interface ResolvedEvidence {
  /** The submission with each evidence entry replaced by what the store recorded of that file. */
  raw: unknown;
  evidenceIds: string[];
  errors: FieldError[];
}

type Input = Record<string, unknown>;

const EVIDENCE_ID = /^[0-9A-Za-z-]{1,64}$/;

/**
 * A report refers to uploaded files by their evidence id; their name, type, size and hash are
 * taken from the evidence store, never from what the client claims. A file that does not exist,
 * is listed twice, or already came with another report is refused with its field.
 */
export async function resolveEvidenceReferences(raw: unknown, store: EvidenceStore | undefined, reportId?: string): Promise<ResolvedEvidence> {
  const entries = isObject(raw) && Array.isArray(raw['evidence']) ? (raw['evidence'] as unknown[]) : null;
  // Not a list, or too long a list: the report rules say so, without a look-up.
  if (!entries || entries.length === 0 || entries.length > MAX_EVIDENCE_FILES) return { raw, evidenceIds: [], errors: [] };
  const ids = entries.map((entry) => (isObject(entry) && typeof entry['evidenceId'] === 'string' ? entry['evidenceId'] : null));
  // Only what could be an id the store gave is looked up; anything else is simply not found.
  const lookups = ids.filter((id): id is string => id !== null && EVIDENCE_ID.test(id));
  const known = new Map((store && lookups.length > 0 ? await store.describe(lookups) : []).map((e) => [e.evidenceId, e]));

  const errors: FieldError[] = [];
  const resolved: EvidenceFile[] = [];
  ids.forEach((id, i) => {
    const field = `evidence.${i}.evidenceId`;
    const stored = id === null ? undefined : known.get(id);
    if (id === null) errors.push({ field, message: { vi: 'Thiếu mã của tệp đã tải lên.', en: 'The id of the uploaded file is missing.' } });
    else if (!stored) errors.push({ field, message: { vi: 'Không tìm thấy tệp đã tải lên (tệp chưa dùng bị xoá sau một thời gian).', en: 'No such uploaded file (unused uploads are deleted after a while).' } });
    else if (ids.indexOf(id) !== i) errors.push({ field, message: { vi: 'Tệp này đã có trong danh sách.', en: 'This file is already listed.' } });
    else if (stored.reportId !== null && stored.reportId !== reportId) errors.push({ field, message: { vi: 'Tệp này đã được gửi kèm một phản ánh khác.', en: 'This file already came with another report.' } });
    else resolved.push({ evidenceId: stored.evidenceId, fileName: stored.fileName, mediaType: stored.mediaType, sizeBytes: stored.sizeBytes, sha256: stored.sha256 });
  });
  return { raw: { ...(raw as Input), evidence: resolved }, evidenceIds: resolved.map((e) => e.evidenceId), errors };
}

/** The refusal when another report took a file between the look-up and the claim. */
export const EVIDENCE_TAKEN: FieldError = {
  field: 'evidence',
  message: { vi: 'Một tệp bằng chứng vừa được gửi kèm phản ánh khác; hãy tải tệp lên lại.', en: 'An evidence file was just sent with another report; please upload it again.' },
};

function isObject(value: unknown): value is Input {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

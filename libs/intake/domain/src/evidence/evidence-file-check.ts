import type { BilingualText, FieldError } from '@hotline/shared-contact';
import { EVIDENCE_MEDIA_TYPES, MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES, type EvidenceMediaType } from '../report/report-submission';
import { readSubmissionText } from '../report/submission-text';
import { mediaTypesOfContent } from './evidence-signature';

/** A file offered as evidence, before it is stored: what the sender claimed, and what it is. */
export interface EvidenceCandidate {
  fileName: unknown;
  /** The Content-Type the browser or mail client gave; null or application/octet-stream when it did not know. */
  declaredMediaType: string | null;
  sizeBytes: number;
  /** The first bytes of the content (SIGNATURE_BYTES are enough). */
  head: Uint8Array;
}

export type EvidenceCheck = { ok: true; fileName: string; mediaType: EvidenceMediaType } | { ok: false; errors: FieldError[] };

const ACCEPTED: BilingualText = {
  vi: 'Chỉ nhận ảnh (JPEG, PNG, WebP, HEIC), video (MP4, MOV), ghi âm (MP3, M4A, WAV) hoặc PDF.',
  en: 'Only photos (JPEG, PNG, WebP, HEIC), video (MP4, MOV), audio (MP3, M4A, WAV) or PDF are accepted.',
};

// Names a computer would run or render rather than show: refused even when the bytes are a real
// photo, because whoever downloads the file later may open it by its name.
const RUNNABLE_EXTENSIONS = new Set(
  ['exe', 'com', 'bat', 'cmd', 'scr', 'pif', 'msi', 'dll', 'cpl', 'js', 'mjs', 'jse', 'vbs', 'vbe', 'wsf', 'ps1', 'sh', 'jar', 'apk', 'app', 'hta', 'lnk', 'reg', 'html', 'htm', 'xhtml', 'svg'],
);

const GENERIC_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

/**
 * Checks one evidence file against the limits: a name, a size within `maxBytes`, and content
 * whose magic bytes are an accepted type (and the declared type, when one was declared).
 * `field` prefixes the error fields ("evidence.0" → "evidence.0.mediaType").
 */
export function checkEvidenceFile(candidate: EvidenceCandidate, field: string, maxBytes: number = MAX_EVIDENCE_BYTES): EvidenceCheck {
  const errors: FieldError[] = [];
  const fail = (name: string, message: BilingualText) => void errors.push({ field: field ? `${field}.${name}` : name, message });
  const fileName = readEvidenceFileName(candidate.fileName);
  if (!fileName.ok) fail('fileName', fileName.message);

  const limit = Math.min(maxBytes, MAX_EVIDENCE_BYTES);
  if (!Number.isInteger(candidate.sizeBytes) || candidate.sizeBytes <= 0) fail('sizeBytes', { vi: 'Tệp rỗng.', en: 'The file is empty.' });
  else if (candidate.sizeBytes > limit) fail('sizeBytes', { vi: `Tệp lớn hơn ${megabytes(limit)} MB.`, en: `The file is larger than ${megabytes(limit)} MB.` });

  const mediaType = candidate.sizeBytes > 0 ? readMediaType(candidate.declaredMediaType, candidate.head) : { ok: false as const, message: null };
  if (!mediaType.ok && mediaType.message) fail('mediaType', mediaType.message);
  return errors.length === 0 && fileName.ok && mediaType.ok ? { ok: true, fileName: fileName.text, mediaType: mediaType.type } : { ok: false, errors };
}

/** At most MAX_EVIDENCE_FILES files come with one report. */
export function checkEvidenceCount(count: number, field = 'evidence'): FieldError | null {
  return count > MAX_EVIDENCE_FILES
    ? { field, message: { vi: `Tối đa ${MAX_EVIDENCE_FILES} tệp bằng chứng (đã gửi ${count}).`, en: `At most ${MAX_EVIDENCE_FILES} evidence files (${count} were sent).` } }
    : null;
}

/** Drops any folder part (C:\…\anh.jpg, ../../anh.jpg) and refuses control characters and runnable names. */
function readEvidenceFileName(raw: unknown): { ok: true; text: string } | { ok: false; message: BilingualText } {
  const label = { vi: 'Tên tệp', en: 'File name' };
  const base = typeof raw === 'string' ? raw.slice(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1) : raw;
  const name = readSubmissionText(base, label, { min: 1, max: 255 });
  if (!name.ok) return name;
  const extension = /\.([^.]+)$/.exec(name.text)?.[1]?.toLowerCase();
  if (extension && RUNNABLE_EXTENSIONS.has(extension)) {
    return { ok: false, message: { vi: `Tên tệp: không nhận tệp có đuôi .${extension}.`, en: `File name: files ending in .${extension} are not accepted.` } };
  }
  return { ok: true, text: name.text };
}

function readMediaType(declared: string | null, head: Uint8Array): { ok: true; type: EvidenceMediaType } | { ok: false; message: BilingualText } {
  const claimed = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  const actual = mediaTypesOfContent(head);
  if (GENERIC_TYPES.has(claimed)) {
    return actual.length > 0 ? { ok: true, type: actual[0]! } : { ok: false, message: notAccepted() };
  }
  const type = EVIDENCE_MEDIA_TYPES.find((t) => t === claimed);
  if (!type) return { ok: false, message: ACCEPTED };
  if (actual.includes(type)) return { ok: true, type };
  return actual.length === 0
    ? { ok: false, message: notAccepted() }
    : {
        ok: false,
        message: { vi: `Nội dung tệp là ${actual[0]}, không phải ${type} như khai báo.`, en: `The file's content is ${actual[0]}, not ${type} as declared.` },
      };
}

function notAccepted(): BilingualText {
  return { vi: `Nội dung tệp không phải loại được nhận (tệp có thể đã bị đổi tên). ${ACCEPTED.vi}`, en: `The file's content is not an accepted type (it may have been renamed). ${ACCEPTED.en}` };
}

function megabytes(bytes: number): string {
  return String(Math.round((bytes / (1024 * 1024)) * 10) / 10);
}

import { readEmailAddress, readVietnamesePhoneNumber, type BilingualText, type FieldError } from '@hotline/shared-contact';
import { readSubmissionText } from './submission-text';
import { isInsideVietnam } from './vietnam-territory';

export const REPORT_CHANNELS = ['phone', 'email', 'web', 'api', 'open311', 'call_log'] as const;
export const POLLUTION_TYPES = ['wastewater', 'emissions', 'solid_waste', 'noise', 'other'] as const;
export const EVIDENCE_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'video/mp4', 'video/quicktime', 'audio/mpeg', 'audio/mp4', 'audio/wav', 'application/pdf'] as const;
export const MAX_EVIDENCE_FILES = 10;
export const MAX_EVIDENCE_BYTES = 25 * 1024 * 1024;

export type ReportChannel = (typeof REPORT_CHANNELS)[number];
export type PollutionType = (typeof POLLUTION_TYPES)[number];
export type EvidenceMediaType = (typeof EVIDENCE_MEDIA_TYPES)[number];

/** The reporter's identity: stored apart from the case, encrypted (H8); never in an event. */
export interface ReporterIdentity {
  fullName: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
}

/** A stored evidence file a report refers to: the metadata the evidence store recorded, never what a client claimed. */
export interface EvidenceFile {
  evidenceId: string;
  fileName: string;
  mediaType: EvidenceMediaType;
  sizeBytes: number;
  /** SHA-256 of the content, hex: proves later that the file was not altered. */
  sha256: string;
}

/** A report that passed validation: the content of H6, with the identity split off. */
export interface ReportSubmission {
  channel: ReportChannel;
  receivedAt: string;
  reporter: ReporterIdentity;
  confidential: boolean;
  suspectedPolluter: string | null;
  occurredAt: string | null;
  location: { address: string | null; communeCode: string | null; latitude: number | null; longitude: number | null };
  pollutionType: PollutionType;
  nature: 'sudden' | 'continuous';
  scopeAndSeverity: string | null;
  description: string;
  evidence: EvidenceFile[];
  otherInformation: string | null;
}

export type SubmissionReading = { ok: true; submission: ReportSubmission } | { ok: false; errors: FieldError[] };

const LABELS = {
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  address: { vi: 'Địa chỉ người phản ánh', en: 'Reporter address' },
  polluter: { vi: 'Đối tượng gây ô nhiễm', en: 'Suspected polluter' },
  location: { vi: 'Địa điểm', en: 'Location' },
  scope: { vi: 'Phạm vi, mức độ', en: 'Scope and severity' },
  description: { vi: 'Nội dung phản ánh', en: 'Description' },
  other: { vi: 'Thông tin khác', en: 'Other information' },
  fileName: { vi: 'Tên tệp', en: 'File name' },
} satisfies Record<string, BilingualText>;

type Input = Record<string, unknown>;

/**
 * Validates a report as submitted through any channel. Every problem is reported with its field
 * and a Vietnamese and English message; nothing is partially accepted.
 */
export function readReportSubmission(raw: unknown, now: Date): SubmissionReading {
  const errors: FieldError[] = [];
  const fail = (field: string, message: BilingualText) => void errors.push({ field, message });
  const input: Input = isObject(raw) ? raw : (fail('', { vi: 'Phản ánh phải là một đối tượng.', en: 'The report must be an object.' }), {});
  const reporterInput: Input = isObject(input['reporter']) ? input['reporter'] : {};
  const locationInput: Input = isObject(input['location']) ? input['location'] : {};

  const channel = oneOf(input['channel'], REPORT_CHANNELS, 'channel', { vi: 'Kênh tiếp nhận', en: 'Channel' }, fail);
  const receivedAt = instant(input['receivedAt'] ?? now.toISOString(), 'receivedAt', fail, now);
  const occurredAt = input['occurredAt'] == null ? null : instant(input['occurredAt'], 'occurredAt', fail, now);
  const pollutionType = oneOf(input['pollutionType'], POLLUTION_TYPES, 'pollutionType', { vi: 'Loại ô nhiễm', en: 'Pollution type' }, fail);
  const nature = oneOf(input['nature'], ['sudden', 'continuous'] as const, 'nature', { vi: 'Tính chất', en: 'Nature' }, fail);
  const text = (field: string, value: unknown, label: BilingualText, min: number, max: number) => {
    const reading = readSubmissionText(value, label, { min, max });
    if (!reading.ok) fail(field, reading.message);
    return reading.ok ? reading.text : '';
  };
  const optionalText = (field: string, value: unknown, label: BilingualText, max: number) =>
    value == null || value === '' ? null : text(field, value, label, 1, max) || null;

  const reporter: ReporterIdentity = {
    fullName: optionalText('reporter.fullName', reporterInput['fullName'], LABELS.fullName, 200),
    phone: contact(reporterInput['phone'], 'reporter.phone', (v) => readVietnamesePhoneNumber(v), fail),
    email: contact(reporterInput['email'], 'reporter.email', (v) => readEmailAddress(v), fail),
    address: optionalText('reporter.address', reporterInput['address'], LABELS.address, 500),
  };
  const location = readLocation(locationInput, fail, optionalText);
  const submission: ReportSubmission = {
    channel: channel!,
    receivedAt: receivedAt!,
    reporter,
    confidential: input['confidential'] !== false,
    suspectedPolluter: optionalText('suspectedPolluter', input['suspectedPolluter'], LABELS.polluter, 300),
    occurredAt,
    location,
    pollutionType: pollutionType!,
    nature: nature!,
    scopeAndSeverity: optionalText('scopeAndSeverity', input['scopeAndSeverity'], LABELS.scope, 2000),
    description: text('description', input['description'], LABELS.description, 10, 10_000),
    evidence: readEvidence(input['evidence'], fail),
    otherInformation: optionalText('otherInformation', input['otherInformation'], LABELS.other, 2000),
  };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, submission };
}

function readLocation(
  input: Input,
  fail: (field: string, message: BilingualText) => void,
  optionalText: (field: string, value: unknown, label: BilingualText, max: number) => string | null,
): ReportSubmission['location'] {
  const address = optionalText('location.address', input['address'], LABELS.location, 1000);
  const communeCode = input['communeCode'] == null ? null : String(input['communeCode']);
  if (communeCode !== null && !/^\d{5}$/.test(communeCode)) {
    fail('location.communeCode', { vi: 'Mã xã phải gồm 5 chữ số.', en: 'A commune code has 5 digits.' });
  }
  const hasPoint = input['latitude'] != null || input['longitude'] != null;
  const latitude = hasPoint ? Number(input['latitude']) : null;
  const longitude = hasPoint ? Number(input['longitude']) : null;
  if (hasPoint && (!Number.isFinite(latitude) || !Number.isFinite(longitude) || typeof input['latitude'] !== 'number' || typeof input['longitude'] !== 'number')) {
    fail('location.latitude', { vi: 'Toạ độ phải là hai số (vĩ độ, kinh độ).', en: 'Coordinates must be two numbers (latitude, longitude).' });
  } else if (hasPoint && !isInsideVietnam(latitude!, longitude!)) {
    fail('location.latitude', { vi: 'Toạ độ nằm ngoài lãnh thổ Việt Nam.', en: 'The coordinates are outside Vietnam.' });
  }
  if (!address && communeCode === null && !hasPoint) {
    fail('location', { vi: 'Cần địa chỉ, mã xã hoặc toạ độ nơi xảy ra ô nhiễm.', en: 'Give the address, the commune code or the coordinates of the pollution.' });
  }
  return { address, communeCode, latitude, longitude };
}

function readEvidence(raw: unknown, fail: (field: string, message: BilingualText) => void): EvidenceFile[] {
  if (raw == null) return [];
  if (!Array.isArray(raw)) {
    fail('evidence', { vi: 'Danh sách bằng chứng không hợp lệ.', en: 'Evidence must be a list.' });
    return [];
  }
  if (raw.length > MAX_EVIDENCE_FILES) {
    fail('evidence', { vi: `Tối đa ${MAX_EVIDENCE_FILES} tệp bằng chứng.`, en: `At most ${MAX_EVIDENCE_FILES} evidence files.` });
    return [];
  }
  return raw.flatMap((item, i): EvidenceFile[] => {
    const field = `evidence.${i}`;
    const file: Input = isObject(item) ? item : {};
    const evidenceId = file['evidenceId'];
    const name = readSubmissionText(file['fileName'], LABELS.fileName, { min: 1, max: 255 });
    const mediaType = EVIDENCE_MEDIA_TYPES.find((t) => t === file['mediaType']);
    const size = file['sizeBytes'];
    const sha256 = file['sha256'];
    if (typeof evidenceId !== 'string' || !/^[0-9A-Za-z-]{1,64}$/.test(evidenceId)) {
      fail(`${field}.evidenceId`, { vi: 'Thiếu mã tệp bằng chứng đã tải lên.', en: 'The id of the uploaded evidence file is missing.' });
    }
    if (!name.ok) fail(`${field}.fileName`, name.message);
    if (!mediaType) fail(`${field}.mediaType`, { vi: 'Chỉ nhận ảnh, video, ghi âm hoặc PDF.', en: 'Only photos, video, audio or PDF are accepted.' });
    if (typeof size !== 'number' || !Number.isInteger(size) || size <= 0 || size > MAX_EVIDENCE_BYTES) {
      fail(`${field}.sizeBytes`, { vi: 'Tệp rỗng hoặc lớn hơn 25 MB.', en: 'The file is empty or larger than 25 MB.' });
    }
    if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) fail(`${field}.sha256`, { vi: 'Thiếu mã băm SHA-256 của tệp.', en: 'The SHA-256 of the file is missing.' });
    return typeof evidenceId === 'string' && name.ok && mediaType && typeof size === 'number' && typeof sha256 === 'string'
      ? [{ evidenceId, fileName: name.text, mediaType, sizeBytes: size, sha256 }]
      : [];
  });
}

function contact(
  raw: unknown,
  field: string,
  read: (value: string) => { ok: true; e164?: string; address?: string } | { ok: false; message: BilingualText },
  fail: (field: string, message: BilingualText) => void,
): string | null {
  if (raw == null || raw === '') return null;
  if (typeof raw !== 'string') {
    fail(field, { vi: 'Phải là văn bản.', en: 'Must be text.' });
    return null;
  }
  const reading = read(raw);
  if (!reading.ok) {
    fail(field, reading.message);
    return null;
  }
  return reading.e164 ?? reading.address ?? null;
}

function oneOf<T extends string>(raw: unknown, allowed: readonly T[], field: string, label: BilingualText, fail: (field: string, message: BilingualText) => void): T | undefined {
  const found = allowed.find((a) => a === raw);
  if (!found) fail(field, { vi: `${label.vi}: phải là một trong ${allowed.join(', ')}.`, en: `${label.en}: must be one of ${allowed.join(', ')}.` });
  return found;
}

function instant(raw: unknown, field: string, fail: (field: string, message: BilingualText) => void, now: Date): string | null {
  const time = typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(raw) ? Date.parse(raw) : NaN;
  if (Number.isNaN(time)) {
    fail(field, { vi: 'Thời điểm phải theo ISO 8601 có múi giờ (vd. 2026-02-13T10:00:00+07:00).', en: 'Times must be ISO 8601 with an offset (e.g. 2026-02-13T10:00:00+07:00).' });
    return null;
  }
  // A little slack for clocks of phones and switchboards that run ahead.
  if (time > now.getTime() + 5 * 60_000) {
    fail(field, { vi: 'Thời điểm nằm ở tương lai.', en: 'The time is in the future.' });
    return null;
  }
  return new Date(time).toISOString();
}

function isObject(value: unknown): value is Input {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

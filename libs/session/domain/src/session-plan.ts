import type { BilingualText, FieldError } from '@hotline/shared-contact';
import { foldedKey } from './searchable-text';
import { FieldReader } from './plain-field';
import { isHostUnitCode, readUnitCode, type UnitCode } from './unit-code';
import { isBefore, readVietnamInstant, type Instant } from './vietnam-time';

/** An official who answers at the session (S4): a leader or an expert, named on the public page. */
export interface SessionOfficial {
  readonly name: string;
  readonly position: string;
  /** The unit they answer for, when it is not the host. */
  readonly unitCode: UnitCode | null;
}

/** What a host decides about a session (S1): who hosts, on what, when, and who answers. */
export interface SessionPlan {
  /** 'BTNMT' (the ministry's national page) or 'P<province>' (a province's own page). */
  readonly hostUnitCode: UnitCode;
  /** For topics that span provinces or sectors. */
  readonly coHostUnitCodes: readonly UnitCode[];
  readonly topic: string;
  readonly subtopics: readonly string[];
  readonly startsAt: Instant;
  readonly endsAt: Instant;
  readonly officials: readonly SessionOfficial[];
}

export type SessionPlanReading = { readonly ok: true; readonly plan: SessionPlan } | { readonly ok: false; readonly errors: readonly FieldError[] };

const MAX_SESSION_HOURS = 12;
const LABELS = {
  topic: { vi: 'Chủ đề', en: 'Topic' },
  subtopics: { vi: 'Các nội dung', en: 'Sub-topics' },
  subtopic: { vi: 'Nội dung', en: 'Sub-topic' },
  coHosts: { vi: 'Đơn vị đồng chủ trì', en: 'Co-hosts' },
  officials: { vi: 'Người trả lời', en: 'Answering officials' },
  name: { vi: 'Họ tên', en: 'Name' },
  position: { vi: 'Chức vụ', en: 'Position' },
} satisfies Record<string, BilingualText>;

/**
 * Reads a session plan as a host submits it. Times are ISO 8601 with an offset, or a wall-clock
 * time without one, read as Vietnam time; the session starts after `now` and lasts at most 12 h.
 */
export function readSessionPlan(raw: Readonly<Record<string, unknown>>, now: Instant): SessionPlanReading {
  const read = new FieldReader();
  const hostUnitCode = readHost(read, raw['hostUnitCode']);
  const coHostUnitCodes = readCoHosts(read, raw['coHostUnitCodes'], hostUnitCode);
  const topic = read.text('topic', raw['topic'], LABELS.topic, { min: 5, max: 300 });
  const subtopics = distinctTexts(read, 'subtopics', read.list('subtopics', raw['subtopics'], LABELS.subtopics, { min: 0, max: 20 }));
  const schedule = readSchedule(read, raw['startsAt'], raw['endsAt'], now);
  const officials = read.list('officials', raw['officials'], LABELS.officials, { min: 1, max: 30 }).map((o, i) => readOfficial(read, `officials.${i}`, o));
  if (read.errors.length > 0) return { ok: false, errors: read.errors };
  return { ok: true, plan: { hostUnitCode: hostUnitCode!, coHostUnitCodes, topic, subtopics, ...schedule!, officials } };
}

function readHost(read: FieldReader, raw: unknown): UnitCode | null {
  const code = typeof raw === 'string' ? readUnitCode(raw) : null;
  if (code !== null && isHostUnitCode(code)) return code;
  read.refuse('hostUnitCode', {
    vi: 'Đơn vị chủ trì là Bộ (BTNMT) hoặc một tỉnh, thành phố (P + mã tỉnh, vd. P01).',
    en: 'The host is the ministry (BTNMT) or a province (P + its code, e.g. P01).',
  });
  return null;
}

function readCoHosts(read: FieldReader, raw: unknown, host: UnitCode | null): UnitCode[] {
  const codes: UnitCode[] = [];
  read.list('coHostUnitCodes', raw, LABELS.coHosts, { min: 0, max: 10 }).forEach((item, i) => {
    const code = typeof item === 'string' ? readUnitCode(item) : null;
    if (code === null || !isHostUnitCode(code)) {
      read.refuse(`coHostUnitCodes.${i}`, { vi: 'Đơn vị đồng chủ trì là Bộ hoặc một tỉnh, thành phố.', en: 'A co-host is the ministry or a province.' });
    } else if (code === host || codes.includes(code)) {
      read.refuse(`coHostUnitCodes.${i}`, { vi: `${code} đã có trong danh sách.`, en: `${code} is already listed.` });
    } else codes.push(code);
  });
  return codes;
}

function distinctTexts(read: FieldReader, field: string, items: readonly unknown[]): string[] {
  const texts: string[] = [];
  items.forEach((item, i) => {
    const text = read.text(`${field}.${i}`, item, LABELS.subtopic, { min: 2, max: 200 });
    if (text !== '' && texts.some((t) => foldedKey(t) === foldedKey(text))) {
      read.refuse(`${field}.${i}`, { vi: `“${text}” bị lặp.`, en: `“${text}” appears twice.` });
    } else if (text !== '') texts.push(text);
  });
  return texts;
}

function readSchedule(read: FieldReader, rawStart: unknown, rawEnd: unknown, now: Instant): { startsAt: Instant; endsAt: Instant } | null {
  const startsAt = typeof rawStart === 'string' ? readVietnamInstant(rawStart) : null;
  const endsAt = typeof rawEnd === 'string' ? readVietnamInstant(rawEnd) : null;
  const format = { vi: 'Thời điểm theo dạng 2026-04-29T09:00 (giờ Việt Nam) hoặc có múi giờ.', en: 'A time like 2026-04-29T09:00 (Vietnam time) or with an offset.' };
  if (startsAt === null) read.refuse('startsAt', format);
  if (endsAt === null) read.refuse('endsAt', format);
  if (startsAt === null || endsAt === null) return null;
  if (!isBefore(now, startsAt)) read.refuse('startsAt', { vi: 'Buổi giao lưu phải diễn ra sau thời điểm hiện tại.', en: 'The session must start in the future.' });
  const hours = (Date.parse(endsAt) - Date.parse(startsAt)) / 3_600_000;
  if (!(hours > 0 && hours <= MAX_SESSION_HOURS)) {
    read.refuse('endsAt', { vi: `Kết thúc sau khi bắt đầu, dài tối đa ${MAX_SESSION_HOURS} giờ.`, en: `Ends after it starts, at most ${MAX_SESSION_HOURS} hours later.` });
  }
  return { startsAt, endsAt };
}

function readOfficial(read: FieldReader, field: string, raw: unknown): SessionOfficial {
  const entry = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const name = read.text(`${field}.name`, entry['name'], LABELS.name, { min: 2, max: 100 });
  const position = read.text(`${field}.position`, entry['position'], LABELS.position, { min: 2, max: 200 });
  const rawUnit = entry['unitCode'];
  const unitCode = rawUnit === undefined || rawUnit === null || rawUnit === '' ? null : typeof rawUnit === 'string' ? readUnitCode(rawUnit) : null;
  if (unitCode === null && rawUnit !== undefined && rawUnit !== null && rawUnit !== '') {
    read.refuse(`${field}.unitCode`, { vi: 'Mã đơn vị không có trong danh mục.', en: 'Not a current unit code.' });
  }
  return { name, position, unitCode };
}

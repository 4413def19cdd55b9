import type { BilingualText, FieldError } from '@hotline/shared-contact';
import { POLLUTION_TYPES, type PollutionType } from '../report/report-submission';
import { normaliseTrackingCode } from '../report/tracking-code';
import { readVietnamDate, readVietnamInstant } from '../vietnam-time';
import type { FormFields } from './url-encoded-form';

export type Open311Status = 'open' | 'closed';

/** GET requests, read: either a list of ids, or a search window with filters and a page. */
export type Open311RequestQuery =
  | { kind: 'ids'; trackingCodes: string[] }
  | { kind: 'search'; serviceCodes: PollutionType[] | null; statuses: Open311Status[] | null; from: string; to: string; page: number; pageSize: number };

export type Open311QueryReading = { ok: true; query: Open311RequestQuery } | { ok: false; errors: FieldError[] };

const DAY_MS = 86_400_000;
/** The spec's default window, and the longest one a search may span. */
export const OPEN311_WINDOW_DAYS = 90;
/** The spec's cap on one answer; `page` walks further. */
export const OPEN311_MAX_PAGE_SIZE = 1000;
export const OPEN311_MAX_IDS = 100;

/**
 * Reads the filters of GET requests. As the spec says, service_request_id (comma separated)
 * overrides every other filter; without dates the window is the last 90 days.
 */
export function readOpen311RequestQuery(params: FormFields, now: Date): Open311QueryReading {
  const errors: FieldError[] = [];
  const fail = (field: string, message: BilingualText) => void errors.push({ field, message });
  const one = (name: string) => params.get(name)?.[0]?.trim() || undefined;
  const ids = one('service_request_id');
  if (ids !== undefined) {
    const trackingCodes = readIds(ids, fail);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, query: { kind: 'ids', trackingCodes } };
  }
  const serviceCodes = readList(one('service_code'), POLLUTION_TYPES, 'service_code', fail);
  const statuses = readList(one('status'), ['open', 'closed'] as const, 'status', fail);
  const window = readWindow(one('start_date'), one('end_date'), now, fail);
  const page = readCount(one('page'), 1, 100_000, 'page', fail) ?? 1;
  const pageSize = readCount(one('page_size'), 1, OPEN311_MAX_PAGE_SIZE, 'page_size', fail) ?? OPEN311_MAX_PAGE_SIZE;
  if (errors.length > 0 || !window) return { ok: false, errors };
  return { ok: true, query: { kind: 'search', serviceCodes, statuses, from: window.from, to: window.to, page, pageSize } };
}

function readIds(text: string, fail: (field: string, message: BilingualText) => void): string[] {
  const typed = text.split(',').map((id) => id.trim()).filter((id) => id !== '');
  if (typed.length > OPEN311_MAX_IDS) {
    fail('service_request_id', { vi: `Tối đa ${OPEN311_MAX_IDS} mã mỗi lần.`, en: `At most ${OPEN311_MAX_IDS} ids at a time.` });
    return [];
  }
  const codes = typed.map((id) => normaliseTrackingCode(id));
  if (codes.some((c) => c === null)) {
    fail('service_request_id', { vi: 'Mã phản ánh có dạng PA-XXXX-XXXX.', en: 'A service_request_id looks like PA-XXXX-XXXX.' });
  }
  return [...new Set(codes.filter((c): c is string => c !== null))];
}

function readList<T extends string>(text: string | undefined, allowed: readonly T[], field: string, fail: (field: string, message: BilingualText) => void): T[] | null {
  if (text === undefined) return null;
  const items = text.split(',').map((t) => t.trim()).filter((t) => t !== '');
  const known = items.map((item) => allowed.find((a) => a === item));
  if (known.some((k) => k === undefined) || known.length === 0) {
    fail(field, { vi: `Giá trị hợp lệ: ${allowed.join(', ')} (phân cách bằng dấu phẩy).`, en: `Valid values: ${allowed.join(', ')} (comma separated).` });
    return null;
  }
  return [...new Set(known as T[])];
}

function readWindow(start: string | undefined, end: string | undefined, now: Date, fail: (field: string, message: BilingualText) => void): { from: string; to: string } | null {
  const instant = (text: string | undefined, field: string): number | null | undefined => {
    if (text === undefined) return undefined;
    const read = readVietnamInstant(text) ?? readVietnamDate(text);
    if (read === null) fail(field, { vi: 'Thời điểm theo ISO 8601, vd. 2026-02-13T00:00:00+07:00.', en: 'A time in ISO 8601, e.g. 2026-02-13T00:00:00+07:00.' });
    return read === null ? null : Date.parse(read);
  };
  const from = instant(start, 'start_date');
  const to = instant(end, 'end_date');
  if (from === null || to === null) return null;
  const windowMs = OPEN311_WINDOW_DAYS * DAY_MS;
  const upper = to ?? (from === undefined ? now.getTime() : from + windowMs);
  const lower = from ?? upper - windowMs;
  if (lower > upper) {
    fail('start_date', { vi: 'start_date phải trước end_date.', en: 'start_date must come before end_date.' });
    return null;
  }
  if (upper - lower > windowMs) {
    fail('end_date', { vi: `Khoảng thời gian tối đa ${OPEN311_WINDOW_DAYS} ngày.`, en: `The window may span at most ${OPEN311_WINDOW_DAYS} days.` });
    return null;
  }
  return { from: new Date(lower).toISOString(), to: new Date(upper).toISOString() };
}

function readCount(text: string | undefined, min: number, max: number, field: string, fail: (field: string, message: BilingualText) => void): number | null {
  if (text === undefined) return null;
  const value = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    fail(field, { vi: `Phải là số nguyên từ ${min} đến ${max}.`, en: `Must be a whole number from ${min} to ${max}.` });
    return null;
  }
  return value;
}

import type { BilingualText } from '@hotline/shared-contact';

/** An ISO-8601 instant with an explicit offset; stored in UTC ('2026-04-29T02:00:00.000Z'). */
export type Instant = string;

/** 'YYYY-MM-DD' on the Vietnam calendar. */
export type LocalDate = string;

// Asia/Ho_Chi_Minh has had no daylight saving since 1975, so a fixed offset is exact.
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;
const WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isInstant(text: string): boolean {
  return WITH_OFFSET.test(text) && !Number.isNaN(Date.parse(text)) && dayExists(text.slice(0, 10));
}

/** The same instant in UTC, as the event store keeps it. Callers check `isInstant` first. */
export function toUtcInstant(instant: Instant): Instant {
  return new Date(Date.parse(instant)).toISOString();
}

/**
 * Reads a time as a person writes it in a form: ISO 8601 with an offset, or a wall-clock time
 * without one ('2026-04-29T09:00'), which is Vietnam time, never the server's zone. The UTC
 * instant, or null for text that is no time or names a day that does not exist.
 */
export function readVietnamInstant(text: string): Instant | null {
  const trimmed = text.trim();
  if (isInstant(trimmed)) return toUtcInstant(trimmed);
  const wall = WALL_CLOCK.exec(trimmed);
  if (!wall || !dayExists(trimmed.slice(0, 10))) return null;
  const [, y, mo, d, h, mi, s] = wall;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return null;
  return new Date(Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}+07:00`)).toISOString();
}

export function vietnamDateOf(instant: Instant): LocalDate {
  return new Date(Date.parse(instant) + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** 00:00 in Vietnam on that date, as a UTC instant. */
export function startOfVietnamDay(date: LocalDate): Instant {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - VIETNAM_OFFSET_MS).toISOString();
}

export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function isLocalDate(text: string): boolean {
  return DATE.test(text) && dayExists(text);
}

/** The instant as people in Vietnam read it, with its offset: '2026-04-29T09:00:00+07:00'. */
export function inVietnamTime(instant: Instant): string {
  return `${new Date(Date.parse(instant) + VIETNAM_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

/** '09:00 ngày 29/04/2026 (giờ Việt Nam)' / '09:00 on 29/04/2026 (Vietnam time)'. */
export function vietnamTimeWording(instant: Instant): BilingualText {
  const local = inVietnamTime(instant);
  const time = local.slice(11, 16);
  const date = dateWording(local.slice(0, 10));
  return { vi: `${time} ngày ${date.vi} (giờ Việt Nam)`, en: `${time} on ${date.en} (Vietnam time)` };
}

/** '17/04/2026', as dates are written in Vietnam. */
export function dateWording(date: LocalDate): BilingualText {
  const [y, m, d] = date.split('-');
  return { vi: `${d}/${m}/${y}`, en: `${d}/${m}/${y}` };
}

export function isBefore(a: Instant, b: Instant): boolean {
  return Date.parse(a) < Date.parse(b);
}

// Date.parse rolls 31/02 over to 03/03; a day that does not exist is an error, not a guess.
function dayExists(date: string): boolean {
  const time = Date.parse(`${date}T00:00:00.000Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === date;
}

// Asia/Ho_Chi_Minh has had no daylight saving since 1975, so a fixed offset is exact.
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/;
const DAY_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An instant as people in Vietnam read it, with its offset: '2026-02-13T10:00:00+07:00'. */
export function inVietnamTime(instant: string | Date): string {
  const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return `${new Date(time + VIETNAM_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

/**
 * Reads a time as switchboards, spreadsheets and apps write it: ISO 8601 with or without an offset
 * ('2026-02-13T09:15', '2026-02-13 09:15:00+07:00'), or day first ('13/02/2026 09:15'). A time
 * without an offset is a wall-clock time in Vietnam, never the server's zone. Returns the UTC
 * instant, or null for text that is no time or names a day that does not exist (31/02).
 */
export function readVietnamInstant(text: string): string | null {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  if (iso) {
    const [, y, mo, d, h, mi, s, fraction, offset] = iso;
    return instantOf({ y, mo, d, h, mi, s, ms: fraction?.padEnd(3, '0').slice(0, 3) }, offset ?? '+07:00');
  }
  const dayFirst = DAY_FIRST.exec(trimmed);
  if (dayFirst) {
    const [, d, mo, y, h, mi, s] = dayFirst;
    return instantOf({ y, mo: mo.padStart(2, '0'), d: d.padStart(2, '0'), h: h.padStart(2, '0'), mi, s }, '+07:00');
  }
  return null;
}

/** 'YYYY-MM-DD' as the start of that day in Vietnam, or null. */
export function readVietnamDate(text: string): string | null {
  const match = DATE_ONLY.exec(text.trim());
  return match ? instantOf({ y: match[1], mo: match[2], d: match[3], h: '00', mi: '00' }, '+07:00') : null;
}

function instantOf(p: { y: string; mo: string; d: string; h: string; mi: string; s?: string; ms?: string }, offset: string): string | null {
  const wall = `${p.y}-${p.mo}-${p.d}T${p.h}:${p.mi}:${p.s ?? '00'}.${p.ms ?? '000'}`;
  const time = Date.parse(`${wall}${offset}`);
  if (Number.isNaN(time)) return null;
  // Date.parse rolls 31/02 over to 03/03; a day that does not exist is an error, not a guess.
  const offsetMs = offset === 'Z' ? 0 : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 3_600_000 + Number(offset.slice(4, 6)) * 60_000);
  if (new Date(time + offsetMs).toISOString().slice(0, 23) !== wall) return null;
  return new Date(time).toISOString();
}

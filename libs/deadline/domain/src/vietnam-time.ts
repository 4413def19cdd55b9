import { addCalendarDays, epochDayOf, localDateFromEpochDay, type LocalDate } from './local-date';

/** An instant as an ISO-8601 string with an explicit offset; stored and reported in UTC ('…Z'). */
export type Instant = string;

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
// Asia/Ho_Chi_Minh has had no daylight saving since 1975, so a fixed offset is exact.
const VIETNAM_OFFSET_MS = 7 * MS_PER_HOUR;
// Without an offset, Date.parse would read the machine's zone and the result would depend on the host.
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export class InvalidInstantError extends RangeError {
  constructor(readonly value: string) {
    super(`Not an ISO-8601 instant with an offset (e.g. '2026-02-13T03:00:00Z'): '${value}'`);
    this.name = 'InvalidInstantError';
  }
}

export function instantToEpochMs(instant: Instant): number {
  const ms = ISO_WITH_OFFSET.test(instant) ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(ms)) throw new InvalidInstantError(instant);
  return ms;
}

export function instantFromEpochMs(ms: number): Instant {
  return new Date(ms).toISOString();
}

/** The same instant written in UTC, as the event store keeps it. */
export function toUtcInstant(instant: Instant): Instant {
  return instantFromEpochMs(instantToEpochMs(instant));
}

export function addClockHours(instant: Instant, hours: number): Instant {
  return instantFromEpochMs(instantToEpochMs(instant) + hours * MS_PER_HOUR);
}

export function vietnamDateOf(instant: Instant): LocalDate {
  return localDateFromEpochDay(Math.floor((instantToEpochMs(instant) + VIETNAM_OFFSET_MS) / MS_PER_DAY));
}

/** 24:00 Vietnam time on `date`, i.e. 00:00 of the next day, i.e. 17:00 UTC on `date`. */
export function endOfVietnamDay(date: LocalDate): Instant {
  return instantFromEpochMs(epochDayOf(addCalendarDays(date, 1)) * MS_PER_DAY - VIETNAM_OFFSET_MS);
}

/** 'HH:mm' on the Vietnam wall clock. */
export function vietnamClockTimeOf(instant: Instant): string {
  return new Date(instantToEpochMs(instant) + VIETNAM_OFFSET_MS).toISOString().slice(11, 16);
}

export function isBefore(a: Instant, b: Instant): boolean {
  return instantToEpochMs(a) < instantToEpochMs(b);
}

export function isAtOrAfter(a: Instant, b: Instant): boolean {
  return !isBefore(a, b);
}

export function hoursBetween(from: Instant, to: Instant): number {
  return (instantToEpochMs(to) - instantToEpochMs(from)) / MS_PER_HOUR;
}

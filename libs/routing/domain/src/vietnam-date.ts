/** An ISO-8601 instant with an explicit offset, e.g. '2026-03-02T10:00:00+07:00'. */
export type Instant = string;

/** 'YYYY-MM-DD' on the Vietnam calendar. */
export type LocalDate = string;

// Without an offset, Date.parse would read the host's zone and decisions would depend on the machine.
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
// Asia/Ho_Chi_Minh has had no daylight saving since 1975, so a fixed offset is exact.
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

export function isInstant(text: string): boolean {
  return ISO_WITH_OFFSET.test(text) && !Number.isNaN(Date.parse(text));
}

/** The same instant in UTC, as the event store keeps it. Callers check `isInstant` first. */
export function toUtcInstant(instant: Instant): Instant {
  return new Date(Date.parse(instant)).toISOString();
}

export function vietnamDateOf(instant: Instant): LocalDate {
  return new Date(Date.parse(instant) + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

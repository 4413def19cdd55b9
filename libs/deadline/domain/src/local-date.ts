/**
 * A calendar date in Vietnam, written 'YYYY-MM-DD'. Plain strings keep events serialisable and
 * compare correctly with < and >.
 */
export type LocalDate = string;

export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

const MS_PER_DAY = 86_400_000;
const WEEKDAYS: readonly Weekday[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

export class InvalidLocalDateError extends RangeError {
  constructor(readonly value: string) {
    super(`Not a calendar date 'YYYY-MM-DD': '${value}'`);
    this.name = 'InvalidLocalDateError';
  }
}

/** Days since 1970-01-01, the basis of all date arithmetic here. */
export function epochDayOf(date: LocalDate): number {
  const match = SHAPE.exec(date);
  if (!match) throw new InvalidLocalDateError(date);
  const [, y, m, d] = match.map(Number);
  const ms = Date.UTC(y, m - 1, d);
  // Date.UTC rolls 2026-02-30 over to March; a round trip catches it.
  if (localDateFromEpochDay(ms / MS_PER_DAY) !== date) throw new InvalidLocalDateError(date);
  return ms / MS_PER_DAY;
}

export function localDateFromEpochDay(epochDay: number): LocalDate {
  return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  return localDateFromEpochDay(epochDayOf(date) + days);
}

export function calendarDaysBetween(from: LocalDate, to: LocalDate): number {
  return epochDayOf(to) - epochDayOf(from);
}

export function weekdayOf(date: LocalDate): Weekday {
  return WEEKDAYS[new Date(epochDayOf(date) * MS_PER_DAY).getUTCDay()];
}

export function isWeekend(date: LocalDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === 'saturday' || weekday === 'sunday';
}

export function yearOf(date: LocalDate): number {
  epochDayOf(date);
  return Number(date.slice(0, 4));
}

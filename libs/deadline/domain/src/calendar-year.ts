import type { BilingualText } from './bilingual-text';
import type { CalendarException, CalendarExceptionKind } from './calendar-exception';
import { epochDayOf, isWeekend, type LocalDate } from './local-date';

/** The kinds of day an administrator may declare off (W1); a make-up working day is declared apart. */
export const DAY_OFF_KINDS = ['holiday', 'compensatory', 'swapped_day_off', 'pending_holiday'] as const satisfies readonly CalendarExceptionKind[];
export type DayOffKind = (typeof DAY_OFF_KINDS)[number];

/** A day of one year's table as an administrator enters it, with where it comes from. */
export interface CalendarDayInput {
  readonly date: string;
  readonly nameVi: string;
  readonly nameEn: string;
  /** The decision or announcement: required, so nobody has to guess later why a day was off. */
  readonly source: string;
  readonly status?: string | null;
}

export interface CalendarYearInput {
  readonly year: number;
  readonly daysOff: readonly (CalendarDayInput & { readonly kind?: DayOffKind | null })[];
  readonly workingDays: readonly CalendarDayInput[];
}

/** A row of the year's table, ready to store. */
export type CalendarYearDay = CalendarException & { readonly source: string; readonly status: string };

export interface CalendarYearIssue {
  /** e.g. 'daysOff.2.date' */
  readonly field: string;
  readonly message: BilingualText;
}

export type CalendarYearValidation =
  | { readonly ok: true; readonly year: number; readonly days: readonly CalendarYearDay[] }
  | { readonly ok: false; readonly issues: readonly CalendarYearIssue[] };

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;
const NAME_LIMIT = 200;
const SOURCE_LIMIT = 2000;
const DEFAULT_STATUS = 'official';

/**
 * Checks one year's table of days off and make-up working days (W1) before it replaces the
 * stored one. Every problem is reported with its field, so the administrator fixes the form once:
 * dates must be real and in that year, each day listed once, a make-up working day must fall on
 * a weekend (a weekday is a working day already), and a year needs at least one day off (1/1 is
 * one by law; an empty year would read as "not maintained").
 */
export function validateCalendarYear(input: CalendarYearInput): CalendarYearValidation {
  const issues: CalendarYearIssue[] = [];
  if (!Number.isInteger(input.year) || input.year < FIRST_YEAR || input.year > LAST_YEAR) {
    issues.push(issue('year', { vi: `phải là năm từ ${FIRST_YEAR} đến ${LAST_YEAR}`, en: `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}` }));
  }
  if (input.daysOff.length === 0) issues.push(issue('daysOff', { vi: 'cần ít nhất một ngày nghỉ (1/1 là ngày nghỉ theo luật)', en: 'needs at least one day off (1 January is one by law)' }));
  const seen = new Map<LocalDate, string>();
  const days: CalendarYearDay[] = [];
  input.daysOff.forEach((day, i) => {
    const kind = day.kind ?? 'holiday';
    const checked = checkDay(`daysOff.${i}`, day, input.year, seen, issues);
    if (!DAY_OFF_KINDS.includes(kind)) issues.push(issue(`daysOff.${i}.kind`, { vi: `phải là một trong: ${DAY_OFF_KINDS.join(', ')}`, en: `must be one of: ${DAY_OFF_KINDS.join(', ')}` }));
    // A holiday awaiting its legal basis is counted as a working day, but named in explanations.
    if (checked) days.push({ ...checked, kind, isWorkingDay: kind === 'pending_holiday' ? 'uncertain' : 'no' });
  });
  input.workingDays.forEach((day, i) => {
    const checked = checkDay(`workingDays.${i}`, day, input.year, seen, issues);
    if (checked && !isWeekend(checked.date)) {
      issues.push(issue(`workingDays.${i}.date`, { vi: 'ngày làm bù phải là thứ Bảy hoặc Chủ nhật', en: 'a make-up working day must be a Saturday or a Sunday' }));
    }
    if (checked) days.push({ ...checked, kind: 'makeup_workday', isWorkingDay: 'yes' });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, year: input.year, days: days.sort((a, b) => a.date.localeCompare(b.date)) };
}

function checkDay(
  field: string,
  day: CalendarDayInput,
  year: number,
  seen: Map<LocalDate, string>,
  issues: CalendarYearIssue[],
): Omit<CalendarYearDay, 'kind' | 'isWorkingDay'> | undefined {
  const before = issues.length;
  const date = day.date.trim();
  if (!isLocalDate(date)) issues.push(issue(`${field}.date`, { vi: 'phải là ngày hợp lệ dạng YYYY-MM-DD', en: 'must be a valid date YYYY-MM-DD' }));
  else if (Number(date.slice(0, 4)) !== year) issues.push(issue(`${field}.date`, { vi: `phải thuộc năm ${year}`, en: `must fall in ${year}` }));
  else if (seen.has(date)) issues.push(issue(`${field}.date`, { vi: `ngày ${date} đã có ở ${seen.get(date)}`, en: `${date} is already listed at ${seen.get(date)}` }));
  else seen.set(date, field);
  const text = (name: 'nameVi' | 'nameEn' | 'source', limit: number) => {
    const value = day[name].trim();
    if (value === '') issues.push(issue(`${field}.${name}`, { vi: 'bắt buộc phải có', en: 'is required' }));
    else if (value.length > limit) issues.push(issue(`${field}.${name}`, { vi: `tối đa ${limit} ký tự`, en: `at most ${limit} characters` }));
    return value;
  };
  const [nameVi, nameEn, source] = [text('nameVi', NAME_LIMIT), text('nameEn', NAME_LIMIT), text('source', SOURCE_LIMIT)];
  const status = day.status?.trim() || DEFAULT_STATUS;
  return issues.length === before ? { date, nameVi, nameEn, source, status } : undefined;
}

function isLocalDate(text: string): boolean {
  try {
    epochDayOf(text);
    return true;
  } catch {
    return false;
  }
}

function issue(field: string, problem: BilingualText): CalendarYearIssue {
  return { field, message: { vi: `Trường “${field}”: ${problem.vi}.`, en: `Field “${field}”: ${problem.en}.` } };
}

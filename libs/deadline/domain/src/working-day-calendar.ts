import type { HolidayRow } from '@hotline/reference-data';
import { calendarExceptionFromHolidayRow, type CalendarException } from './calendar-exception';
import { CalendarNotMaintainedError } from './calendar-not-maintained-error';
import { explainDay, type DayExplanation, type DayReason } from './day-explanation';
import { addCalendarDays, epochDayOf, isWeekend, yearOf, type LocalDate } from './local-date';

export interface CalendarCoverage {
  readonly firstYear: number;
  readonly lastYear: number;
}

/**
 * The civil-servant working-day calendar (W1): Monday–Friday, minus days off, plus make-up
 * Saturdays, as maintained by administrators year by year (reference-data SOURCES.md B1).
 * A year is covered when the table holds at least one row for it; every Vietnamese year has
 * 1 January off, so a year without rows has simply not been entered.
 */
export class WorkingDayCalendar {
  private readonly exceptionsByDate: ReadonlyMap<LocalDate, readonly CalendarException[]>;
  private readonly coveredYears: ReadonlySet<number>;

  constructor(exceptions: readonly CalendarException[]) {
    if (exceptions.length === 0) throw new RangeError('A working-day calendar needs at least one maintained year');
    const byDate = new Map<LocalDate, CalendarException[]>();
    for (const exception of exceptions) {
      epochDayOf(exception.date);
      byDate.set(exception.date, [...(byDate.get(exception.date) ?? []), exception]);
    }
    this.exceptionsByDate = byDate;
    this.coveredYears = new Set(exceptions.map((e) => yearOf(e.date)));
  }

  static fromHolidayRows(rows: readonly HolidayRow[]): WorkingDayCalendar {
    return new WorkingDayCalendar(rows.map(calendarExceptionFromHolidayRow));
  }

  coverage(): CalendarCoverage {
    const years = [...this.coveredYears];
    return { firstYear: Math.min(...years), lastYear: Math.max(...years) };
  }

  covers(date: LocalDate): boolean {
    return this.coveredYears.has(yearOf(date));
  }

  isWorkingDay(date: LocalDate): boolean {
    return this.explain(date).isWorkingDay;
  }

  explain(date: LocalDate): DayExplanation {
    this.assertCovered(date);
    return explainDay(date, this.reasonFor(date));
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: LocalDate): LocalDate {
    return this.addWorkingDays(date, 1);
  }

  /** `date` itself when it is a working day, otherwise the next one. */
  workingDayOnOrAfter(date: LocalDate): LocalDate {
    return this.isWorkingDay(date) ? date : this.nextWorkingDay(date);
  }

  /** The n-th working day after `date`, counting starts the day after (W2); n = 0 gives `date`. */
  addWorkingDays(date: LocalDate, n: number): LocalDate {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days to add must be a whole number ≥ 0, got ${n}`);
    let current = date;
    for (let counted = 0; counted < n; ) {
      current = addCalendarDays(current, 1);
      if (this.isWorkingDay(current)) counted++;
    }
    return current;
  }

  /** Working days in (after, through]: what is left of a count that ends on `through`. */
  workingDaysBetween(after: LocalDate, through: LocalDate): number {
    return this.explainDays(after, through).filter((day) => day.isWorkingDay).length;
  }

  /** Every day in (after, through], each with its reason. */
  explainDays(after: LocalDate, through: LocalDate): DayExplanation[] {
    const days: DayExplanation[] = [];
    for (let day = addCalendarDays(after, 1); day <= through; day = addCalendarDays(day, 1)) {
      days.push(this.explain(day));
    }
    return days;
  }

  private reasonFor(date: LocalDate): DayReason {
    const exceptions = this.exceptionsByDate.get(date) ?? [];
    const makeup = exceptions.find((e) => e.kind === 'makeup_workday');
    if (makeup) return { kind: 'makeup_workday', exception: makeup };
    const dayOff = exceptions.find((e) => e.isWorkingDay === 'no');
    if (dayOff) return { kind: 'day_off', exception: dayOff };
    if (isWeekend(date)) return { kind: 'weekend' };
    const uncertain = exceptions.find((e) => e.isWorkingDay === 'uncertain');
    if (uncertain) return { kind: 'uncertain_day_off', exception: uncertain };
    return { kind: 'ordinary_working_day' };
  }

  private assertCovered(date: LocalDate): void {
    if (!this.covers(date)) throw new CalendarNotMaintainedError(yearOf(date), this.coverage());
  }
}

import type { HolidayRow } from '@hotline/reference-data';
import type { LocalDate } from './local-date';

export type CalendarExceptionKind = HolidayRow['kind'];

/**
 * One administrator-maintained row of the working-day table (W1): a day off, a nghỉ bù,
 * a swapped day off, or a make-up Saturday.
 */
export interface CalendarException {
  readonly date: LocalDate;
  readonly kind: CalendarExceptionKind;
  /** 'uncertain' days (e.g. a holiday awaiting legislation) count as working days but are reported. */
  readonly isWorkingDay: 'yes' | 'no' | 'uncertain';
  readonly nameVi: string;
  readonly nameEn: string;
  /** e.g. 'official', 'estimated'; shown so nobody mistakes an estimate for a decision. */
  readonly status?: string;
}

export function calendarExceptionFromHolidayRow(row: HolidayRow): CalendarException {
  return {
    date: row.date,
    kind: row.kind,
    isWorkingDay: row.isWorkingDay,
    nameVi: row.nameVi,
    nameEn: row.nameEn,
    status: row.status,
  };
}

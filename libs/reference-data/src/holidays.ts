// Every project that type-checks this file needs the .csv declaration, not only this one.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./csv-module.d.ts" />
import holidaysCsv from './vn/vn_holidays_2024_2027.csv';
import { parseCsv } from './csv';

/** One official day off, nghỉ bù, swapped day off or make-up Saturday (vn/SOURCES.md, B1). */
export interface HolidayRow {
  date: string;
  year: number;
  holidayKey: string;
  nameVi: string;
  nameEn: string;
  kind: 'holiday' | 'compensatory' | 'swapped_day_off' | 'makeup_workday' | 'pending_holiday';
  isWorkingDay: 'yes' | 'no' | 'uncertain';
  status: string;
  source: string;
}

let cached: HolidayRow[] | undefined;

/** The civil-servant calendar exceptions 2024–2027, the seed of the working-day calendar (W1). */
export function vietnamHolidays2024To2027(): HolidayRow[] {
  cached ??= parseCsv(holidaysCsv).map((r) => ({
    date: r['date'],
    year: Number(r['year']),
    holidayKey: r['holiday_key'],
    nameVi: r['name_vi'],
    nameEn: r['name_en'],
    kind: r['kind'] as HolidayRow['kind'],
    isWorkingDay: r['is_working_day_for_civil_servants'] as HolidayRow['isWorkingDay'],
    status: r['status'],
    source: r['source'],
  }));
  return cached;
}

import { validateCalendarYear, WorkingDayCalendar, type CalendarYearInput } from './index';

const source = 'Công văn 12729/VPCP-KGVX (25/12/2025)';
const year2028: CalendarYearInput = {
  year: 2028,
  daysOff: [
    { date: '2028-01-01', nameVi: 'Tết Dương lịch', nameEn: "New Year's Day", source },
    { date: '2028-01-03', kind: 'swapped_day_off', nameVi: 'Ngày làm việc hoán đổi', nameEn: 'Swapped day off', source },
  ],
  workingDays: [{ date: '2028-01-08', nameVi: 'Làm bù cho 03/01', nameEn: 'Make-up Saturday for 3 Jan', source }],
};

describe('a year of the working-day table, as an administrator enters it (W1)', () => {
  it('accepts days off and make-up Saturdays, in date order, with their source', () => {
    const result = validateCalendarYear(year2028);
    expect(result).toEqual({
      ok: true,
      year: 2028,
      days: [
        { date: '2028-01-01', kind: 'holiday', isWorkingDay: 'no', nameVi: 'Tết Dương lịch', nameEn: "New Year's Day", source, status: 'official' },
        { date: '2028-01-03', kind: 'swapped_day_off', isWorkingDay: 'no', nameVi: 'Ngày làm việc hoán đổi', nameEn: 'Swapped day off', source, status: 'official' },
        { date: '2028-01-08', kind: 'makeup_workday', isWorkingDay: 'yes', nameVi: 'Làm bù cho 03/01', nameEn: 'Make-up Saturday for 3 Jan', source, status: 'official' },
      ],
    });
    if (!result.ok) return;
    // The calendar counts with it: Monday 3 off, Saturday 8 worked.
    const calendar = new WorkingDayCalendar(result.days);
    expect([calendar.isWorkingDay('2028-01-03'), calendar.isWorkingDay('2028-01-08')]).toEqual([false, true]);
  });

  it('names every wrong field at once, in Vietnamese and English', () => {
    const result = validateCalendarYear({
      year: 2028,
      daysOff: [
        { date: '2028-02-30', nameVi: 'Sai ngày', nameEn: 'Bad date', source },
        { date: '2027-12-31', nameVi: 'Năm khác', nameEn: 'Other year', source },
        { date: '2028-01-01', nameVi: ' ', nameEn: 'New Year', source: '' },
      ],
      workingDays: [
        { date: '2028-01-05', nameVi: 'Thứ Tư', nameEn: 'A Wednesday', source },
        { date: '2028-01-01', nameVi: 'Trùng', nameEn: 'Twice', source },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.field)).toEqual([
      'daysOff.0.date',
      'daysOff.1.date',
      'daysOff.2.nameVi',
      'daysOff.2.source',
      'workingDays.0.date',
      'workingDays.1.date',
    ]);
    expect(result.issues[4].message).toEqual({
      vi: 'Trường “workingDays.0.date”: ngày làm bù phải là thứ Bảy hoặc Chủ nhật.',
      en: 'Field “workingDays.0.date”: a make-up working day must be a Saturday or a Sunday.',
    });
    expect(result.issues[5].message.en).toContain('already listed at daysOff.2');
  });

  it('refuses an empty year and one outside the supported range', () => {
    const result = validateCalendarYear({ year: 1999, daysOff: [], workingDays: [] });
    expect(result.ok ? [] : result.issues.map((i) => i.field)).toEqual(['year', 'daysOff']);
  });
});

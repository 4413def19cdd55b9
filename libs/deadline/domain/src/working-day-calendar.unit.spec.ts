import { vietnamHolidays2024To2027 } from '@hotline/reference-data';
import { CalendarNotMaintainedError, WorkingDayCalendar } from './index';

const calendar = WorkingDayCalendar.fromHolidayRows(vietnamHolidays2024To2027());

describe('WorkingDayCalendar on the official 2024–2027 seed', () => {
  it('covers the years the seed maintains', () => {
    expect(calendar.coverage()).toEqual({ firstYear: 2024, lastYear: 2027 });
  });

  it('treats Saturday and Sunday as days off and Monday–Friday as working days', () => {
    expect(calendar.isWorkingDay('2026-03-06')).toBe(true); // Friday
    expect(calendar.isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2026-03-08')).toBe(false); // Sunday
    expect(calendar.nextWorkingDay('2026-03-06')).toBe('2026-03-09');
    expect(calendar.explain('2026-03-07')).toMatchObject({ weekday: 'saturday', isWorkingDay: false, reason: { kind: 'weekend' } });
    expect(calendar.explain('2026-03-07').text).toEqual({ vi: 'Thứ Bảy 07/03/2026: nghỉ cuối tuần', en: 'Sat 2026-03-07: weekend' });
  });

  it('has the whole Tết 2026 break (Sat 14 – Sun 22 Feb) off, with the Tết days named', () => {
    const days = calendar.explainDays('2026-02-13', '2026-02-22');
    expect(days.every((d) => !d.isWorkingDay)).toBe(true);
    expect(calendar.explain('2026-02-17').text.vi).toBe('Thứ Ba 17/02/2026: nghỉ — Tết Nguyên Đán (ngày lễ)');
    expect(calendar.explain('2026-02-17').text.en).toBe('Tue 2026-02-17: day off — Lunar New Year (Tết) (public holiday)');
    expect(calendar.nextWorkingDay('2026-02-13')).toBe('2026-02-23');
  });

  it('has 2 September and its adjacent day off (2025: Mon 1 + Tue 2; 2024: Mon 2 + Tue 3)', () => {
    expect(calendar.isWorkingDay('2025-09-01')).toBe(false);
    expect(calendar.isWorkingDay('2025-09-02')).toBe(false);
    expect(calendar.explain('2025-09-01').text.vi).toContain('Quốc khánh (ngày liền kề)');
    // Fri 29 Aug → Sat 30, Sun 31, Mon 1, Tue 2 off → Wed 3 Sep.
    expect(calendar.nextWorkingDay('2025-08-29')).toBe('2025-09-03');
    expect(calendar.nextWorkingDay('2024-08-30')).toBe('2024-09-04');
  });

  it('counts a make-up Saturday as a working day, and its swapped weekday as off', () => {
    // Công văn 12729/VPCP-KGVX: Fri 02/01/2026 off, made up on Sat 10/01/2026.
    expect(calendar.isWorkingDay('2026-01-02')).toBe(false);
    expect(calendar.explain('2026-01-02').reason).toMatchObject({ kind: 'day_off', exception: { kind: 'swapped_day_off' } });
    expect(calendar.isWorkingDay('2026-01-10')).toBe(true);
    expect(calendar.explain('2026-01-10')).toMatchObject({
      isWorkingDay: true,
      reason: { kind: 'makeup_workday', exception: { nameVi: 'Ngày làm bù (thứ Bảy) cho 02/01/2026' } },
    });
    expect(calendar.nextWorkingDay('2026-01-09')).toBe('2026-01-10');
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
  });

  it('gives nghỉ bù on the next working day when a holiday falls on a weekend (Giỗ Tổ, Sun 26 Apr 2026)', () => {
    expect(calendar.explain('2026-04-26').reason).toMatchObject({ kind: 'day_off', exception: { kind: 'holiday', nameVi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' } });
    expect(calendar.explain('2026-04-27')).toMatchObject({
      isWorkingDay: false,
      reason: { kind: 'day_off', exception: { kind: 'compensatory', nameVi: 'Nghỉ bù Giỗ Tổ Hùng Vương', nameEn: "Hung Kings' Day (compensatory)" } },
    });
    // Fri 24 Apr → Sat 25, Sun 26 (Giỗ Tổ), Mon 27 (nghỉ bù) → Tue 28.
    expect(calendar.addWorkingDays('2026-04-24', 1)).toBe('2026-04-28');
  });

  it('marks estimated rows so nobody takes them for a decision', () => {
    expect(calendar.explain('2027-02-08').text.vi).toContain('ước tính');
    expect(calendar.explain('2027-02-08').text.en).toContain('estimated');
  });

  it("counts an 'uncertain' day (Ngày Văn hóa Việt Nam, 24/11/2026) as a working day but says so", () => {
    const day = calendar.explain('2026-11-24');
    expect(day).toMatchObject({ isWorkingDay: true, uncertain: true, reason: { kind: 'uncertain_day_off' } });
    expect(day.text.vi).toContain('CHƯA CHẮC CHẮN');
    expect(day.text.en).toContain('NOT YET CERTAIN');
  });

  it('adds working days counting from the day after, and zero days gives the date itself', () => {
    expect(calendar.addWorkingDays('2026-03-02', 5)).toBe('2026-03-09');
    expect(calendar.addWorkingDays('2026-03-07', 0)).toBe('2026-03-07');
    expect(calendar.workingDaysBetween('2026-03-04', '2026-03-09')).toBe(3);
    expect(() => calendar.addWorkingDays('2026-03-02', -1)).toThrow(RangeError);
  });

  it('refuses to answer for a year nobody maintained, naming the year (2030)', () => {
    expect(() => calendar.isWorkingDay('2030-01-02')).toThrow(CalendarNotMaintainedError);
    expect(() => calendar.isWorkingDay('2030-01-02')).toThrow(/2030/);
    try {
      calendar.explain('2030-06-03');
    } catch (error) {
      expect(error).toMatchObject({ year: 2030, coverage: { firstYear: 2024, lastYear: 2027 } });
      expect((error as CalendarNotMaintainedError).text.vi).toContain('năm 2030 chưa được cập nhật');
    }
    expect.assertions(4);
  });

  it('refuses to count past the last maintained year', () => {
    expect(() => calendar.addWorkingDays('2027-12-30', 5)).toThrow(/2028/);
  });

  it('treats a year missing between maintained years as not maintained', () => {
    const gappy = new WorkingDayCalendar([
      { date: '2024-01-01', kind: 'holiday', isWorkingDay: 'no', nameVi: 'Tết Dương lịch', nameEn: "New Year's Day" },
      { date: '2026-01-01', kind: 'holiday', isWorkingDay: 'no', nameVi: 'Tết Dương lịch', nameEn: "New Year's Day" },
    ]);
    expect(() => gappy.isWorkingDay('2025-03-03')).toThrow(CalendarNotMaintainedError);
  });

  it('rejects a malformed date', () => {
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(/2026-02-30/);
    expect(() => calendar.isWorkingDay('13/02/2026')).toThrow(RangeError);
  });
});

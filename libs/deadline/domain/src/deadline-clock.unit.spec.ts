import { vietnamHolidays2024To2027 } from '@hotline/reference-data';
import { CalendarNotMaintainedError, DeadlineClock, InvalidInstantError, WorkingDayCalendar } from './index';

const clock = new DeadlineClock(WorkingDayCalendar.fromHolidayRows(vietnamHolidays2024To2027()));
const workingDays = (amount: number) => ({ unit: 'working_days', amount }) as const;
const calendarDays = (amount: number) => ({ unit: 'calendar_days', amount }) as const;
const clockHours = (amount: number) => ({ unit: 'clock_hours', amount }) as const;

describe('DeadlineClock (W2)', () => {
  describe('working-day limits', () => {
    it('skips weekends: 5 working days from Mon 2 Mar 2026 end at 24:00 on Mon 9 Mar', () => {
      // Tue 3 (1), Wed 4 (2), Thu 5 (3), Fri 6 (4), Sat 7 and Sun 8 skipped, Mon 9 (5).
      const due = clock.dueDate('2026-03-02T03:00:00Z', workingDays(5));
      expect(due.dueAt).toBe('2026-03-09T17:00:00.000Z');
      expect(due.lastDay).toBe('2026-03-09');
      expect(due.skippedDays.map((d) => d.date)).toEqual(['2026-03-07', '2026-03-08']);
    });

    it('crosses the Tết 2026 break: 5 working days from Fri 13 Feb 2026 10:00 end on Fri 27 Feb', () => {
      // Seed: Tết days Mon 16 – Fri 20 Feb 2026 (holiday rows, is_working_day = no); with the
      // weekends 14–15 and 21–22 the break is 14–22 Feb. Counting starts Sat 14 Feb:
      //   14 Sat, 15 Sun, 16–20 Tết, 21 Sat, 22 Sun → 9 days skipped
      //   Mon 23 (1), Tue 24 (2), Wed 25 (3), Thu 26 (4), Fri 27 (5)
      // Due 24:00 Fri 27 Feb Vietnam time = 17:00 UTC on 27 Feb.
      const due = clock.dueDate('2026-02-13T03:00:00Z', workingDays(5));
      expect(due.dueAt).toBe('2026-02-27T17:00:00.000Z');
      expect(due.skippedDays.map((d) => d.date)).toEqual([
        '2026-02-14', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22',
      ]);
      expect(due.explanation.vi).toContain('Phát sinh lúc 10:00 Thứ Sáu 13/02/2026 (giờ Việt Nam)');
      expect(due.explanation.vi).toContain('Thứ Hai 16/02/2026 – Thứ Sáu 20/02/2026: nghỉ — Tết Nguyên Đán (ngày lễ)');
      expect(due.explanation.vi).toContain('Hạn: 24:00 Thứ Sáu 27/02/2026 (giờ Việt Nam) = 2026-02-27T17:00:00.000Z (UTC)');
      expect(due.explanation.en).toContain('Mon 2026-02-16 – Fri 2026-02-20: day off — Lunar New Year (Tết) (public holiday)');
      expect(due.explanation.en).toContain('Due: 24:00 on Fri 2026-02-27 (Vietnam time, UTC+7)');
    });

    it('skips 2 September and its adjacent day: 2 working days from Fri 29 Aug 2025 end on Thu 4 Sep', () => {
      // Sat 30, Sun 31, Mon 1 (adjacent day), Tue 2 (Quốc khánh) skipped; Wed 3 (1), Thu 4 (2).
      const due = clock.dueDate('2025-08-29T02:00:00Z', workingDays(2));
      expect(due.dueAt).toBe('2025-09-04T17:00:00.000Z');
      expect(due.explanation.vi).toContain('Quốc khánh (ngày liền kề)');
    });

    it('counts a make-up Saturday: 1 working day from Fri 9 Jan 2026 ends on Sat 10 Jan', () => {
      expect(clock.dueDate('2026-01-09T02:00:00Z', workingDays(1)).dueAt).toBe('2026-01-10T17:00:00.000Z');
    });

    it('skips a nghỉ bù: 1 working day from Fri 24 Apr 2026 ends on Tue 28 Apr', () => {
      // Sat 25, Sun 26 (Giỗ Tổ on a Sunday), Mon 27 (nghỉ bù) skipped; Tue 28 (1).
      const due = clock.dueDate('2026-04-24T02:00:00Z', workingDays(1));
      expect(due.dueAt).toBe('2026-04-28T17:00:00.000Z');
      expect(due.explanation.vi).toContain('Nghỉ bù Giỗ Tổ Hùng Vương (nghỉ bù)');
    });

    it('counts an uncertain day as working and flags it in the explanation', () => {
      const due = clock.dueDate('2026-11-23T02:00:00Z', workingDays(1));
      expect(due.dueAt).toBe('2026-11-24T17:00:00.000Z');
      expect(due.uncertainDays.map((d) => d.date)).toEqual(['2026-11-24']);
      expect(due.explanation.vi).toContain('Lưu ý:');
      expect(due.explanation.en).toContain('NOT YET CERTAIN');
    });
  });

  describe('calendar-day limits', () => {
    it('counts every day, ending at 24:00 on day N when it is a working day', () => {
      // Mon 2 Mar 2026 + 30 days = Wed 1 Apr 2026.
      const due = clock.dueDate('2026-03-02T03:00:00Z', calendarDays(30));
      expect(due.dueAt).toBe('2026-04-01T17:00:00.000Z');
      expect(due.skippedDays).toEqual([]);
    });

    it('moves a last day falling on Sunday to the end of Monday', () => {
      // Thu 5 Mar 2026 + 10 days = Sun 15 Mar → end of Mon 16 Mar.
      const due = clock.dueDate('2026-03-05T07:00:00Z', calendarDays(10));
      expect(due.nominalLastDay).toBe('2026-03-15');
      expect(due.lastDay).toBe('2026-03-16');
      expect(due.dueAt).toBe('2026-03-16T17:00:00.000Z');
      expect(due.explanation.vi).toContain('hạn chuyển sang cuối ngày làm việc tiếp theo');
    });

    it('moves a last day inside the Tết break to the first working day after it', () => {
      // Sat 17 Jan 2026 + 30 days = Mon 16 Feb (Tết) → 16–22 Feb off → end of Mon 23 Feb.
      const due = clock.dueDate('2026-01-17T03:00:00Z', calendarDays(30));
      expect(due.dueAt).toBe('2026-02-23T17:00:00.000Z');
      expect(due.skippedDays.map((d) => d.date)).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22']);
    });
  });

  describe('clock-hour limits', () => {
    it('ignore holidays: 24 hours from the first day of Tết end 24 hours later', () => {
      const due = clock.dueDate('2026-02-16T02:00:00Z', clockHours(24));
      expect(due.dueAt).toBe('2026-02-17T02:00:00.000Z');
      expect(due.lastDay).toBeNull();
      expect(due.explanation.vi).toContain('kể cả ngày nghỉ, lễ, Tết');
    });

    it('ignore weekends: 6 hours from Sat 23:00 Vietnam time end Sun 05:00', () => {
      expect(clock.dueDate('2026-02-14T16:00:00Z', clockHours(6)).dueAt).toBe('2026-02-14T22:00:00.000Z');
    });

    it('do not need the calendar, so they work past its coverage', () => {
      expect(clock.dueDate('2030-01-01T00:00:00Z', clockHours(2)).dueAt).toBe('2030-01-01T02:00:00.000Z');
    });
  });

  describe('time zone boundaries (UTC in, UTC out, days counted in Vietnam)', () => {
    it('reads a trigger at 23:30 Vietnam time (16:30 UTC) as that Vietnam day, counting from the next', () => {
      // Mon 2 Mar 23:30 local → count from Tue 3 Mar → 1 working day ends 24:00 Tue 3 Mar.
      expect(clock.dueDate('2026-03-02T16:30:00Z', workingDays(1)).dueAt).toBe('2026-03-03T17:00:00.000Z');
      expect(clock.dueDate('2026-03-02T23:30:00+07:00', workingDays(1)).dueAt).toBe('2026-03-03T17:00:00.000Z');
    });

    it('reads 17:30 UTC on 2 Mar as 00:30 on 3 Mar in Vietnam, counting from 4 Mar', () => {
      expect(clock.dueDate('2026-03-02T17:30:00Z', workingDays(1)).dueAt).toBe('2026-03-04T17:00:00.000Z');
    });

    it('rejects a timestamp without an offset rather than guessing the zone', () => {
      expect(() => clock.dueDate('2026-03-02T10:00:00', workingDays(1))).toThrow(InvalidInstantError);
    });

    it('rejects non-positive or fractional day limits', () => {
      expect(() => clock.dueDate('2026-03-02T03:00:00Z', workingDays(0))).toThrow(RangeError);
      expect(() => clock.dueDate('2026-03-02T03:00:00Z', workingDays(1.5))).toThrow(RangeError);
    });
  });

  it('throws CalendarNotMaintainedError when a day count reaches an unmaintained year', () => {
    expect(() => clock.dueDate('2027-12-30T03:00:00Z', workingDays(5))).toThrow(CalendarNotMaintainedError);
    expect(() => clock.dueDate('2030-03-04T03:00:00Z', calendarDays(10))).toThrow(/2030/);
  });

  describe('resuming after a pause', () => {
    const fiveWorkingDaysFromMonday = clock.dueDate('2026-03-02T03:00:00Z', workingDays(5)); // due Mon 9 Mar

    it('working days: keeps the days unused at the pause and counts them from the day after the resumption', () => {
      // Paused Wed 4 Mar (used: Tue 3, Wed 4) → left: Thu 5, Fri 6, Mon 9 = 3.
      // Resumed Mon 16 Mar → Tue 17 (1), Wed 18 (2), Thu 19 (3).
      const due = clock.resumedDueDate(fiveWorkingDaysFromMonday, workingDays(5), '2026-03-04T03:00:00Z', '2026-03-16T02:00:00Z');
      expect(due.dueAt).toBe('2026-03-19T17:00:00.000Z');
      expect(due.explanation.vi).toContain('Thời hạn còn lại khi tạm dừng: 3 ngày làm việc');
    });

    it('working days: a pause and resumption on the same day change nothing', () => {
      const due = clock.resumedDueDate(fiveWorkingDaysFromMonday, workingDays(5), '2026-03-04T03:00:00Z', '2026-03-04T08:00:00Z');
      expect(due.dueAt).toBe(fiveWorkingDaysFromMonday.dueAt);
    });

    it('working days: the new period respects the holidays it crosses', () => {
      // 5 wd from Tue 10 Feb 2026 → Wed 11, Thu 12, Fri 13, [Tết 14–22], Mon 23, Tue 24.
      const original = clock.dueDate('2026-02-10T03:00:00Z', workingDays(5));
      expect(original.dueAt).toBe('2026-02-24T17:00:00.000Z');
      // Paused Wed 11 → left Thu 12, Fri 13, Mon 23, Tue 24 = 4; resumed Thu 12 → Fri 13, Mon 23, Tue 24, Wed 25.
      const due = clock.resumedDueDate(original, workingDays(5), '2026-02-11T08:00:00Z', '2026-02-12T01:00:00Z');
      expect(due.dueAt).toBe('2026-02-25T17:00:00.000Z');
    });

    it('working days: paused on the last day, the limit ends with the resumption day', () => {
      const due = clock.resumedDueDate(fiveWorkingDaysFromMonday, workingDays(5), '2026-03-09T03:00:00Z', '2026-03-14T03:00:00Z');
      // Resumed Sat 14 Mar: not a working day, so the end of Mon 16 Mar.
      expect(due.dueAt).toBe('2026-03-16T17:00:00.000Z');
    });

    it('clock hours: pushed by exactly the paused duration', () => {
      const original = clock.dueDate('2026-03-02T00:00:00Z', clockHours(24));
      const due = clock.resumedDueDate(original, clockHours(24), '2026-03-02T06:00:00Z', '2026-03-02T10:00:00Z');
      expect(due.dueAt).toBe('2026-03-03T04:00:00.000Z');
    });

    it('calendar days: keeps the calendar days left and re-applies the move off a day off', () => {
      // 10 days from Thu 5 Mar → nominal Sun 15. Paused Mon 9 → 6 days left. Resumed Fri 13 → Thu 19.
      const original = clock.dueDate('2026-03-05T07:00:00Z', calendarDays(10));
      const due = clock.resumedDueDate(original, calendarDays(10), '2026-03-09T03:00:00Z', '2026-03-13T03:00:00Z');
      expect(due.dueAt).toBe('2026-03-19T17:00:00.000Z');
    });
  });

  describe('extending', () => {
    it('adds calendar days to the count already granted and moves off a holiday', () => {
      // 30 days from Mon 2 Mar → Wed 1 Apr; +30 → Fri 1 May (Labour Day) → Sat, Sun → Mon 4 May.
      const original = clock.dueDate('2026-03-02T03:00:00Z', calendarDays(30));
      const extended = clock.extendedDueDate(original, calendarDays(30));
      expect(extended.dueAt).toBe('2026-05-04T17:00:00.000Z');
      expect(extended.nominalLastDay).toBe('2026-05-01');
      expect(extended.explanation.vi).toContain('Ngày Quốc tế Lao động');
      // +30 again from the nominal Fri 1 May → Sun 31 May → Mon 1 Jun.
      expect(clock.extendedDueDate(extended, calendarDays(30)).dueAt).toBe('2026-06-01T17:00:00.000Z');
    });
  });
});

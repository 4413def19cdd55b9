import type { BilingualText } from './bilingual-text';
import { dateWording, instantWording } from './date-wording';
import type { DueDate, DuePosition } from './due-date';
import { addCalendarDays, calendarDaysBetween, type LocalDate } from './local-date';
import { limitWording, type SlaTimeLimit } from './sla-limit';
import { skippedDaysWording } from './skipped-days-wording';
import { addClockHours, endOfVietnamDay, hoursBetween, toUtcInstant, vietnamDateOf, type Instant } from './vietnam-time';
import type { WorkingDayCalendar } from './working-day-calendar';

type DayLimit = SlaTimeLimit & { readonly unit: 'working_days' | 'calendar_days' };

/**
 * Counts deadlines the way W2 says: hour limits run 24/7; day limits start the day after the
 * trigger (Vietnam date) and end at 24:00 Vietnam time on the last day.
 */
export class DeadlineClock {
  constructor(private readonly calendar: WorkingDayCalendar) {}

  dueDate(triggeredAt: Instant, limit: SlaTimeLimit): DueDate {
    assertPositive(limit);
    const trigger = instantWording(triggeredAt);
    const opening = { vi: `Phát sinh lúc ${trigger.vi}.`, en: `Triggered at ${trigger.en}.` };
    if (limit.unit === 'clock_hours') return this.afterClockHours(triggeredAt, limit.amount, opening);
    return this.afterDays(vietnamDateOf(triggeredAt), { unit: limit.unit, amount: limit.amount }, opening);
  }

  /**
   * A due instant fixed by the subject, not counted (S2's last announcement day ends at 24:00
   * Vietnam time). Its last day is the Vietnam date the instant closes, so 24:00 reads as that day.
   */
  fixedDueDate(triggeredAt: Instant, dueAt: Instant): DueDate {
    const due = toUtcInstant(dueAt);
    const lastDay = vietnamDateOf(addClockHours(due, -1 / 3_600_000));
    const [trigger, at] = [instantWording(triggeredAt), instantWording(due)];
    const explanation = {
      vi: `Phát sinh lúc ${trigger.vi}. Hạn cố định theo quy định: hết ngày ${dateWording(lastDay).vi} (${at.vi}).`,
      en: `Triggered at ${trigger.en}. A fixed limit set by the rules: the end of ${dateWording(lastDay).en} (${at.en}).`,
    };
    return { dueAt: due, nominalLastDay: lastDay, lastDay, skippedDays: [], uncertainDays: [], explanation };
  }

  /**
   * The clock stopped at `pausedAt` and restarts at `resumedAt`. Hour limits get the paused
   * time back exactly. Day limits keep the days still unused at the pause (the day of the pause
   * counts as used, as it had begun) and count them again from the day after the resumption,
   * so the result respects weekends and holidays of the new period rather than shifting by a
   * raw duration.
   */
  resumedDueDate(current: DuePosition, limit: SlaTimeLimit, pausedAt: Instant, resumedAt: Instant): DueDate {
    const [paused, resumed] = [instantWording(pausedAt), instantWording(resumedAt)];
    const pause = { vi: `Tạm dừng lúc ${paused.vi}, tiếp tục lúc ${resumed.vi}.`, en: `Paused at ${paused.en}, resumed at ${resumed.en}.` };
    if (limit.unit === 'clock_hours') {
      const remaining = hoursBetween(pausedAt, current.dueAt);
      return this.afterClockHours(resumedAt, remaining, appendRemaining(pause, { unit: 'clock_hours', amount: remaining }));
    }
    const pauseDay = vietnamDateOf(pausedAt);
    const lastDay = current.nominalLastDay!;
    const remaining =
      limit.unit === 'working_days'
        ? this.calendar.workingDaysBetween(pauseDay, lastDay)
        : Math.max(0, calendarDaysBetween(pauseDay, lastDay));
    const remainingLimit = { unit: limit.unit, amount: remaining };
    return this.afterDays(vietnamDateOf(resumedAt), remainingLimit, appendRemaining(pause, remainingLimit));
  }

  /** An extension adds to the count already granted, from its last counted day. */
  extendedDueDate(current: DuePosition, by: SlaTimeLimit): DueDate {
    assertPositive(by);
    const opening = {
      vi: `Gia hạn thêm ${limitWording(by).vi}, tính tiếp sau thời hạn hiện tại.`,
      en: `Extended by ${limitWording(by).en}, counted on from the current limit.`,
    };
    if (by.unit === 'clock_hours') return this.afterClockHours(current.dueAt, by.amount, opening);
    return this.afterDays(current.nominalLastDay!, { unit: by.unit, amount: by.amount }, opening);
  }

  private afterClockHours(from: Instant, hours: number, opening: BilingualText): DueDate {
    const dueAt = addClockHours(from, hours);
    const due = instantWording(dueAt);
    const length = limitWording({ unit: 'clock_hours', amount: hours });
    return {
      dueAt,
      lastDay: null,
      nominalLastDay: null,
      skippedDays: [],
      uncertainDays: [],
      explanation: {
        vi: `${opening.vi} Thời hạn ${length.vi}, tính liên tục 24/7, kể cả ngày nghỉ, lễ, Tết. Hạn: ${due.vi} = ${dueAt} (UTC).`,
        en: `${opening.en} A limit of ${length.en} runs 24/7, weekends and holidays included. Due: ${due.en} = ${dueAt} (UTC).`,
      },
    };
  }

  private afterDays(start: LocalDate, limit: DayLimit, opening: BilingualText): DueDate {
    return limit.unit === 'working_days'
      ? this.afterWorkingDays(start, limit.amount, opening)
      : this.afterCalendarDays(start, limit.amount, opening);
  }

  private afterWorkingDays(start: LocalDate, amount: number, opening: BilingualText): DueDate {
    // Nothing left to count (a pause on the last day): the limit ends with the resumption day.
    const lastDay =
      amount === 0 ? this.calendar.workingDayOnOrAfter(start) : this.calendar.addWorkingDays(start, amount);
    const days = this.calendar.explainDays(start, lastDay);
    const skippedDays = days.filter((d) => !d.isWorkingDay);
    const uncertainDays = days.filter((d) => d.uncertain);
    const skipped = skippedDays.length > 0 ? skippedDaysWording(skippedDays) : { vi: 'không có', en: 'none' };
    const count = {
      vi: `Đếm ${amount} ngày làm việc từ ngày sau ${dateWording(start).vi}. Ngày không tính: ${skipped.vi}.`,
      en: `Counting ${amount} working day${amount === 1 ? '' : 's'} from the day after ${dateWording(start).en}. Days not counted: ${skipped.en}.`,
    };
    const reasoning = joinSentences(opening, count, uncertainWording(uncertainDays));
    return this.endingOn({ lastDay, nominalLastDay: lastDay, skippedDays, uncertainDays }, reasoning);
  }

  private afterCalendarDays(start: LocalDate, amount: number, opening: BilingualText): DueDate {
    const nominalLastDay = addCalendarDays(start, amount);
    const lastDay = this.calendar.workingDayOnOrAfter(nominalLastDay);
    // Only the days the end was moved across; days off inside the period count as days.
    const skippedDays =
      lastDay === nominalLastDay ? [] : this.calendar.explainDays(addCalendarDays(nominalLastDay, -1), addCalendarDays(lastDay, -1));
    const last = this.calendar.explain(lastDay);
    const uncertainDays = last.uncertain ? [last] : [];
    const count = {
      vi: `Đếm ${amount} ngày lịch (kể cả ngày nghỉ) từ ngày sau ${dateWording(start).vi}; ngày cuối là ${dateWording(nominalLastDay).vi}.`,
      en: `Counting ${amount} calendar day${amount === 1 ? '' : 's'} (days off included) from the day after ${dateWording(start).en}; the last day is ${dateWording(nominalLastDay).en}.`,
    };
    const moved =
      skippedDays.length === 0
        ? { vi: '', en: '' }
        : {
            vi: `Ngày đó không phải ngày làm việc (${skippedDaysWording(skippedDays).vi}) nên hạn chuyển sang cuối ngày làm việc tiếp theo.`,
            en: `That day is not a working day (${skippedDaysWording(skippedDays).en}), so the limit moves to the end of the next working day.`,
          };
    const reasoning = joinSentences(opening, count, moved, uncertainWording(uncertainDays));
    return this.endingOn({ lastDay, nominalLastDay, skippedDays, uncertainDays }, reasoning);
  }

  private endingOn(days: Omit<DueDate, 'dueAt' | 'explanation'> & { lastDay: LocalDate }, reasoning: BilingualText): DueDate {
    const dueAt = endOfVietnamDay(days.lastDay);
    const day = dateWording(days.lastDay);
    const due = {
      vi: `Hạn: 24:00 ${day.vi} (giờ Việt Nam) = ${dueAt} (UTC).`,
      en: `Due: 24:00 on ${day.en} (Vietnam time, UTC+7) = ${dueAt} (UTC).`,
    };
    return { ...days, dueAt, explanation: joinSentences(reasoning, due) };
  }
}

function assertPositive(limit: SlaTimeLimit): void {
  const whole = limit.unit === 'clock_hours' || Number.isInteger(limit.amount);
  if (!(limit.amount > 0) || !whole) {
    throw new RangeError(`A limit must be a positive amount (whole days for day limits), got ${limit.amount} ${limit.unit}`);
  }
}

function appendRemaining(pause: BilingualText, remaining: SlaTimeLimit): BilingualText {
  const left = limitWording(remaining);
  const dayNote =
    remaining.unit === 'clock_hours'
      ? { vi: '', en: '' }
      : { vi: ' (ngày tạm dừng tính là đã dùng)', en: ' (the day of the pause counts as used)' };
  return {
    vi: `${pause.vi} Thời hạn còn lại khi tạm dừng: ${left.vi}${dayNote.vi}.`,
    en: `${pause.en} Left at the pause: ${left.en}${dayNote.en}.`,
  };
}

function uncertainWording(days: DueDate['uncertainDays']): BilingualText {
  if (days.length === 0) return { vi: '', en: '' };
  const list = skippedDaysWording(days);
  return { vi: `Lưu ý: ${list.vi}.`, en: `Note: ${list.en}.` };
}

function joinSentences(...parts: BilingualText[]): BilingualText {
  const present = parts.filter((p) => p.vi !== '');
  return { vi: present.map((p) => p.vi).join(' '), en: present.map((p) => p.en).join(' ') };
}

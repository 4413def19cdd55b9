import type { BilingualText } from '@hotline/shared-contact';
import type { SessionCalendarRules } from './session-calendar-policy';
import { addCalendarDays, dateWording, isBefore, startOfVietnamDay, vietnamDateOf, vietnamTimeWording, type Instant, type LocalDate } from './vietnam-time';

/**
 * When questions are taken (S3), to the minute. Decision: "opens 7 days before the session day"
 * counts days on the Vietnam calendar, so intake opens at 00:00 Asia/Ho_Chi_Minh on the date 7
 * days before the session's date (a session on Wed 29/04 opens at 00:00 on Wed 22/04), not 7×24 h
 * before its start time. It closes at the session's scheduled end, the time the announcement
 * gives citizens. Half-open: a question at `opensAt` is taken, one at `closesAt` is not.
 */
export interface IntakeWindow {
  readonly opensAt: Instant;
  readonly closesAt: Instant;
}

export type IntakeWindowPosition = 'not_open' | 'open' | 'closed';

export function intakeWindowFor(schedule: { readonly startsAt: Instant; readonly endsAt: Instant }, rules: SessionCalendarRules): IntakeWindow {
  const openingDay = addCalendarDays(vietnamDateOf(schedule.startsAt), -rules.intakeOpensDaysBefore);
  return { opensAt: startOfVietnamDay(openingDay), closesAt: schedule.endsAt };
}

export function intakeWindowPosition(window: IntakeWindow, now: Instant): IntakeWindowPosition {
  if (isBefore(now, window.opensAt)) return 'not_open';
  return isBefore(now, window.closesAt) ? 'open' : 'closed';
}

/**
 * S2 "at least 5 days before intake opens", counted in Vietnam calendar days: the announcement
 * may be published any time on the latest date (17/04 for intake opening on 22/04).
 */
export function latestAnnouncementDate(window: IntakeWindow, rules: SessionCalendarRules): LocalDate {
  return addCalendarDays(vietnamDateOf(window.opensAt), -rules.announcementLeadDays);
}

/** The first session day an announcement published on `today` can still serve. */
export function earliestSessionDateAnnouncedOn(today: LocalDate, rules: SessionCalendarRules): LocalDate {
  return addCalendarDays(today, rules.announcementLeadDays + rules.intakeOpensDaysBefore);
}

/** What a citizen reads when a question comes outside the window: when it opens, or when it closed. */
export function outsideWindowWording(window: IntakeWindow, position: Exclude<IntakeWindowPosition, 'open'>): BilingualText {
  const opens = vietnamTimeWording(window.opensAt);
  const closes = vietnamTimeWording(window.closesAt);
  return position === 'not_open'
    ? { vi: `Buổi giao lưu nhận câu hỏi từ ${opens.vi} đến ${closes.vi}.`, en: `The session takes questions from ${opens.en} until ${closes.en}.` }
    : { vi: `Việc nhận câu hỏi đã kết thúc lúc ${closes.vi}.`, en: `Question intake closed at ${closes.en}.` };
}

export function lateAnnouncementWording(latest: LocalDate, today: LocalDate, rules: SessionCalendarRules): BilingualText {
  const last = dateWording(latest);
  const earliest = dateWording(earliestSessionDateAnnouncedOn(today, rules));
  return {
    vi: `Thông báo phải đăng chậm nhất ngày ${last.vi}, ${rules.announcementLeadDays} ngày trước khi mở nhận câu hỏi; hãy dời buổi giao lưu sang ngày ${earliest.vi} hoặc muộn hơn.`,
    en: `The announcement had to be published by ${last.en}, ${rules.announcementLeadDays} days before question intake opens; move the session to ${earliest.en} or later.`,
  };
}

import { intakeWindowFor, latestAnnouncementDate } from './intake-window';
import type { SessionCalendarRules } from './session-calendar-policy';
import { addCalendarDays, startOfVietnamDay, type Instant } from './vietnam-time';

/** When a planned session's announcement is due (S2), for the deadline service to track. */
export interface AnnouncementDue {
  readonly intakeOpensAt: Instant;
  /** 24:00 Vietnam time on the last day the announcement is still allowed. */
  readonly announceBy: Instant;
}

export function announcementDueFor(schedule: { readonly startsAt: Instant; readonly endsAt: Instant }, rules: SessionCalendarRules): AnnouncementDue {
  const window = intakeWindowFor(schedule, rules);
  return { intakeOpensAt: window.opensAt, announceBy: startOfVietnamDay(addCalendarDays(latestAnnouncementDate(window, rules), 1)) };
}

export type { BilingualText } from './bilingual-text';
export { type LocalDate, type Weekday, InvalidLocalDateError, addCalendarDays, calendarDaysBetween, weekdayOf } from './local-date';
export { type Instant, InvalidInstantError, vietnamDateOf, endOfVietnamDay, toUtcInstant } from './vietnam-time';
export { type CalendarException, type CalendarExceptionKind, calendarExceptionFromHolidayRow } from './calendar-exception';
export { CalendarNotMaintainedError } from './calendar-not-maintained-error';
export type { DayExplanation, DayReason } from './day-explanation';
export { WorkingDayCalendar, type CalendarCoverage } from './working-day-calendar';
export {
  DAY_OFF_KINDS,
  validateCalendarYear,
  type CalendarDayInput,
  type CalendarYearDay,
  type CalendarYearInput,
  type CalendarYearIssue,
  type CalendarYearValidation,
  type DayOffKind,
} from './calendar-year';
export type { DueDate, DuePosition } from './due-date';
export { DeadlineClock } from './deadline-clock';
export { SLA_STEPS, type SlaStep, slaStepWording, isSlaStep } from './sla-step';
export { SLA_LIMIT_UNITS, type SlaLimitUnit, type SlaTimeLimit, type SlaRuleLimit, defaultWarnBeforeHours, limitWording } from './sla-limit';
export type { SlaRule, SlaExtensionRule, SlaConditions } from './sla-rule';
export { slaPolicySchema, type SlaPolicyDefinition } from './sla-policy-schema';
export { SlaPolicyValidationError, type SlaPolicyIssue } from './sla-policy-issue';
export { SlaPolicy, type SlaPolicyValidation } from './sla-policy';
export { defaultSlaPolicy } from './default-sla-policy';
export type * from './deadline-commands';
export type * from './deadline-events';
export type { DeadlineState, ScheduledDeadline } from './deadline-state';
export { DeadlineRuleViolation, type DeadlineRuleViolationCode } from './deadline-rule-violation';
export { deadlineDecider, decideDeadline, evolveDeadline, initialDeadlineState, type DeadlineDecider } from './deadline';

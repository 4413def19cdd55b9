import type { ResultsTotals } from './results-totals';
import type { SessionActor } from './session-actor';
import type { SessionCalendarPolicy } from './session-calendar-policy';
import type { SessionPlan } from './session-plan';
import type { Instant } from './vietnam-time';

interface Command<Type extends string, Data> {
  readonly type: Type;
  readonly actor: SessionActor;
  readonly data: Data & { readonly now: Instant };
}

/** `policy`: the calendar rules in effect today, which set the day the announcement is due by (S2). */
export type PlanSession = Command<'PlanSession', { readonly sessionId: string; readonly plan: SessionPlan; readonly policy: SessionCalendarPolicy }>;
/** A draft's plan changes, e.g. moved to a later day so the announcement can still be on time. */
export type ReviseSessionPlan = Command<'ReviseSessionPlan', { readonly plan: SessionPlan; readonly policy: SessionCalendarPolicy }>;
/** `policy`: the calendar rules in effect today; the session keeps the version it was announced under. */
export type AnnounceSession = Command<'AnnounceSession', { readonly policy: SessionCalendarPolicy }>;
export type StartSession = Command<'StartSession', object>;
export type EndSession = Command<'EndSession', object>;
/** `totals`: the counts as the results report states them when it is sent. */
export type SubmitResultsReport = Command<'SubmitResultsReport', { readonly totals: ResultsTotals }>;
export type CloseSession = Command<'CloseSession', object>;
/** The deadline service reported the report's limit (S5, 7 working days) breached. */
export type RecordReportOverdue = Command<'RecordReportOverdue', { readonly deadlineId: string; readonly dueAt: Instant }>;
/** The deadline service reported the announcement's day (S2) passed without an announcement. */
export type RecordAnnouncementOverdue = Command<'RecordAnnouncementOverdue', { readonly deadlineId: string; readonly dueAt: Instant }>;

export type SessionCommand =
  | PlanSession
  | ReviseSessionPlan
  | AnnounceSession
  | StartSession
  | EndSession
  | SubmitResultsReport
  | CloseSession
  | RecordReportOverdue
  | RecordAnnouncementOverdue;

import type { AnnouncementDue } from './announcement-due';
import type { ResultsTotals } from './results-totals';
import type { SessionActor } from './session-actor';
import type { SessionPlan } from './session-plan';
import type { UnitCode } from './unit-code';
import type { Instant } from './vietnam-time';

interface Event<Type extends string, Data> {
  readonly type: Type;
  readonly data: { readonly sessionId: string } & Data & { readonly at: Instant; readonly by: SessionActor };
}

/** A superset of 'session.SessionPlanned': the plan and when its announcement is due (S2). */
export type SessionPlanned = Event<'SessionPlanned', SessionPlan & AnnouncementDue>;
/** A superset of 'session.SessionPlanRevised': a new schedule moves the announcement's due day. */
export type SessionPlanRevised = Event<'SessionPlanRevised', SessionPlan & AnnouncementDue>;
/** A superset of the integration event 'session.SessionAnnounced'. */
export type SessionAnnounced = Event<
  'SessionAnnounced',
  {
    readonly hostUnitCode: UnitCode;
    readonly coHostUnitCodes: readonly UnitCode[];
    readonly topic: string;
    readonly startsAt: Instant;
    readonly endsAt: Instant;
    readonly intakeOpensAt: Instant;
    readonly intakeClosesAt: Instant;
    readonly announcedAt: Instant;
    readonly policyVersion: number;
  }
>;
export type SessionStarted = Event<'SessionStarted', { readonly startedAt: Instant }>;
/** A superset of 'session.SessionEnded': the answer and report limits (S5) count from here. */
export type SessionEnded = Event<'SessionEnded', { readonly hostUnitCode: UnitCode; readonly startsAt: Instant; readonly endsAt: Instant; readonly endedAt: Instant }>;
/** A superset of 'session.ResultsReportSubmitted': who sent the report to the ministry, when, and what it said. */
export type ResultsReportSubmitted = Event<
  'ResultsReportSubmitted',
  {
    readonly hostUnitCode: UnitCode;
    readonly submittedAt: Instant;
    readonly submittedBy: { readonly officerId: string; readonly unitCode: UnitCode };
    readonly totals: ResultsTotals;
  }
>;
export type SessionClosed = Event<'SessionClosed', object>;
export type ResultsReportOverdue = Event<'ResultsReportOverdue', { readonly deadlineId: string; readonly dueAt: Instant }>;
export type AnnouncementOverdue = Event<'AnnouncementOverdue', { readonly deadlineId: string; readonly dueAt: Instant }>;

export type SessionEvent =
  | SessionPlanned
  | SessionPlanRevised
  | SessionAnnounced
  | SessionStarted
  | SessionEnded
  | ResultsReportSubmitted
  | SessionClosed
  | ResultsReportOverdue
  | AnnouncementOverdue;

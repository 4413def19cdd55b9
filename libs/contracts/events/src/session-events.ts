import { z } from 'zod';
import { EventType } from './event-type';

/**
 * Integration events of online exchange sessions (S1–S5). Askers' names and contacts never
 * travel here: they stay with the session service.
 */
const UnitCode = z.string().min(1).max(50);
const Instant = z.iso.datetime({ offset: true });
const Id = z.string().min(1).max(100);

/** When a planned session's announcement is due (S2): the end (24:00 Vietnam time) of its last day. */
const PlannedSchedule = z.object({ sessionId: Id, hostUnitCode: UnitCode, startsAt: Instant, endsAt: Instant, intakeOpensAt: Instant, announceBy: Instant });

/** A session was planned as a draft; the deadline service tracks its announcement (S2) until `announceBy`. */
export const SessionPlanned = EventType.define('session.SessionPlanned', PlannedSchedule);

/** A draft's schedule changed, which moves the day its announcement is due by. */
export const SessionPlanRevised = EventType.define('session.SessionPlanRevised', PlannedSchedule);

/** A session was announced (S2): its hosts, schedule and intake window (S3). */
export const SessionAnnounced = EventType.define(
  'session.SessionAnnounced',
  z.object({
    sessionId: Id,
    hostUnitCode: UnitCode,
    coHostUnitCodes: z.array(UnitCode).max(10),
    topic: z.string().min(1).max(300),
    startsAt: Instant,
    endsAt: Instant,
    intakeOpensAt: Instant,
    intakeClosesAt: Instant,
    announcedAt: Instant,
    policyVersion: z.number().int().positive(),
  }),
);

/** The session went off air: the answer and report limits of S5 count from `endedAt`. */
export const SessionEnded = EventType.define(
  'session.SessionEnded',
  z.object({ sessionId: Id, hostUnitCode: UnitCode, startsAt: Instant, endsAt: Instant, endedAt: Instant }),
);

/** Moderation kept the question; `unitCode` answers for it until it is assigned. */
export const QuestionAccepted = EventType.define('session.QuestionAccepted', z.object({ questionId: Id, sessionId: Id, unitCode: UnitCode, at: Instant }));

/** The question went to an answering unit (or an official of that unit). */
export const QuestionAssigned = EventType.define('session.QuestionAssigned', z.object({ questionId: Id, sessionId: Id, unitCode: UnitCode, at: Instant }));

/** A duplicate joined another question, which answers for both. */
export const QuestionMerged = EventType.define('session.QuestionMerged', z.object({ questionId: Id, sessionId: Id, intoQuestionId: Id, at: Instant }));

/** The answer was published: live on air, or afterwards. */
export const QuestionAnswered = EventType.define(
  'session.QuestionAnswered',
  z.object({ questionId: Id, sessionId: Id, unitCode: UnitCode, answeredAt: Instant, live: z.boolean() }),
);

const Count = z.number().int().min(0);

/** The results report went to the ministry (S5): who sent it, when, and its totals. */
export const ResultsReportSubmitted = EventType.define(
  'session.ResultsReportSubmitted',
  z.object({
    sessionId: Id,
    hostUnitCode: UnitCode,
    submittedAt: Instant,
    submittedBy: z.object({ officerId: z.string().min(1).max(200), unitCode: UnitCode }),
    totals: z.object({ received: Count, accepted: Count, answeredLive: Count, answeredAfterwards: Count, overdue: Count }),
  }),
);

export const sessionEventTypes = [SessionPlanned, SessionPlanRevised, SessionAnnounced, SessionEnded, QuestionAccepted, QuestionAssigned, QuestionMerged, QuestionAnswered, ResultsReportSubmitted] as const;

import type { DataOf, QuestionAccepted, QuestionAnswered, QuestionAssigned, QuestionMerged, ResultsReportSubmitted, SessionAnnounced, SessionEnded, SessionPlanned } from '@hotline/contracts-events';
import type { SlaStep } from '@hotline/deadline-domain';

/** The session events that start, stop or move S2's and S5's limits, as the catalogue delivers them. */
export const SESSION_PLANNED_EVENT_TYPES = [
  'session.SessionPlanned',
  'session.SessionPlanRevised',
  'session.SessionAnnounced',
  'session.SessionEnded',
  'session.QuestionAccepted',
  'session.QuestionAssigned',
  'session.QuestionAnswered',
  'session.QuestionMerged',
  'session.ResultsReportSubmitted',
] as const;

export type SessionPlannedEventType = (typeof SESSION_PLANNED_EVENT_TYPES)[number];

export interface SessionStageEvent {
  readonly type: SessionPlannedEventType;
  readonly data: unknown;
  /** When the session service recorded it: a plan's announcement limit is triggered then. */
  readonly occurredAt: string;
}

/** What the deadline service remembers of sessions and questions (their subjects: `session-<id>`, `question-<id>`). */
export type SessionSubjectChange =
  /** The session's current announcement deadline, under its host's lists. */
  | { readonly kind: 'announcement_due'; readonly sessionSubject: string; readonly unitCode: string; readonly deadlineId: string }
  | { readonly kind: 'session_ended'; readonly sessionSubject: string; readonly unitCode: string; readonly at: string }
  | { readonly kind: 'question_accepted'; readonly questionSubject: string; readonly sessionSubject: string; readonly unitCode: string }
  | { readonly kind: 'question_unit'; readonly questionSubject: string; readonly unitCode: string }
  | { readonly kind: 'question_answered'; readonly questionSubject: string; readonly at: string }
  | { readonly kind: 'question_withdrawn'; readonly questionSubject: string };

export type SessionPlannedAction =
  | { readonly kind: 'record'; readonly changes: readonly SessionSubjectChange[] }
  /** S2: a new announcement day replaces the session's earlier one, which is cancelled (before the new one is recorded, so a redelivery still finds it). */
  | { readonly kind: 'cancel_moved_announcement'; readonly sessionSubject: string; readonly deadlineId: string }
  /** S2: due at a fixed instant, the end of the last day the announcement is allowed. */
  | { readonly kind: 'schedule_at'; readonly subjectId: string; readonly deadlineId: string; readonly step: SlaStep; readonly dueAt: string; readonly triggeredAt: string }
  /** The announcement completes whichever announcement deadline is the session's current one. */
  | { readonly kind: 'complete_announcement'; readonly sessionSubject: string; readonly at: string }
  | { readonly kind: 'schedule'; readonly subjectId: string; readonly step: SlaStep; readonly triggeredAt: string }
  | { readonly kind: 'complete'; readonly subjectId: string; readonly step: SlaStep; readonly at: string }
  | { readonly kind: 'cancel'; readonly subjectId: string; readonly step: SlaStep; readonly reason: string }
  /** Every accepted question of the session still without an answer gets its answer limit. */
  | { readonly kind: 'schedule_open_answers'; readonly sessionSubject: string; readonly endedAt: string }
  /** A question accepted after its session ended gets its limit, counted from the end. */
  | { readonly kind: 'schedule_answer_if_ended'; readonly questionSubject: string; readonly sessionSubject: string };

const MERGED = 'Câu hỏi đã gộp vào câu hỏi khác, được trả lời cùng câu hỏi đó / The question was merged into another and is answered with it';

export const sessionSubject = (sessionId: string) => `session-${sessionId}`;
/** One deadline per announcement day: moving a draft to another day cancels one and schedules another. */
export const announcementDeadlineId = (session: string, announceBy: string) => `${session}:session_announce@${announceBy}`;
export const questionSubject = (questionId: string) => `question-${questionId}`;

/**
 * S2's limit: a plan (or a revision) sets the day its announcement is due by; the deadline
 * service cancels the session's earlier announcement deadline if the day moved, schedules the new
 * one (due at that instant, not counted), and the announcement completes it.
 *
 * S5's limits, both counted from the end of the session (W2: from the next day, in working days):
 * - the end starts the results report's limit (7 working days), completed when it is submitted,
 *   and the answer limit (5 working days) of every accepted question not yet answered;
 * - a question accepted after the end gets its answer limit then, from the same end;
 * - an answer completes it; a merged duplicate's limit is cancelled (the other question answers).
 *
 * Questions and their session are separate streams, so their events are not ordered with each
 * other: each side records what it knows before reading what the other recorded, so whichever
 * comes second sees the first (the planner re-reads the answer after scheduling, too).
 */
export function sessionDeadlinePlanFor(event: SessionStageEvent): SessionPlannedAction[] {
  switch (event.type) {
    case 'session.SessionPlanned':
    case 'session.SessionPlanRevised': {
      const data = event.data as DataOf<typeof SessionPlanned>;
      const session = sessionSubject(data.sessionId);
      const deadlineId = announcementDeadlineId(session, data.announceBy);
      return [
        { kind: 'cancel_moved_announcement', sessionSubject: session, deadlineId },
        { kind: 'record', changes: [{ kind: 'announcement_due', sessionSubject: session, unitCode: data.hostUnitCode, deadlineId }] },
        { kind: 'schedule_at', subjectId: session, deadlineId, step: 'session_announce', dueAt: data.announceBy, triggeredAt: event.occurredAt },
      ];
    }
    case 'session.SessionAnnounced': {
      const data = event.data as DataOf<typeof SessionAnnounced>;
      return [{ kind: 'complete_announcement', sessionSubject: sessionSubject(data.sessionId), at: data.announcedAt }];
    }
    case 'session.SessionEnded': {
      const data = event.data as DataOf<typeof SessionEnded>;
      const session = sessionSubject(data.sessionId);
      return [
        { kind: 'record', changes: [{ kind: 'session_ended', sessionSubject: session, unitCode: data.hostUnitCode, at: data.endedAt }] },
        { kind: 'schedule', subjectId: session, step: 'session_report', triggeredAt: data.endedAt },
        { kind: 'schedule_open_answers', sessionSubject: session, endedAt: data.endedAt },
      ];
    }
    case 'session.QuestionAccepted': {
      const data = event.data as DataOf<typeof QuestionAccepted>;
      const question = questionSubject(data.questionId);
      const session = sessionSubject(data.sessionId);
      return [
        { kind: 'record', changes: [{ kind: 'question_accepted', questionSubject: question, sessionSubject: session, unitCode: data.unitCode }] },
        { kind: 'schedule_answer_if_ended', questionSubject: question, sessionSubject: session },
      ];
    }
    case 'session.QuestionAssigned': {
      const data = event.data as DataOf<typeof QuestionAssigned>;
      return [{ kind: 'record', changes: [{ kind: 'question_unit', questionSubject: questionSubject(data.questionId), unitCode: data.unitCode }] }];
    }
    case 'session.QuestionAnswered': {
      const data = event.data as DataOf<typeof QuestionAnswered>;
      const question = questionSubject(data.questionId);
      return [
        { kind: 'record', changes: [{ kind: 'question_answered', questionSubject: question, at: data.answeredAt }] },
        { kind: 'complete', subjectId: question, step: 'session_answer', at: data.answeredAt },
      ];
    }
    case 'session.QuestionMerged': {
      const question = questionSubject((event.data as DataOf<typeof QuestionMerged>).questionId);
      return [
        { kind: 'record', changes: [{ kind: 'question_withdrawn', questionSubject: question }] },
        { kind: 'cancel', subjectId: question, step: 'session_answer', reason: MERGED },
      ];
    }
    case 'session.ResultsReportSubmitted': {
      const data = event.data as DataOf<typeof ResultsReportSubmitted>;
      return [{ kind: 'complete', subjectId: sessionSubject(data.sessionId), step: 'session_report', at: data.submittedAt }];
    }
    default: {
      const unreachable: never = event.type;
      return unreachable;
    }
  }
}

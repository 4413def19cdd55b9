import type { AskerRegister, QuestionView, SessionResultsReport, SessionView } from '@hotline/session-application';
import { inVietnamTime, intakeWindowPosition, phaseWording, type SessionPhase } from '@hotline/session-domain';

const local = (instant: string | null) => (instant === null ? null : inVietnamTime(instant));

/** 'taking_questions' is read off the clock: an announced session whose window is open now. */
export function phaseOf(session: SessionView, now: Date): SessionPhase {
  if (session.status !== 'announced' || session.intakeOpensAt === null) return session.status;
  return intakeWindowPosition({ opensAt: session.intakeOpensAt, closesAt: session.intakeClosesAt! }, now.toISOString()) === 'open' ? 'taking_questions' : 'announced';
}

export function toSession(session: SessionView, now: Date) {
  const status = phaseOf(session, now);
  const window = session.intakeOpensAt && session.intakeClosesAt ? { opensAt: session.intakeOpensAt, closesAt: session.intakeClosesAt } : null;
  // Questions stop when the session ends, even before its scheduled end.
  const open = window !== null && ['announced', 'live'].includes(session.status) && intakeWindowPosition(window, now.toISOString()) === 'open';
  return {
    id: session.sessionId,
    status,
    statusText: phaseWording(status),
    hostUnitCode: session.hostUnitCode,
    coHostUnitCodes: session.coHostUnitCodes,
    topic: session.topic,
    subtopics: session.subtopics,
    questionTopics: session.subtopics.length > 0 ? session.subtopics : [session.topic],
    startsAt: session.startsAt,
    startsAtLocal: local(session.startsAt),
    endsAt: session.endsAt,
    endsAtLocal: local(session.endsAt),
    officials: session.officials,
    intakeWindow: window && { ...window, opensAtLocal: local(window.opensAt), closesAtLocal: local(window.closesAt), open },
    policyVersion: session.policyVersion,
    announcedAt: session.announcedAt,
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    reportSubmission: session.report && { ...session.report, submittedAtLocal: local(session.report.submittedAt) },
    reportOverdue: session.reportOverdue,
    announceBy: session.announceBy,
    announceByLocal: local(session.announceBy),
    announcementOverdue: session.announcementOverdue,
  };
}

function toAnswer(answer: QuestionView['answer']) {
  return answer && { text: answer.text, answeredAt: answer.at, answeredAtLocal: local(answer.at), live: answer.live, official: answer.official, unitCode: answer.unitCode };
}

/** `askers` only for the session's moderators: the asker's name and contacts are never public. */
export function toQuestion(question: QuestionView, askers: AskerRegister | null) {
  return {
    id: question.questionId,
    sessionId: question.sessionId,
    status: question.status,
    provinceCode: question.provinceCode,
    topic: question.topic,
    originalText: question.originalText,
    publishedText: question.publishedText,
    askerKind: question.askerKind,
    nameHidden: question.publishedName === null,
    asker: askers ? () => askers.find(question.questionId) : null,
    rejectionReason: question.rejectionReason,
    mergedInto: question.mergedInto,
    assignedUnitCode: question.assignedUnitCode,
    assignedOfficial: question.assignedOfficial,
    draftAnswer: question.draftAnswer,
    draftedBy: question.draftedBy,
    approvedBy: question.approvedBy,
    answer: toAnswer(question.answer),
    overdue: question.overdue,
    submittedAt: question.submittedAt,
    submittedAtLocal: local(question.submittedAt),
  };
}

export function toPublished(question: QuestionView) {
  const askedBy = question.publishedName === null ? null : question.organisation ? `${question.publishedName} (${question.organisation})` : question.publishedName;
  return { id: question.questionId, topic: question.topic, question: question.publishedText, askedBy, provinceCode: question.provinceCode, answer: toAnswer(question.answer) };
}

export function toReport({ session, report }: SessionResultsReport, now: Date) {
  return { session: toSession(session, now), ...report };
}

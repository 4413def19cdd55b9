import type { BilingualText } from '@hotline/shared-contact';
import type { QuestionCommand } from './question-commands';
import type { AskedQuestion, QuestionStatus } from './question-state';
import type { SessionActor } from './session-actor';
import { authorizeOfficer } from './session-authorization';
import type { SessionAction } from './session-permissions';
import { SessionRuleViolation } from './session-rule-violation';
import { phaseWording, type SessionStatus } from './session-status';
import type { Instant } from './vietnam-time';

/** The facts every question event carries: which question of which session, when (UTC), and who. */
export interface QuestionStamp {
  readonly questionId: string;
  readonly sessionId: string;
  readonly at: Instant;
  readonly by: SessionActor;
}

export function questionStamp(question: AskedQuestion, at: Instant, by: SessionActor): QuestionStamp {
  return { questionId: question.questionId, sessionId: question.sessionId, at, by };
}

/** Moderation runs from the announcement until the session is over and answered. */
const MODERATED_WHILE: readonly SessionStatus[] = ['announced', 'live', 'answering'];

/** Checks, in order: the role and jurisdiction, the session's state, then the question's. */
export function moderated(command: QuestionCommand, question: AskedQuestion, allowed: readonly QuestionStatus[]): AskedQuestion {
  return permittedQuestion('moderate', command, question, allowed, MODERATED_WHILE);
}

export function permittedQuestion(
  action: SessionAction,
  command: QuestionCommand,
  question: AskedQuestion,
  allowed: readonly QuestionStatus[],
  sessionAllowed: readonly SessionStatus[],
): AskedQuestion {
  const { session } = command.data;
  authorizeOfficer(action, command.actor, { ...session, assignedUnitCode: question.assignedUnitCode });
  if (!sessionAllowed.includes(session.status)) throw new SessionRuleViolation('invalid_state', sessionStateDetail(session.status, sessionAllowed));
  if (!allowed.includes(question.status)) throw new SessionRuleViolation('invalid_state', questionStateDetail(question.status, allowed));
  return question;
}

const QUESTION_STATUS_WORDING: Record<QuestionStatus, BilingualText> = {
  pending: { vi: 'chờ kiểm duyệt', en: 'awaiting moderation' },
  accepted: { vi: 'đã tiếp nhận', en: 'accepted' },
  rejected: { vi: 'đã bị từ chối', en: 'rejected' },
  merged: { vi: 'đã gộp vào câu hỏi khác', en: 'merged into another question' },
};

export function questionStatusWording(status: QuestionStatus): BilingualText {
  return QUESTION_STATUS_WORDING[status];
}

function questionStateDetail(current: QuestionStatus, allowed: readonly QuestionStatus[]): BilingualText {
  return {
    vi: `Câu hỏi ${QUESTION_STATUS_WORDING[current].vi}; chỉ được khi: ${allowed.map((s) => QUESTION_STATUS_WORDING[s].vi).join(', ')}.`,
    en: `The question is ${QUESTION_STATUS_WORDING[current].en}; only when: ${allowed.map((s) => QUESTION_STATUS_WORDING[s].en).join(', ')}.`,
  };
}

function sessionStateDetail(current: SessionStatus, allowed: readonly SessionStatus[]): BilingualText {
  return {
    vi: `Buổi giao lưu ${phaseWording(current).vi}; chỉ được khi: ${allowed.map((s) => phaseWording(s).vi).join(', ')}.`,
    en: `The session is ${phaseWording(current).en}; only when: ${allowed.map((s) => phaseWording(s).en).join(', ')}.`,
  };
}

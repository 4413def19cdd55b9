import { decideAnswering } from './question-answering';
import type { AssignQuestion, MergeQuestion, QuestionCommand, SubmitQuestion } from './question-commands';
import type { QuestionEvent } from './question-events';
import { evolveQuestion, initialQuestionState } from './question-evolution';
import type { AskedQuestion, QuestionState } from './question-state';
import { QUESTION_TEXT_LIMITS } from './question-submission';
import { officerText, REASON_LIMITS, sessionOfficial } from './question-text';
import { intakeWindowPosition, outsideWindowWording } from './intake-window';
import type { SessionFacts } from './session-facts';
import { SessionRuleViolation } from './session-rule-violation';
import { isKnownUnitCode } from './unit-code';
import { isInstant, toUtcInstant, type Instant } from './vietnam-time';
import { moderated, questionStamp, type QuestionStamp } from './question-guards';

export interface QuestionDecider {
  decide(command: QuestionCommand, state: QuestionState): QuestionEvent[];
  evolve(state: QuestionState, event: QuestionEvent): QuestionState;
  initialState(): QuestionState;
}

/** The Question aggregate (S3–S5): one citizen's question, its moderation and its answer. */
export const questionDecider: QuestionDecider = { decide: decideQuestion, evolve: evolveQuestion, initialState: initialQuestionState };

export function decideQuestion(command: QuestionCommand, state: QuestionState): QuestionEvent[] {
  const at = utcInstant(command.data.now);
  if (command.type === 'SubmitQuestion') return submitQuestion(command, state, at);
  if (state.status === 'none' || state.sessionId !== command.data.session.sessionId) throw new SessionRuleViolation('question_not_found');
  const stamp = questionStamp(state, at, command.actor);
  switch (command.type) {
    case 'AcceptQuestion': {
      const question = moderated(command, state, ['pending']);
      return [{ type: 'QuestionAccepted', data: { ...stamp, unitCode: question.assignedUnitCode ?? command.data.session.hostUnitCode } }];
    }
    case 'RejectQuestion':
      moderated(command, state, ['pending']);
      return [{ type: 'QuestionRejected', data: { ...stamp, reason: officerText(command.data.reason, { vi: 'Lý do', en: 'Reason' }, REASON_LIMITS) } }];
    case 'MergeQuestion':
      return mergeQuestion(command, state, stamp);
    case 'EditQuestion': {
      moderated(command, state, ['pending', 'accepted']);
      return [{ type: 'QuestionEdited', data: { ...stamp, publishedText: officerText(command.data.text, { vi: 'Nội dung công bố', en: 'Published text' }, QUESTION_TEXT_LIMITS) } }];
    }
    case 'AssignQuestion':
      return assignQuestion(command, state, stamp);
    case 'DraftAnswer':
    case 'ApproveAnswer':
    case 'PublishAnswer':
    case 'AnswerLive':
    case 'RecordAnswerOverdue':
      return decideAnswering(command, state, stamp);
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

/** S3: taken only while the session's intake window is open; outside it, the refusal says when it opens or closed. */
function submitQuestion(command: SubmitQuestion, state: QuestionState, at: Instant): QuestionEvent[] {
  if (state.status !== 'none') throw new SessionRuleViolation('already_submitted');
  const { session, questionId, submission } = command.data;
  const window = session.window;
  if (session.status === 'draft' || window === null) throw new SessionRuleViolation('session_not_found');
  const position = ['announced', 'live'].includes(session.status) ? intakeWindowPosition(window, at) : 'closed';
  if (position !== 'open') throw new SessionRuleViolation(position === 'not_open' ? 'intake_not_open' : 'intake_closed', outsideWindowWording(window, position));
  const { asker, provinceCode, topic, text, hideName } = submission;
  return [
    {
      type: 'QuestionSubmitted',
      data: {
        questionId,
        sessionId: session.sessionId,
        provinceCode,
        topic,
        text,
        askerKind: asker.kind,
        publishedName: hideName ? null : asker.name,
        organisation: hideName ? null : asker.organisation,
        at,
        by: command.actor,
      },
    },
  ];
}

/** A duplicate is merged into the question that stays; the one that stays carries the answer for both. */
function mergeQuestion(command: MergeQuestion, state: AskedQuestion, stamp: QuestionStamp): QuestionEvent[] {
  const question = moderated(command, state, ['pending', 'accepted']);
  const { into } = command.data;
  if (question.answer) throw new SessionRuleViolation('already_answered');
  if (into.questionId === question.questionId || into.sessionId !== question.sessionId || !['pending', 'accepted'].includes(into.status)) {
    throw new SessionRuleViolation('invalid_merge', {
      vi: 'Chỉ gộp vào một câu hỏi khác của cùng buổi giao lưu, đang chờ hoặc đã tiếp nhận.',
      en: 'A question merges only into another pending or accepted question of the same session.',
    });
  }
  return [{ type: 'QuestionMerged', data: { ...stamp, intoQuestionId: into.questionId } }];
}

/** To an answering unit, an official of the session, or both; an official alone answers for their own unit. */
function assignQuestion(command: AssignQuestion, state: AskedQuestion, stamp: QuestionStamp): QuestionEvent[] {
  const question = moderated(command, state, ['accepted']);
  if (question.answer) throw new SessionRuleViolation('already_answered');
  const session: SessionFacts = command.data.session;
  const official = command.data.official === null ? null : sessionOfficial(command.data.official, session.officials);
  const unitCode = command.data.unitCode ?? official?.unitCode ?? session.hostUnitCode;
  if (!isKnownUnitCode(unitCode)) throw new SessionRuleViolation('unknown_unit', { vi: `(${unitCode})`, en: `(${unitCode})` });
  return [{ type: 'QuestionAssigned', data: { ...stamp, unitCode, official: official?.name ?? null } }];
}

function utcInstant(instant: Instant): Instant {
  if (!isInstant(instant)) throw new SessionRuleViolation('invalid_instant', { vi: `(“${instant}”)`, en: `(“${instant}”)` });
  return toUtcInstant(instant);
}

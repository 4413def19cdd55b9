import type { AnswerLive, ApproveAnswer, DraftAnswer, PublishAnswer, QuestionCommand, RecordAnswerOverdue } from './question-commands';
import type { QuestionEvent } from './question-events';
import { permittedQuestion, type QuestionStamp } from './question-guards';
import type { AskedQuestion } from './question-state';
import { ANSWER_LIMITS, officerText, sessionOfficial } from './question-text';
import { SessionRuleViolation } from './session-rule-violation';
import type { SessionStatus } from './session-status';
import { isInstant, toUtcInstant } from './vietnam-time';

type AnsweringCommand = Extract<QuestionCommand, DraftAnswer | ApproveAnswer | PublishAnswer | AnswerLive | RecordAnswerOverdue>;

/** Answers are prepared from the announcement on, and may still be given after the report (late). */
const PREPARED_WHILE: readonly SessionStatus[] = ['announced', 'live', 'answering', 'reported'];
/** S4: answers are published from the session on. */
const PUBLISHED_WHILE: readonly SessionStatus[] = ['live', 'answering', 'reported'];
const ANSWER_LABEL = { vi: 'Câu trả lời', en: 'Answer' };

/** An answer is drafted, approved and published; or given live by an official on air. */
export function decideAnswering(command: AnsweringCommand, question: AskedQuestion, stamp: QuestionStamp): QuestionEvent[] {
  switch (command.type) {
    case 'DraftAnswer':
      unanswered(permittedQuestion('draft_answer', command, question, ['accepted'], PREPARED_WHILE));
      return [{ type: 'AnswerDrafted', data: { ...stamp, text: officerText(command.data.text, ANSWER_LABEL, ANSWER_LIMITS) } }];
    case 'ApproveAnswer':
      return approve(command, question, stamp);
    case 'PublishAnswer':
      return publish(command, question, stamp);
    case 'AnswerLive':
      return answerLive(command, question, stamp);
    case 'RecordAnswerOverdue':
      if (command.actor.kind !== 'system') throw new SessionRuleViolation('forbidden_role');
      // A breach reported twice (redelivery) is recorded once.
      if (question.overdue) return [];
      return [{ type: 'AnswerOverdue', data: { ...stamp, deadlineId: command.data.deadlineId, dueAt: utc(command.data.dueAt) } }];
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

function approve(command: ApproveAnswer, question: AskedQuestion, stamp: QuestionStamp): QuestionEvent[] {
  unanswered(permittedQuestion('approve_answer', command, question, ['accepted'], PREPARED_WHILE));
  if (question.draft === null) throw new SessionRuleViolation('answer_not_drafted');
  if (question.approved) throw new SessionRuleViolation('invalid_state', { vi: '(câu trả lời đã được duyệt)', en: '(the answer is already approved)' });
  const approver = command.actor.kind === 'officer' ? command.actor.officerId : null;
  // Four eyes: whoever wrote the answer does not also approve it.
  if (approver === question.draft.by) throw new SessionRuleViolation('approver_is_drafter');
  return [{ type: 'AnswerApproved', data: stamp }];
}

function publish(command: PublishAnswer, question: AskedQuestion, stamp: QuestionStamp): QuestionEvent[] {
  const { session } = command.data;
  unanswered(permittedQuestion('publish_answer', command, question, ['accepted'], ['announced', ...PUBLISHED_WHILE]));
  if (session.status === 'announced') throw new SessionRuleViolation('session_not_started');
  if (question.draft === null) throw new SessionRuleViolation('answer_not_drafted');
  if (!question.approved) throw new SessionRuleViolation('answer_not_approved');
  const unitCode = question.assignedUnitCode ?? session.hostUnitCode;
  const live = session.status === 'live';
  return [{ type: 'QuestionAnswered', data: { ...stamp, unitCode, answeredAt: stamp.at, live, text: question.draft.text, official: question.assignedOfficial } }];
}

function answerLive(command: AnswerLive, question: AskedQuestion, stamp: QuestionStamp): QuestionEvent[] {
  const { session } = command.data;
  unanswered(permittedQuestion('publish_answer', command, question, ['accepted'], PUBLISHED_WHILE));
  if (session.status !== 'live') throw new SessionRuleViolation('not_live');
  const official = sessionOfficial(command.data.official, session.officials);
  const text = officerText(command.data.text, ANSWER_LABEL, ANSWER_LIMITS);
  const unitCode = question.assignedUnitCode ?? official.unitCode ?? session.hostUnitCode;
  return [{ type: 'QuestionAnswered', data: { ...stamp, unitCode, answeredAt: stamp.at, live: true, text, official: official.name } }];
}

function unanswered(question: AskedQuestion): AskedQuestion {
  if (question.answer) throw new SessionRuleViolation('already_answered');
  return question;
}

function utc(instant: string): string {
  if (!isInstant(instant)) throw new SessionRuleViolation('invalid_instant', { vi: `(“${instant}”)`, en: `(“${instant}”)` });
  return toUtcInstant(instant);
}

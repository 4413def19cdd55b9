import type { QuestionEvent } from './question-events';
import type { AskedQuestion, QuestionState } from './question-state';
import { SessionRuleViolation } from './session-rule-violation';

export function initialQuestionState(): QuestionState {
  return { status: 'none' };
}

export function evolveQuestion(state: QuestionState, event: QuestionEvent): QuestionState {
  switch (event.type) {
    case 'QuestionSubmitted': {
      const { questionId, sessionId, topic, text } = event.data;
      return {
        status: 'pending',
        ...{ questionId, sessionId, topic, text },
        publishedText: text,
        assignedUnitCode: null,
        assignedOfficial: null,
        draft: null,
        approved: false,
        answer: null,
        overdue: false,
      };
    }
    case 'QuestionAccepted':
      return { ...asked(state), status: 'accepted' };
    case 'QuestionRejected':
      return { ...asked(state), status: 'rejected' };
    case 'QuestionMerged':
      return { ...asked(state), status: 'merged' };
    case 'QuestionEdited':
      return { ...asked(state), publishedText: event.data.publishedText };
    case 'QuestionAssigned':
      return { ...asked(state), assignedUnitCode: event.data.unitCode, assignedOfficial: event.data.official };
    case 'AnswerDrafted':
      // A new draft needs a new approval.
      return { ...asked(state), draft: { text: event.data.text, by: actorId(event.data.by) }, approved: false };
    case 'AnswerApproved':
      return { ...asked(state), approved: true };
    case 'QuestionAnswered':
      return { ...asked(state), answer: { at: event.data.answeredAt, live: event.data.live } };
    case 'AnswerOverdue':
      return { ...asked(state), overdue: true };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

function actorId(actor: QuestionEvent['data']['by']): string {
  return actor.kind === 'officer' ? actor.officerId : actor.id;
}

function asked(state: QuestionState): AskedQuestion {
  // Only a corrupt stream gets here: every other event follows QuestionSubmitted.
  if (state.status === 'none') throw new SessionRuleViolation('question_not_found');
  return state;
}

import type { AskerKind } from './question-submission';
import type { SessionActor } from './session-actor';
import type { UnitCode } from './unit-code';
import type { Instant } from './vietnam-time';

interface Event<Type extends string, Data> {
  readonly type: Type;
  readonly data: { readonly questionId: string; readonly sessionId: string } & Data & { readonly at: Instant; readonly by: SessionActor };
}

/**
 * The asker's contacts never enter the stream (nor the bus it is forwarded to); their name, or
 * their business's, does only when they let it be published.
 */
export type QuestionSubmitted = Event<
  'QuestionSubmitted',
  {
    readonly provinceCode: string;
    readonly topic: string;
    readonly text: string;
    readonly askerKind: AskerKind;
    readonly publishedName: string | null;
    readonly organisation: string | null;
  }
>;
/** A superset of 'session.QuestionAccepted'; `unitCode` answers for it until it is assigned. */
export type QuestionAccepted = Event<'QuestionAccepted', { readonly unitCode: UnitCode }>;
export type QuestionRejected = Event<'QuestionRejected', { readonly reason: string }>;
export type QuestionMerged = Event<'QuestionMerged', { readonly intoQuestionId: string }>;
export type QuestionEdited = Event<'QuestionEdited', { readonly publishedText: string }>;
export type QuestionAssigned = Event<'QuestionAssigned', { readonly unitCode: UnitCode; readonly official: string | null }>;
export type AnswerDrafted = Event<'AnswerDrafted', { readonly text: string }>;
export type AnswerApproved = Event<'AnswerApproved', object>;
/** A superset of 'session.QuestionAnswered'; `live` when given while the session was on air. */
export type QuestionAnswered = Event<
  'QuestionAnswered',
  { readonly unitCode: UnitCode; readonly answeredAt: Instant; readonly live: boolean; readonly text: string; readonly official: string | null }
>;
export type AnswerOverdue = Event<'AnswerOverdue', { readonly deadlineId: string; readonly dueAt: Instant }>;

export type QuestionEvent =
  | QuestionSubmitted
  | QuestionAccepted
  | QuestionRejected
  | QuestionMerged
  | QuestionEdited
  | QuestionAssigned
  | AnswerDrafted
  | AnswerApproved
  | QuestionAnswered
  | AnswerOverdue;

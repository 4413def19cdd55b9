import type { QuestionSubmission } from './question-submission';
import type { SessionActor } from './session-actor';
import type { SessionFacts } from './session-facts';
import type { UnitCode } from './unit-code';
import type { Instant } from './vietnam-time';

interface Command<Type extends string, Data> {
  readonly type: Type;
  readonly actor: SessionActor;
  /** `session`: the question's session as it stands now (its state, hosts, window, officials). */
  readonly data: Data & { readonly session: SessionFacts; readonly now: Instant };
}

export type SubmitQuestion = Command<'SubmitQuestion', { readonly questionId: string; readonly submission: QuestionSubmission }>;
export type AcceptQuestion = Command<'AcceptQuestion', object>;
export type RejectQuestion = Command<'RejectQuestion', { readonly reason: string }>;
/** `into`: the question this one duplicates, as it stands now. */
export type MergeQuestion = Command<'MergeQuestion', { readonly into: { readonly questionId: string; readonly sessionId: string; readonly status: string } }>;
/** The text as it will be published; the asker's original is kept. */
export type EditQuestion = Command<'EditQuestion', { readonly text: string }>;
export type AssignQuestion = Command<'AssignQuestion', { readonly unitCode: UnitCode | null; readonly official: string | null }>;
export type DraftAnswer = Command<'DraftAnswer', { readonly text: string }>;
export type ApproveAnswer = Command<'ApproveAnswer', object>;
export type PublishAnswer = Command<'PublishAnswer', object>;
/** An official answers on air (S4): the answer is published as it is given. */
export type AnswerLive = Command<'AnswerLive', { readonly text: string; readonly official: string }>;
/** The deadline service reported the answer's limit (S5, 5 working days) breached. */
export type RecordAnswerOverdue = Command<'RecordAnswerOverdue', { readonly deadlineId: string; readonly dueAt: Instant }>;

export type QuestionCommand =
  | SubmitQuestion
  | AcceptQuestion
  | RejectQuestion
  | MergeQuestion
  | EditQuestion
  | AssignQuestion
  | DraftAnswer
  | ApproveAnswer
  | PublishAnswer
  | AnswerLive
  | RecordAnswerOverdue;

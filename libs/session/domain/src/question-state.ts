import type { UnitCode } from './unit-code';
import type { Instant } from './vietnam-time';

export const QUESTION_STATUSES = ['pending', 'accepted', 'rejected', 'merged'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export interface AskedQuestion {
  readonly status: QuestionStatus;
  readonly questionId: string;
  readonly sessionId: string;
  readonly topic: string;
  readonly text: string;
  readonly publishedText: string;
  readonly assignedUnitCode: UnitCode | null;
  readonly assignedOfficial: string | null;
  readonly draft: { readonly text: string; readonly by: string } | null;
  readonly approved: boolean;
  readonly answer: { readonly at: Instant; readonly live: boolean } | null;
  readonly overdue: boolean;
}

export type QuestionState = { readonly status: 'none' } | AskedQuestion;

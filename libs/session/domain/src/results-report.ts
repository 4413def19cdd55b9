import { NO_QUESTIONS, type ResultsTotals } from './results-totals';
import type { QuestionStatus } from './question-state';
import type { UnitCode } from './unit-code';

/** What the report needs to know of one question. */
export interface ReportedQuestion {
  readonly topic: string;
  /** The unit answering it: the one it is assigned to, else the host. */
  readonly unitCode: UnitCode;
  readonly status: QuestionStatus;
  readonly answered: { readonly live: boolean } | null;
  /** The deadline service reported its answer limit breached (answered late, or not at all). */
  readonly overdue: boolean;
}

export interface ResultsReport {
  readonly totals: ResultsTotals;
  readonly byTopic: readonly (ResultsTotals & { readonly topic: string })[];
  readonly byUnit: readonly (ResultsTotals & { readonly unitCode: UnitCode })[];
}

/**
 * S5's counts. Received: every question sent in the window. Accepted: those moderation kept (a
 * merged duplicate is received, not accepted: it is answered through the question it joined).
 * Answered live or afterwards, and overdue, are counted among the accepted ones; an overdue
 * question answered late is both answered afterwards and overdue.
 */
export function resultsReportOf(questions: readonly ReportedQuestion[], topics: readonly string[] = []): ResultsReport {
  const byTopic = new Map<string, ResultsTotals>(topics.map((t) => [t, NO_QUESTIONS]));
  const byUnit = new Map<UnitCode, ResultsTotals>();
  let totals = NO_QUESTIONS;
  for (const question of questions) {
    byTopic.set(question.topic, counted(byTopic.get(question.topic) ?? NO_QUESTIONS, question));
    byUnit.set(question.unitCode, counted(byUnit.get(question.unitCode) ?? NO_QUESTIONS, question));
    totals = counted(totals, question);
  }
  return {
    totals,
    byTopic: [...byTopic].map(([topic, counts]) => ({ topic, ...counts })),
    byUnit: [...byUnit].sort(([a], [b]) => a.localeCompare(b)).map(([unitCode, counts]) => ({ unitCode, ...counts })),
  };
}

function counted(totals: ResultsTotals, question: ReportedQuestion): ResultsTotals {
  const accepted = question.status === 'accepted';
  return {
    received: totals.received + 1,
    accepted: totals.accepted + (accepted ? 1 : 0),
    answeredLive: totals.answeredLive + (accepted && question.answered?.live === true ? 1 : 0),
    answeredAfterwards: totals.answeredAfterwards + (accepted && question.answered?.live === false ? 1 : 0),
    overdue: totals.overdue + (accepted && question.overdue ? 1 : 0),
  };
}

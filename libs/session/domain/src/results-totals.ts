/** S5: what the results report counts, for a topic, a unit, or the whole session. */
export interface ResultsTotals {
  readonly received: number;
  readonly accepted: number;
  readonly answeredLive: number;
  readonly answeredAfterwards: number;
  readonly overdue: number;
}

export const NO_QUESTIONS: ResultsTotals = { received: 0, accepted: 0, answeredLive: 0, answeredAfterwards: 0, overdue: 0 };

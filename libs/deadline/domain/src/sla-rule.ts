import type { SlaLimitUnit, SlaRuleLimit } from './sla-limit';

/** How far a running deadline may be extended, e.g. a denunciation: +30 days, twice (H7). */
export interface SlaExtensionRule {
  readonly unit: SlaLimitUnit;
  /** The most one extension may add. */
  readonly amount: number;
  readonly maxTimes: number;
}

/** One row of the policy table. */
export interface SlaRule {
  readonly limit: SlaRuleLimit;
  /** Replaces `limit` when the report is urgent. */
  readonly urgent?: SlaRuleLimit;
  /** Replaces `limit` when the incident is sudden; wins over `urgent`. */
  readonly sudden?: SlaRuleLimit;
  /** Whether the clock may stop, e.g. while waiting on another agency. */
  readonly pausable: boolean;
  readonly extension?: SlaExtensionRule;
}

export interface SlaConditions {
  readonly urgent?: boolean;
  readonly sudden?: boolean;
}

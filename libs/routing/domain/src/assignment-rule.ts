import type { BilingualText } from './bilingual-text';
import type { CaseLegalTrack, CasePollutionType, CaseSeverity, PollutionNature, RoutingFacts } from './routing-facts';
import type { UnitCode } from '@hotline/shared-organisation';

/** Every listed condition must hold; a list means "any of these"; an empty condition matches every case. */
export interface AssignmentCondition {
  readonly legalTrack?: readonly CaseLegalTrack[];
  readonly severity?: readonly CaseSeverity[];
  readonly interProvincial?: boolean;
  readonly pollutionType?: readonly CasePollutionType[];
  readonly nature?: readonly PollutionNature[];
  readonly provinceCode?: readonly string[];
}

/**
 * Where a matching case goes. 'commune' means the case's own commune and implies two more
 * conditions: the commune is known, and it runs a hotline (a commune without one has no
 * officers to receive it).
 */
export type AssignmentTarget =
  | { readonly kind: 'central' }
  | { readonly kind: 'province' }
  | { readonly kind: 'commune' }
  | { readonly kind: 'unit'; readonly unitCode: UnitCode };

export interface AssignmentRule {
  /** Recorded on the assignment, so anyone can see which rule sent the case where. */
  readonly id: string;
  readonly when: AssignmentCondition;
  readonly target: AssignmentTarget;
  readonly reason: BilingualText;
}

export function conditionHolds(condition: AssignmentCondition, facts: RoutingFacts): boolean {
  return (
    isAnyOf(condition.legalTrack, facts.legalTrack) &&
    isAnyOf(condition.severity, facts.severity) &&
    (condition.interProvincial === undefined || condition.interProvincial === facts.interProvincial) &&
    isAnyOf(condition.pollutionType, facts.pollutionType) &&
    isAnyOf(condition.nature, facts.nature) &&
    isAnyOf(condition.provinceCode, facts.provinceCode)
  );
}

function isAnyOf<T>(allowed: readonly T[] | undefined, value: T): boolean {
  return allowed === undefined || allowed.includes(value);
}

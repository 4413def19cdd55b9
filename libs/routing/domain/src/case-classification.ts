import type { CaseLegalTrack, CasePollutionType, CaseSeverity, PollutionNature } from './routing-facts';

/** H9 "classified (type, urgency)", with what the assignment rules need to pick a unit. */
export interface CaseClassification {
  readonly pollutionType: CasePollutionType;
  readonly nature: PollutionNature;
  readonly severity: CaseSeverity;
  readonly urgent: boolean;
  readonly interProvincial: boolean;
  readonly legalTrack: CaseLegalTrack;
}

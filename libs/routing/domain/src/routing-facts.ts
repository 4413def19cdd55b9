import type { LegalTrack, PollutionType } from '@hotline/contracts-events';
import type { z } from 'zod';

export const CASE_SEVERITIES = ['minor', 'serious', 'severe'] as const;
export type CaseSeverity = (typeof CASE_SEVERITIES)[number];

export const POLLUTION_NATURES = ['sudden', 'continuous'] as const;
export type PollutionNature = (typeof POLLUTION_NATURES)[number];

export type CasePollutionType = z.output<typeof PollutionType>;
export type CaseLegalTrack = z.output<typeof LegalTrack>;

/** What the assignment rules look at to pick the competent unit. */
export interface RoutingFacts {
  /** GSO codes: 2 digits, 5 digits. */
  readonly provinceCode: string;
  readonly communeCode: string | null;
  readonly pollutionType: CasePollutionType;
  readonly nature: PollutionNature;
  readonly severity: CaseSeverity;
  /** The source or the effects reach beyond one province. */
  readonly interProvincial: boolean;
  readonly legalTrack: CaseLegalTrack;
}

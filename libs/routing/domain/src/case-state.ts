import type { CaseClassification } from './case-classification';
import type { CaseOpened } from './case-events';
import type { CaseStatus } from './case-status';
import type { UnitCode } from '@hotline/shared-organisation';

export interface OpenedCase {
  readonly status: CaseStatus;
  readonly caseId: string;
  readonly reportId: string;
  readonly linkedReportIds: readonly string[];
  /** What intake reported, before classification. */
  readonly reported: CaseOpened['data'];
  readonly classification: CaseClassification | null;
  /** The unit answerable for the case now: the receiving unit until forwarded, then the lead unit. */
  readonly currentUnit: UnitCode;
  /** Where a hand back returns the case: the unit that forwarded or transferred it. */
  readonly forwardedFrom: UnitCode | null;
  readonly coHandlers: readonly UnitCode[];
}

export type CaseState = { readonly status: 'not_opened' } | OpenedCase;

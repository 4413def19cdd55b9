import type { AdministrativeLevel } from './administrative-level';
import type { BilingualText } from '@hotline/shared-contact';
import type { UnitCode } from './unit-code';

/** One unit of the environment authorities' hierarchy (H1). */
export interface OrganisationUnit {
  readonly code: UnitCode;
  readonly level: AdministrativeLevel;
  readonly name: BilingualText;
  /** The unit directly above; null only for the central unit. */
  readonly parentCode: UnitCode | null;
  /** The GSO code of the province or commune (2 or 5 digits); null for the central unit. */
  readonly administrativeCode: string | null;
}

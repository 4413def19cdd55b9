import type { OfficerRole } from './officer-role';
import type { UnitCode } from '@hotline/shared-organisation';

/** An officer as the roster declares them (H3); importing creates the account and grants the role. */
export interface Officer {
  readonly unitCode: UnitCode;
  readonly fullName: string;
  readonly position: string;
  /** E.164. */
  readonly phone: string;
  /** Lower case: the account's identity, unique across the roster. */
  readonly email: string;
  readonly role: OfficerRole;
}

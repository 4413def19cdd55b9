import type { OfficerRole } from './officer-role';
import type { UnitCode } from '@hotline/shared-organisation';

export interface OfficerActor {
  readonly kind: 'officer';
  readonly officerId: string;
  readonly role: OfficerRole;
  readonly unitCode: UnitCode;
}

/** The platform itself, e.g. the deadline service escalating a breached case. */
export interface SystemActor {
  readonly kind: 'system';
  readonly id: string;
}

/** Who asks for a transition; recorded on every event for the audit trail. */
export type CaseActor = OfficerActor | SystemActor;

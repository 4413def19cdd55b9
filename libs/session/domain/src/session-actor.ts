import type { UnitCode } from './unit-code';

/** DESIGN §3: the roles an officer or API client can hold. */
export const OFFICER_ROLES = ['operator', 'handler', 'unit_head', 'provincial_admin', 'ministry_admin', 'auditor', 'integrator'] as const;
export type OfficerRole = (typeof OFFICER_ROLES)[number];

export interface OfficerActor {
  readonly kind: 'officer';
  readonly officerId: string;
  readonly role: OfficerRole;
  readonly unitCode: UnitCode;
}

/** A citizen or business on the public page, or an integrator's app acting for one. */
export interface PublicActor {
  readonly kind: 'citizen' | 'integrator';
  readonly id: string;
}

/** The platform itself, e.g. recording a breach the deadline service reported. */
export interface SystemActor {
  readonly kind: 'system';
  readonly id: string;
}

/** Who asks for a change; recorded on every event for the audit trail. */
export type SessionActor = OfficerActor | PublicActor | SystemActor;

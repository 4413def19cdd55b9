import type { CaseTransition } from './case-transition';
import type { OfficerRole } from './officer-role';

/**
 * Where a role may act: 'own_unit' on cases its own unit holds; 'jurisdiction' on cases held
 * by its unit or any unit below it.
 */
export type PermissionScope = 'own_unit' | 'jurisdiction';

export interface TransitionPermission {
  readonly officers: Readonly<Partial<Record<OfficerRole, PermissionScope>>>;
  /** Whether the platform itself may do it (opening from intake, linking duplicates, escalating on a breach). */
  readonly system: boolean;
}

export type CasePermissions = Readonly<Record<CaseTransition, TransitionPermission>>;

const ADMINS = { provincial_admin: 'jurisdiction', ministry_admin: 'jurisdiction' } as const;

/**
 * Default permissions (DESIGN §3). Operators, handlers and unit heads act for their own unit;
 * administrators reach down into the units below theirs. Auditors and integrators read, never
 * change, so they appear nowhere.
 */
export const DEFAULT_CASE_PERMISSIONS: CasePermissions = {
  open: { officers: { operator: 'own_unit' }, system: true },
  classify: { officers: { operator: 'own_unit' }, system: false },
  forward: { officers: { operator: 'own_unit' }, system: false },
  accept: { officers: { handler: 'own_unit', unit_head: 'own_unit' }, system: false },
  hand_back: { officers: { unit_head: 'own_unit' }, system: false },
  record_verification: { officers: { handler: 'own_unit' }, system: false },
  record_handling: { officers: { handler: 'own_unit' }, system: false },
  feed_back: { officers: { handler: 'own_unit' }, system: false },
  close: { officers: { unit_head: 'own_unit' }, system: false },
  transfer: { officers: { unit_head: 'own_unit', ...ADMINS }, system: false },
  escalate: { officers: { unit_head: 'own_unit', ...ADMINS }, system: true },
  add_co_handlers: { officers: { unit_head: 'own_unit', ...ADMINS }, system: false },
  reopen: { officers: { unit_head: 'own_unit' }, system: false },
  link_report: { officers: { operator: 'own_unit', handler: 'own_unit', unit_head: 'own_unit' }, system: true },
};

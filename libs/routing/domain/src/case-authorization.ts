import type { CaseActor } from './case-actor';
import type { CasePermissions } from './case-permissions';
import { CaseRuleViolation } from './case-rule-violation';
import type { OpenedCase } from './case-state';
import { statusWording } from './case-status';
import { STATUSES_ALLOWING, transitionWording, type CaseTransition } from './case-transition';
import type { Jurisdiction, UnitCode } from '@hotline/shared-organisation';
import { roleWording } from './officer-role';

/**
 * Checks (a) the role and (b) the jurisdiction, in that order. `systemAllowed` narrows what
 * the platform may do beyond the table, e.g. escalating only on a breach.
 */
export function authorizeActor(
  transition: CaseTransition,
  actor: CaseActor,
  heldBy: UnitCode,
  permissions: CasePermissions,
  jurisdiction: Jurisdiction,
  systemAllowed = true,
): void {
  const action = transitionWording(transition);
  if (actor.kind === 'system') {
    if (permissions[transition].system && systemAllowed) return;
    throw new CaseRuleViolation('forbidden_role', { vi: `Hệ thống không tự ${action.vi}.`, en: `The system may not ${action.en} on its own.` });
  }
  const scope = permissions[transition].officers[actor.role];
  const role = roleWording(actor.role);
  if (scope === undefined) {
    throw new CaseRuleViolation('forbidden_role', { vi: `Vai trò “${role.vi}” không được ${action.vi}.`, en: `The role “${role.en}” may not ${action.en}.` });
  }
  const inScope = scope === 'own_unit' ? actor.unitCode === heldBy : jurisdiction.covers(actor.unitCode, heldBy);
  if (!inScope) {
    throw new CaseRuleViolation('outside_jurisdiction', {
      vi: `Vụ việc do đơn vị ${heldBy} giữ; ${role.vi} của ${actor.unitCode} chỉ thao tác trên ${scope === 'own_unit' ? 'vụ việc của đơn vị mình' : 'đơn vị mình và đơn vị cấp dưới'}.`,
      en: `The case is held by ${heldBy}; a ${role.en} of ${actor.unitCode} acts only on ${scope === 'own_unit' ? 'their own unit’s cases' : 'their unit and the units below it'}.`,
    });
  }
}

/** (c) the stage of the case allows the transition. */
export function requireStatusFor(transition: CaseTransition, state: OpenedCase): void {
  const allowed = STATUSES_ALLOWING[transition];
  if (allowed.includes(state.status)) return;
  const action = transitionWording(transition);
  const current = statusWording(state.status);
  throw new CaseRuleViolation('invalid_state', {
    vi: `Không thể ${action.vi} khi vụ việc ${current.vi}; chỉ được khi: ${allowed.map((s) => statusWording(s).vi).join(', ')}.`,
    en: `Cannot ${action.en} a case that is ${current.en}; only when: ${allowed.map((s) => statusWording(s).en).join(', ')}.`,
  });
}

import type { OfficerActor, SessionActor } from './session-actor';
import { actionWording, roleWording, SESSION_PERMISSIONS, type ActionPermission, type SessionAction } from './session-permissions';
import { SessionRuleViolation } from './session-rule-violation';
import { unitCovers, type UnitCode } from './unit-code';

/** The units a session or question belongs to, for jurisdiction checks. */
export interface SessionUnits {
  readonly hostUnitCode: UnitCode;
  readonly coHostUnitCodes: readonly UnitCode[];
  /** The unit a question is assigned to, if any. */
  readonly assignedUnitCode?: UnitCode | null;
}

/** Checks (a) an officer, (b) the role, (c) the jurisdiction, in that order; returns the officer. */
export function authorizeOfficer(action: SessionAction, actor: SessionActor, units: SessionUnits, permissions: Readonly<Record<SessionAction, ActionPermission>> = SESSION_PERMISSIONS): OfficerActor {
  const wording = actionWording(action);
  if (actor.kind !== 'officer') {
    throw new SessionRuleViolation('forbidden_role', { vi: `Chỉ cán bộ mới được ${wording.vi}.`, en: `Only officers may ${wording.en}.` });
  }
  const permission = permissions[action];
  if (!permission.roles.includes(actor.role)) {
    const role = roleWording(actor.role);
    throw new SessionRuleViolation('forbidden_role', { vi: `Vai trò “${role.vi}” không được ${wording.vi}.`, en: `The role “${role.en}” may not ${wording.en}.` });
  }
  const targets = targetsOf(permission, units);
  if (!targets.some((unit) => unitCovers(actor.unitCode, unit))) {
    throw new SessionRuleViolation('outside_jurisdiction', {
      vi: `Cần thuộc ${targets.join(', ')} hoặc đơn vị cấp trên; tài khoản của bạn thuộc ${actor.unitCode}.`,
      en: `This needs ${targets.join(', ')} or a unit above; your account belongs to ${actor.unitCode}.`,
    });
  }
  return actor;
}

/** Whether the actor may do `action`, without the reason. */
export function mayAct(action: SessionAction, actor: SessionActor, units: SessionUnits): boolean {
  try {
    authorizeOfficer(action, actor, units);
    return true;
  } catch (error) {
    if (error instanceof SessionRuleViolation) return false;
    throw error;
  }
}

function targetsOf(permission: ActionPermission, units: SessionUnits): UnitCode[] {
  switch (permission.scope) {
    case 'host':
      return [units.hostUnitCode];
    case 'hosts':
      return [units.hostUnitCode, ...units.coHostUnitCodes];
    case 'answering':
      return [units.hostUnitCode, ...units.coHostUnitCodes, ...(units.assignedUnitCode ? [units.assignedUnitCode] : [])];
    default: {
      const unreachable: never = permission.scope;
      return unreachable;
    }
  }
}

import type { OfficerIdentity } from '@hotline/routing-application';
import { signedInOfficer, UserFacingError, type RequestActor } from '@hotline/platform-graphql';
import { parseUnitCode, type Jurisdiction, type UnitCode } from '@hotline/routing-domain';

/** Every officer role but the integrator's reads cases; what each may change is the domain's to decide. */
const READERS = new Set(['operator', 'handler', 'unit_head', 'provincial_admin', 'ministry_admin', 'auditor']);

/** The calling officer as the routing domain knows it; a clear refusal for anyone else. */
export function caseOfficer(actor: RequestActor): OfficerIdentity {
  const officer = signedInOfficer(actor);
  const unitCode = parseUnitCode(officer.unitCode);
  if (unitCode === null) {
    throw new UserFacingError('FORBIDDEN', { vi: 'Tài khoản không gắn với đơn vị hợp lệ.', en: 'Your account is not tied to a valid unit.' });
  }
  return { officerId: officer.id, role: officer.role, unitCode };
}

/** The calling officer, if their role may read cases. */
export function caseReader(actor: RequestActor): OfficerIdentity {
  const officer = caseOfficer(actor);
  if (!READERS.has(officer.role)) {
    throw new UserFacingError('FORBIDDEN', { vi: 'Vai trò của bạn không xem được vụ việc.', en: 'Your role may not read cases.' });
  }
  return officer;
}

/** A case is visible to whoever covers the unit holding it or one of its co-handling units. */
export function seesCase(jurisdiction: Jurisdiction, officer: OfficerIdentity, held: { holderUnitCode: UnitCode; coHandlerUnitCodes: readonly UnitCode[] }): boolean {
  return [held.holderUnitCode, ...held.coHandlerUnitCodes].some((unit) => jurisdiction.covers(officer.unitCode, unit));
}

export const outsideJurisdiction = () =>
  new UserFacingError('OUTSIDE_JURISDICTION', { vi: 'Vụ việc không thuộc phạm vi quản lý của đơn vị bạn.', en: 'The case is outside your unit’s jurisdiction.' });

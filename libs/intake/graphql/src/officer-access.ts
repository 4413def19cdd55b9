import { UserFacingError, type RequestActor } from '@hotline/platform-graphql';
import type { OfficerActor } from '@hotline/intake-domain';
import { nationalJurisdiction, type AdministrativePlace } from '@hotline/shared-organisation';

type Officer = Extract<RequestActor, { kind: 'officer' }>;

const INTAKE_ROLES = new Set(['operator', 'handler', 'unit_head', 'provincial_admin', 'ministry_admin']);

/** The caller, if an officer whose role may work the intake desk; a clear refusal otherwise. */
export function intakeOfficer(actor: RequestActor): Officer {
  if (actor.kind !== 'officer') {
    throw new UserFacingError('UNAUTHENTICATED', { vi: 'Cần đăng nhập bằng tài khoản cán bộ.', en: 'Sign in with an officer account.' });
  }
  if (!INTAKE_ROLES.has(actor.role)) {
    throw new UserFacingError('FORBIDDEN', { vi: 'Vai trò của bạn không được thao tác tiếp nhận.', en: 'Your role may not work on intake.' });
  }
  return actor;
}

/** BTNMT (central) covers every place, P<province> its province, C<commune> its commune: the platform's one organisation. */
export function coversPlace(unitCode: string, place: AdministrativePlace): boolean {
  return nationalJurisdiction().coversPlace(unitCode, place);
}

/** The area whose reports reach a unit's intake desk: all of them for the ministry. */
export function deskAreaOf(unitCode: string): { provinceCode?: string; communeCode?: string } {
  if (unitCode.startsWith('P')) return { provinceCode: unitCode.slice(1) };
  if (unitCode.startsWith('C')) return { communeCode: unitCode.slice(1) };
  return {};
}

export function asDomainOfficer(officer: Officer): OfficerActor {
  return { kind: 'officer', id: officer.id, unitCode: officer.unitCode };
}

export const outsideJurisdiction = () =>
  new UserFacingError('OUTSIDE_JURISDICTION', { vi: 'Phản ánh không thuộc địa bàn đơn vị bạn quản lý.', en: 'The report is outside your unit’s jurisdiction.' });

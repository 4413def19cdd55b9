import { signedInOfficer, UserFacingError, type RequestActor } from '@hotline/platform-graphql';
import type { OfficerActor, Placement } from '@hotline/intake-domain';
import { nationalJurisdiction, type AdministrativePlace } from '@hotline/shared-organisation';

type Officer = Extract<RequestActor, { kind: 'officer' }>;

const INTAKE_ROLES = new Set(['operator', 'handler', 'unit_head', 'provincial_admin', 'ministry_admin']);
/** Auditors read what the desk does, never act on it. */
const INTAKE_READERS = new Set([...INTAKE_ROLES, 'auditor']);

/** The caller, if an officer whose role may work the intake desk; a clear refusal otherwise. */
export function intakeOfficer(actor: RequestActor): Officer {
  const officer = signedInOfficer(actor);
  if (!INTAKE_ROLES.has(officer.role)) {
    throw new UserFacingError('FORBIDDEN', { vi: 'Vai trò của bạn không được thao tác tiếp nhận.', en: 'Your role may not work on intake.' });
  }
  return officer;
}

/** The caller, if an officer whose role may read reports (the desk's roles and auditors); a clear refusal otherwise. */
export function intakeReader(actor: RequestActor): Officer {
  const officer = signedInOfficer(actor);
  if (!INTAKE_READERS.has(officer.role)) {
    throw new UserFacingError('FORBIDDEN', { vi: 'Vai trò của bạn không được xem phản ánh.', en: 'Your role may not read reports.' });
  }
  return officer;
}

/** BTNMT (central) covers every place, P<province> its province, C<commune> its commune: the platform's one organisation. */
export function coversPlace(unitCode: string, place: AdministrativePlace): boolean {
  return nationalJurisdiction().coversPlace(unitCode, place);
}

/** A report is its place's; one still waiting for a place is also each candidate province's or commune's. */
export function coversReport(unitCode: string, report: AdministrativePlace & { placement: Placement }): boolean {
  if (coversPlace(unitCode, report)) return true;
  return report.placement.kind === 'needs_choice' && report.placement.candidates.some((candidate) => coversPlace(unitCode, candidate));
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

import { CENTRAL_UNIT_CODE, nationalJurisdiction, parseUnitCode } from '@hotline/shared-organisation';

export { CENTRAL_UNIT_CODE };

/** A unit as the whole platform names it: 'BTNMT', 'P' + province code, 'C' + commune code. */
export type UnitCode = string;

/** A current province by its 2-digit GSO code ('01'). */
export function isProvinceCode(code: string): boolean {
  return /^\d{2}$/.test(code) && nationalJurisdiction().has(`P${code}`);
}

/** Who may host a session (S1): the ministry's national page or a province's own page. */
export function isHostUnitCode(code: string): boolean {
  const unit = nationalJurisdiction().has(code) ? nationalJurisdiction().unit(code) : undefined;
  return unit?.level === 'central' || unit?.level === 'province';
}

/** Any unit in force: the ministry, a province or a commune. */
export function isKnownUnitCode(code: string): boolean {
  return nationalJurisdiction().has(code);
}

/** A unit code as people type it ('p01', '01', '00070'); null when it names no unit in force. */
export function readUnitCode(text: string): UnitCode | null {
  const code = parseUnitCode(text);
  return code !== null && isKnownUnitCode(code) ? code : null;
}

/** DESIGN §3: a unit's jurisdiction is itself and every unit below it. */
export function unitCovers(officerUnit: UnitCode, target: UnitCode): boolean {
  return nationalJurisdiction().covers(officerUnit, target);
}

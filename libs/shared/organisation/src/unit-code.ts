import type { AdministrativeLevel } from './administrative-level';

/**
 * Identifies an organisation unit across the platform:
 * - central: 'BTNMT', the ministry's environment department that runs the national hotline;
 * - province: 'P' + the 2-digit GSO province code, e.g. 'P01' (Hà Nội);
 * - commune: 'C' + the 5-digit GSO commune code, e.g. 'C00004' (Phường Ba Đình).
 * The prefix keeps the level readable and keeps codes of different levels (and legacy
 * 3-digit district codes) from ever colliding. The central code is an opaque identifier that
 * deliberately survived the 2025 renaming of the ministry: stored events keep it.
 */
export const CENTRAL_UNIT_CODE = 'BTNMT';

export type UnitCode = typeof CENTRAL_UNIT_CODE | `P${string}` | `C${string}`;

const PROVINCE_UNIT = /^P(\d{2})$/;
const COMMUNE_UNIT = /^C(\d{5})$/;

export function provinceUnitCode(provinceCode: string): UnitCode {
  return `P${provinceCode}`;
}

export function communeUnitCode(communeCode: string): UnitCode {
  return `C${communeCode}`;
}

/** The level a well-formed code names, or null when the text is not a unit code. */
export function levelOfUnitCode(code: string): AdministrativeLevel | null {
  if (code === CENTRAL_UNIT_CODE) return 'central';
  if (PROVINCE_UNIT.test(code)) return 'province';
  if (COMMUNE_UNIT.test(code)) return 'commune';
  return null;
}

/**
 * Reads a unit code as people type it in a spreadsheet: any case, surrounding spaces, or the
 * bare GSO code ('01' for a province, '00004' for a commune, told apart by length).
 */
export function parseUnitCode(text: string): UnitCode | null {
  const compact = text.trim().toUpperCase();
  if (/^\d{2}$/.test(compact)) return provinceUnitCode(compact);
  if (/^\d{5}$/.test(compact)) return communeUnitCode(compact);
  return levelOfUnitCode(compact) === null ? null : (compact as UnitCode);
}

import type { BilingualText } from './bilingual-text';
import { type Jurisdiction, type OrganisationUnit, communeUnitCode, provinceUnitCode } from '@hotline/shared-organisation';

/** Where a case happened, as units of the current structure. */
export interface CaseLocation {
  readonly province: OrganisationUnit;
  readonly commune: OrganisationUnit | null;
}

export type CaseLocationProblem = 'unknown_province' | 'unknown_commune' | 'commune_outside_province';

export type CaseLocationReading =
  | { readonly ok: true; readonly location: CaseLocation }
  | { readonly ok: false; readonly problem: CaseLocationProblem; readonly message: BilingualText };

/** Intake maps legacy (pre-2025) codes to current ones, so only current codes are accepted here. */
export function locateCase(jurisdiction: Jurisdiction, provinceCode: string, communeCode: string | null): CaseLocationReading {
  const province = jurisdiction.unit(provinceUnitCode(provinceCode));
  if (!province || province.level !== 'province') {
    return problem('unknown_province', { vi: `Không có tỉnh mã ${provinceCode} trong danh mục hiện hành.`, en: `No current province has code ${provinceCode}.` });
  }
  if (communeCode === null) return { ok: true, location: { province, commune: null } };
  const commune = jurisdiction.unit(communeUnitCode(communeCode));
  if (!commune || commune.level !== 'commune') {
    return problem('unknown_commune', { vi: `Không có xã mã ${communeCode} trong danh mục hiện hành.`, en: `No current commune has code ${communeCode}.` });
  }
  if (commune.parentCode !== province.code) {
    return problem('commune_outside_province', {
      vi: `${commune.name.vi} (${communeCode}) không thuộc ${province.name.vi} (${provinceCode}).`,
      en: `${commune.name.en} (${communeCode}) is not in ${province.name.en} (${provinceCode}).`,
    });
  }
  return { ok: true, location: { province, commune } };
}

function problem(code: CaseLocationProblem, message: BilingualText): CaseLocationReading {
  return { ok: false, problem: code, message };
}

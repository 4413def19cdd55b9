/**
 * Administrative units as read from the reference data. "Current" is the structure since 2025-07-01
 * (34 provinces, 3,321 communes, no districts); "legacy" is the structure before it (63 / 696 / 10,035).
 * Codes are text with leading zeros, and a legacy code may equal an unrelated current code.
 */
export interface CurrentProvince {
  readonly code: string;
  readonly name: string;
  readonly fullName: string;
  readonly unitType: string;
}

export interface CurrentCommune {
  readonly code: string;
  readonly name: string;
  readonly fullName: string;
  readonly unitType: string;
  readonly provinceCode: string;
}

export interface LegacyProvince {
  readonly code: string;
  readonly name: string;
  readonly fullName: string;
  readonly unitType: string;
}

export interface LegacyDistrict {
  readonly code: string;
  readonly name: string;
  readonly fullName: string;
  readonly unitType: string;
  readonly legacyProvinceCode: string;
}

export interface LegacyCommune {
  readonly code: string;
  readonly name: string;
  readonly fullName: string;
  readonly unitType: string;
  readonly legacyDistrictCode: string;
  readonly legacyProvinceCode: string;
}

/**
 * One row of the legacy → current commune mapping. A legacy commune split between several current
 * communes has one succession per part (`coverage: 'partial'`). Five island districts that had no
 * communes map as districts (`legacyLevel: 'district'`).
 */
export interface CommuneSuccession {
  readonly legacyCode: string;
  /** Kept because 12 mapped codes are missing from the official legacy list (SOURCES.md). */
  readonly legacyFullName: string;
  readonly legacyLevel: 'commune' | 'district';
  readonly legacyDistrictCode: string | null;
  readonly legacyProvinceCode: string;
  readonly currentCommuneCode: string;
  readonly currentProvinceCode: string;
  readonly coverage: 'full' | 'partial';
}

/** A unit as shown in a resolution: its code and its full name with the type word ("Phường Ba Đình"). */
export interface AdministrativeUnitRef {
  readonly code: string;
  readonly name: string;
}

export const unitRef = (unit: { readonly code: string; readonly fullName: string }): AdministrativeUnitRef => ({
  code: unit.code,
  name: unit.fullName,
});

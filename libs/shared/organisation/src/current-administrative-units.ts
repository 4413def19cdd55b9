import { currentCommunes, currentProvinces } from '@hotline/reference-data';
import type { OrganisationUnit } from './organisation-unit';
import { CENTRAL_UNIT_CODE, communeUnitCode, provinceUnitCode } from './unit-code';

export const CENTRAL_UNIT: OrganisationUnit = {
  code: CENTRAL_UNIT_CODE,
  level: 'central',
  name: { vi: 'Cục Môi trường – Bộ Nông nghiệp và Môi trường', en: 'Department of Environment – Ministry of Agriculture and Environment' },
  parentCode: null,
  administrativeCode: null,
};

/** The central unit, the 34 provinces and the 3,321 communes in force (reference data, vn/SOURCES.md). */
export function currentAdministrativeUnits(): OrganisationUnit[] {
  const provinces = currentProvinces().map(
    (row): OrganisationUnit => ({
      code: provinceUnitCode(row['province_code']),
      level: 'province',
      name: { vi: row['full_name'], en: row['full_name_en'] },
      parentCode: CENTRAL_UNIT_CODE,
      administrativeCode: row['province_code'],
    }),
  );
  const communes = currentCommunes().map(
    (row): OrganisationUnit => ({
      code: communeUnitCode(row['commune_code']),
      level: 'commune',
      name: { vi: `${row['full_name']}, ${row['province_full_name']}`, en: row['full_name_en'] },
      parentCode: provinceUnitCode(row['province_code']),
      administrativeCode: row['commune_code'],
    }),
  );
  return [CENTRAL_UNIT, ...provinces, ...communes];
}

// Every project that type-checks this file needs the .csv declaration, not only this one.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./csv-module.d.ts" />
import newProvincesCsv from './vn/admin_new_current_provinces.csv';
import newCommunesCsv from './vn/admin_new_current_communes.csv';
import oldProvincesCsv from './vn/admin_old_provinces.csv';
import oldDistrictsCsv from './vn/admin_old_districts.csv';
import oldCommunesCsv from './vn/admin_old_communes.csv';
import communeMappingCsv from './vn/mapping_old_to_new_communes.csv';
import provinceMappingCsv from './vn/mapping_old_to_new_provinces.csv';
import altSpellingsCsv from './vn/admin_new_alt_spellings.csv';
import { parseCsv } from './csv';

/** Raw rows of the administrative-unit files (vn/SOURCES.md, section A), parsed once on first use. */
const memo = <T>(load: () => T) => {
  let value: T | undefined;
  return () => (value ??= load());
};

export const currentProvinces = memo(() => parseCsv(newProvincesCsv));
export const currentCommunes = memo(() => parseCsv(newCommunesCsv));
export const legacyProvinces = memo(() => parseCsv(oldProvincesCsv));
export const legacyDistricts = memo(() => parseCsv(oldDistrictsCsv));
export const legacyCommunes = memo(() => parseCsv(oldCommunesCsv));
export const legacyToCurrentCommunes = memo(() => parseCsv(communeMappingCsv));
export const legacyToCurrentProvinces = memo(() => parseCsv(provinceMappingCsv));
export const alternativeSpellings = memo(() => parseCsv(altSpellingsCsv));

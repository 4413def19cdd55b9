import type {
  CommuneSuccession,
  CurrentCommune,
  CurrentProvince,
  LegacyCommune,
  LegacyDistrict,
  LegacyProvince,
} from './administrative-unit';

type CsvRow = Readonly<Record<string, string>>;
type CsvRows = readonly CsvRow[];

/** The raw CSV rows of @hotline/reference-data (vn/SOURCES.md, section A), one array per file. */
export interface AdministrativeReferenceRows {
  readonly currentProvinces: CsvRows;
  readonly currentCommunes: CsvRows;
  readonly legacyProvinces: CsvRows;
  readonly legacyDistricts: CsvRows;
  readonly legacyCommunes: CsvRows;
  readonly legacyToCurrentCommunes: CsvRows;
  readonly legacyToCurrentProvinces: CsvRows;
  readonly alternativeSpellings: CsvRows;
}

export interface AlternativeSpelling {
  readonly level: 'province' | 'commune';
  readonly code: string;
  readonly spelling: string;
}

/** The reference rows checked and typed. */
export interface AdministrativeReference {
  readonly currentProvinces: readonly CurrentProvince[];
  readonly currentCommunes: readonly CurrentCommune[];
  readonly legacyProvinces: readonly LegacyProvince[];
  readonly legacyDistricts: readonly LegacyDistrict[];
  readonly legacyCommunes: readonly LegacyCommune[];
  readonly communeSuccessions: readonly CommuneSuccession[];
  /** Legacy province code → current province code. */
  readonly provinceSuccessions: ReadonlyMap<string, string>;
  readonly alternativeSpellings: readonly AlternativeSpelling[];
}

/** A column's rule: a pattern its values match. */
type Columns = Readonly<Record<string, RegExp>>;

const code = (digits: number) => new RegExp(`^[0-9]{${digits}}$`);
const text = /\S/;
const named: Columns = { name: text, full_name: text, unit_type: text };

// Checked by hand rather than with zod: 21,000 rows must index well under a second at start-up.
function read<T>(file: string, rows: CsvRows, columns: Columns, build: (row: CsvRow) => T): T[] {
  const rules = Object.entries(columns);
  return rows.map((row, index) => {
    for (const [column, rule] of rules) {
      const value = row[column];
      if (value === undefined || !rule.test(value)) {
        throw new Error(`${file}, row ${index + 1}: column "${column}" is ${JSON.stringify(value)}, expected ${rule}`);
      }
    }
    return build(row);
  });
}

const unit = (r: CsvRow) => ({ name: r['name'], fullName: r['full_name'], unitType: r['unit_type'] });

const province = (r: CsvRow): CurrentProvince & LegacyProvince => ({ code: r['province_code'], ...unit(r) });

const currentCommune = (r: CsvRow): CurrentCommune => ({ code: r['commune_code'], provinceCode: r['province_code'], ...unit(r) });

const legacyDistrict = (r: CsvRow): LegacyDistrict => ({ code: r['district_code'], legacyProvinceCode: r['province_code'], ...unit(r) });

const legacyCommune = (r: CsvRow): LegacyCommune => ({
  code: r['commune_code'],
  legacyDistrictCode: r['district_code'],
  legacyProvinceCode: r['province_code'],
  ...unit(r),
});

const communeSuccession = (r: CsvRow): CommuneSuccession => ({
  legacyCode: r['old_code'],
  legacyFullName: r['old_full_name'],
  legacyLevel: r['old_level'] as CommuneSuccession['legacyLevel'],
  legacyDistrictCode: r['old_district_code'] || null,
  legacyProvinceCode: r['old_province_code'],
  currentCommuneCode: r['new_commune_code'],
  currentProvinceCode: r['new_province_code'],
  coverage: r['coverage'] as CommuneSuccession['coverage'],
});

const alternativeSpelling = (r: CsvRow): AlternativeSpelling => ({
  level: r['level'] as AlternativeSpelling['level'],
  code: r['code'],
  spelling: r['alt_spelling_thanglequoc_v3.1+'],
});

/** Throws when a file lacks a column SOURCES.md describes, or a code has the wrong format. */
export function readAdministrativeReference(rows: AdministrativeReferenceRows): AdministrativeReference {
  const provinceSuccessions = read(
    'mapping_old_to_new_provinces',
    rows.legacyToCurrentProvinces,
    { old_province_code: code(2), new_province_code: code(2) },
    (r) => [r['old_province_code'], r['new_province_code']] as const,
  );
  return {
    currentProvinces: read('current provinces', rows.currentProvinces, { province_code: code(2), ...named }, province),
    currentCommunes: read('current communes', rows.currentCommunes, { commune_code: code(5), province_code: code(2), ...named }, currentCommune),
    legacyProvinces: read('legacy provinces', rows.legacyProvinces, { province_code: code(2), ...named }, province),
    legacyDistricts: read('legacy districts', rows.legacyDistricts, { district_code: code(3), province_code: code(2), ...named }, legacyDistrict),
    legacyCommunes: read(
      'legacy communes',
      rows.legacyCommunes,
      { commune_code: code(5), district_code: code(3), province_code: code(2), ...named },
      legacyCommune,
    ),
    communeSuccessions: read(
      'mapping_old_to_new_communes',
      rows.legacyToCurrentCommunes,
      {
        old_code: /^(?:[0-9]{3}|[0-9]{5})$/,
        old_full_name: text,
        old_level: /^(?:commune|district)$/,
        // Empty for the 12 codes missing from the official legacy list.
        old_district_code: /^(?:[0-9]{3})?$/,
        old_province_code: code(2),
        new_commune_code: code(5),
        new_province_code: code(2),
        coverage: /^(?:full|partial)$/,
      },
      communeSuccession,
    ),
    provinceSuccessions: new Map(provinceSuccessions),
    alternativeSpellings: read(
      'alternative spellings',
      rows.alternativeSpellings,
      { level: /^(?:province|commune)$/, code: /^[0-9]+$/, 'alt_spelling_thanglequoc_v3.1+': text },
      alternativeSpelling,
    ),
  };
}

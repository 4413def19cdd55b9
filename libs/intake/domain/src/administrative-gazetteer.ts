import {
  alternativeSpellings,
  currentCommunes,
  currentProvinces,
  legacyCommunes,
  legacyDistricts,
  legacyProvinces,
  legacyToCurrentCommunes,
  legacyToCurrentProvinces,
} from '@hotline/reference-data';
import {
  readAdministrativeReference,
  type AdministrativeReference,
  type AdministrativeReferenceRows,
} from './administrative-reference-rows';
import type {
  CommuneSuccession,
  CurrentCommune,
  CurrentProvince,
  LegacyCommune,
  LegacyDistrict,
  LegacyProvince,
} from './administrative-unit';
import { colloquialProvinceNames } from './colloquial-province-name';
import { PlaceNameIndex } from './place-name-index';

/** Read access to a name index: see `PlaceNameIndex`. */
export type PlaceNameLookup<T> = Pick<PlaceNameIndex<T>, 'withKey' | 'longestNameInWords'>;

export interface GazetteerCounts {
  readonly currentProvinces: number;
  readonly currentCommunes: number;
  readonly legacyProvinces: number;
  readonly legacyDistricts: number;
  readonly legacyCommunes: number;
  readonly communeSuccessions: number;
}

const byCode = <T extends { readonly code: string }>(units: readonly T[]) => new Map(units.map((u) => [u.code, u]));

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Every administrative unit of Vietnam, current and legacy, with the legacy → current mapping,
 * indexed by code and by folded name. Immutable once built; build it once per process.
 */
export class AdministrativeGazetteer {
  readonly counts: GazetteerCounts;

  private readonly names = {
    currentProvinces: new PlaceNameIndex<CurrentProvince>(),
    currentCommunes: new PlaceNameIndex<CurrentCommune>(),
    legacyProvinces: new PlaceNameIndex<LegacyProvince>(),
    legacyDistricts: new PlaceNameIndex<LegacyDistrict>(),
    legacyCommunes: new PlaceNameIndex<LegacyCommune>(),
  };

  private readonly currentProvinces: ReadonlyMap<string, CurrentProvince>;
  private readonly currentCommunes: ReadonlyMap<string, CurrentCommune>;
  private readonly legacyProvinces: ReadonlyMap<string, LegacyProvince>;
  private readonly legacyDistricts: ReadonlyMap<string, LegacyDistrict>;
  private readonly legacyCommunes: ReadonlyMap<string, LegacyCommune>;
  private readonly provinceSuccessions: ReadonlyMap<string, string>;
  private readonly legacyProvincesByCurrent: ReadonlyMap<string, LegacyProvince[]>;
  private readonly successionsByLegacyCode: ReadonlyMap<string, CommuneSuccession[]>;
  private readonly successionsByLegacyDistrict: ReadonlyMap<string, CommuneSuccession[]>;
  private readonly spellings: ReadonlyMap<string, string[]>;

  /** The gazetteer of the data bundled in @hotline/reference-data. */
  static fromReferenceData(): AdministrativeGazetteer {
    return new AdministrativeGazetteer({
      currentProvinces: currentProvinces(),
      currentCommunes: currentCommunes(),
      legacyProvinces: legacyProvinces(),
      legacyDistricts: legacyDistricts(),
      legacyCommunes: legacyCommunes(),
      legacyToCurrentCommunes: legacyToCurrentCommunes(),
      legacyToCurrentProvinces: legacyToCurrentProvinces(),
      alternativeSpellings: alternativeSpellings(),
    });
  }

  constructor(rows: AdministrativeReferenceRows) {
    const reference = readAdministrativeReference(rows);
    this.currentProvinces = byCode(reference.currentProvinces);
    this.currentCommunes = byCode(reference.currentCommunes);
    this.legacyProvinces = byCode(reference.legacyProvinces);
    this.legacyDistricts = byCode(reference.legacyDistricts);
    this.legacyCommunes = byCode(reference.legacyCommunes);
    this.provinceSuccessions = reference.provinceSuccessions;
    this.legacyProvincesByCurrent = groupBy(reference.legacyProvinces, (p) => reference.provinceSuccessions.get(p.code) ?? '');
    this.successionsByLegacyCode = groupBy(reference.communeSuccessions, (s) => s.legacyCode);
    this.successionsByLegacyDistrict = groupBy(reference.communeSuccessions, (s) => s.legacyDistrictCode ?? '');
    this.spellings = new Map(
      [...groupBy(reference.alternativeSpellings, (s) => `${s.level}:${s.code}`)].map(([k, v]) => [k, v.map((s) => s.spelling)]),
    );
    this.counts = {
      currentProvinces: reference.currentProvinces.length,
      currentCommunes: reference.currentCommunes.length,
      legacyProvinces: reference.legacyProvinces.length,
      legacyDistricts: reference.legacyDistricts.length,
      legacyCommunes: reference.legacyCommunes.length,
      communeSuccessions: reference.communeSuccessions.length,
    };
    this.indexNames(reference);
  }

  get currentProvinceNames(): PlaceNameLookup<CurrentProvince> {
    return this.names.currentProvinces;
  }

  get currentCommuneNames(): PlaceNameLookup<CurrentCommune> {
    return this.names.currentCommunes;
  }

  get legacyProvinceNames(): PlaceNameLookup<LegacyProvince> {
    return this.names.legacyProvinces;
  }

  get legacyDistrictNames(): PlaceNameLookup<LegacyDistrict> {
    return this.names.legacyDistricts;
  }

  get legacyCommuneNames(): PlaceNameLookup<LegacyCommune> {
    return this.names.legacyCommunes;
  }

  currentProvince(code: string): CurrentProvince | undefined {
    return this.currentProvinces.get(code);
  }

  currentCommune(code: string): CurrentCommune | undefined {
    return this.currentCommunes.get(code);
  }

  legacyProvince(code: string): LegacyProvince | undefined {
    return this.legacyProvinces.get(code);
  }

  legacyDistrict(code: string): LegacyDistrict | undefined {
    return this.legacyDistricts.get(code);
  }

  legacyCommune(code: string): LegacyCommune | undefined {
    return this.legacyCommunes.get(code);
  }

  /** The current province a legacy province went into (every one went whole into one). */
  currentProvinceOfLegacy(legacyProvinceCode: string): CurrentProvince | undefined {
    const code = this.provinceSuccessions.get(legacyProvinceCode);
    return code === undefined ? undefined : this.currentProvinces.get(code);
  }

  /** The legacy provinces merged into a current province, e.g. 08 Tuyên Quang ← 02 Hà Giang, 08 Tuyên Quang. */
  legacyProvincesWithin(currentProvinceCode: string): readonly LegacyProvince[] {
    return this.legacyProvincesByCurrent.get(currentProvinceCode) ?? [];
  }

  /** Where a legacy commune (5 digits) or island district (3 digits) went: one row per current commune. */
  successionsOf(legacyCode: string): readonly CommuneSuccession[] {
    return this.successionsByLegacyCode.get(legacyCode) ?? [];
  }

  /** The current communes that took in any part of a legacy district, by code. */
  currentCommunesOfLegacyDistrict(legacyDistrictCode: string): readonly CurrentCommune[] {
    const codes = new Set((this.successionsByLegacyDistrict.get(legacyDistrictCode) ?? []).map((s) => s.currentCommuneCode));
    return [...codes].sort().flatMap((code) => this.currentCommunes.get(code) ?? []);
  }

  /** Other tone-mark spellings of a current unit's name ("Hoà Bình" for "Hòa Bình"). */
  alternativeSpellingsOf(level: 'province' | 'commune', code: string): readonly string[] {
    return this.spellings.get(`${level}:${code}`) ?? [];
  }

  private indexNames(reference: AdministrativeReference): void {
    for (const p of reference.currentProvinces) this.names.currentProvinces.add(p.name, p, p.unitType);
    for (const c of reference.currentCommunes) this.names.currentCommunes.add(c.name, c, c.unitType);
    for (const p of reference.legacyProvinces) this.names.legacyProvinces.add(p.name, p, p.unitType);
    for (const d of reference.legacyDistricts) this.names.legacyDistricts.add(d.name, d, d.unitType);
    for (const c of reference.legacyCommunes) this.names.legacyCommunes.add(c.name, c, c.unitType);
    for (const s of reference.alternativeSpellings) this.indexAlternativeSpelling(s.level, s.code, s.spelling);
    for (const n of colloquialProvinceNames) this.indexColloquialName(n.structure, n.code, n.name);
  }

  private indexAlternativeSpelling(level: 'province' | 'commune', code: string, spelling: string): void {
    const province = level === 'province' ? this.currentProvinces.get(code) : undefined;
    const commune = level === 'commune' ? this.currentCommunes.get(code) : undefined;
    if (province) this.names.currentProvinces.add(spelling, province, province.unitType);
    if (commune) this.names.currentCommunes.add(spelling, commune, commune.unitType);
  }

  private indexColloquialName(structure: 'current' | 'legacy', code: string, name: string): void {
    const current = structure === 'current' ? this.currentProvinces.get(code) : undefined;
    const legacy = structure === 'legacy' ? this.legacyProvinces.get(code) : undefined;
    if (current) this.names.currentProvinces.add(name, current, current.unitType);
    if (legacy) this.names.legacyProvinces.add(name, legacy, legacy.unitType);
  }
}

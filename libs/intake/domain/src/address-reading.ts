import { readAddressWords, type AddressWord } from './address-words';
import type { AdministrativeGazetteer } from './administrative-gazetteer';
import type { CurrentCommune, CurrentProvince, LegacyCommune, LegacyDistrict, LegacyProvince } from './administrative-unit';
import { placeNameEndingAt, type PlaceNameMatch } from './place-name-match';
import { unreachable } from './unreachable';

export type ProvinceMention =
  | { readonly structure: 'current'; readonly province: CurrentProvince }
  | { readonly structure: 'legacy'; readonly legacyProvince: LegacyProvince; readonly province: CurrentProvince };

export type CommuneMention =
  | { readonly structure: 'current'; readonly commune: CurrentCommune }
  | { readonly structure: 'legacy'; readonly commune: LegacyCommune };

/** What an address names, read from its end: the province, then a legacy district, then the commune. */
export interface AddressReading {
  readonly province: ProvinceMention | null;
  /** Several when a district name recurs (Huyện Châu Thành) and nothing narrows it down. */
  readonly districts: readonly LegacyDistrict[];
  /** Several when the name recurs where the address points. */
  readonly communes: readonly CommuneMention[];
}

interface SearchScope {
  /** null: anywhere. */
  readonly currentProvinces: ReadonlySet<string> | null;
  readonly legacyProvinces: ReadonlySet<string> | null;
  readonly legacyDistricts: ReadonlySet<string> | null;
}

/** Readings compare by: a commune found, then levels found, then how well type words back them. */
interface ScoredReading {
  readonly reading: AddressReading;
  readonly communeFound: boolean;
  readonly levelsFound: number;
  readonly strength: number;
}

const everywhere: SearchScope = { currentProvinces: null, legacyProvinces: null, legacyDistricts: null };
const within = (codes: ReadonlySet<string> | null, code: string) => codes === null || codes.has(code);
const countryWords = new Set(['vietnam', 'vn']);
const annotationWords = new Set(['cũ', 'mới', 'cu', 'moi']);
/** Trailing parts (a landmark, a note) skipped when nothing is found at the very end. */
const trailingPartsToSkip = 2;

/**
 * Reads a free-text address right to left. Names must end a comma-separated part; type words
 * ("phường", "huyện", "TP.") decide between levels; "quận Ba Đình" is read both as a legacy district
 * and, without it, as a commune, and the reading naming more levels wins.
 */
export function readAddress(gazetteer: AdministrativeGazetteer, text: string): AddressReading {
  const words = readAddressWords(text);
  let end = endOfAddress(words);
  let best = readEndingAt(gazetteer, words, end);
  for (let skipped = 0; skipped < trailingPartsToSkip && best.levelsFound === 0 && end > 0; skipped++) {
    end = startOfSegment(words, end);
    best = readEndingAt(gazetteer, words, end);
  }
  return best.reading;
}

function readEndingAt(gazetteer: AdministrativeGazetteer, words: readonly AddressWord[], end: number): ScoredReading {
  const provinceMatch = findProvince(gazetteer, words, skipAnnotations(words, end));
  const province = provinceMatch?.units[0] ?? null;
  const cursor = provinceMatch?.from ?? end;
  const scope = scopeOfProvince(gazetteer, province);
  const districtMatch = findDistricts(gazetteer, words, cursor, scope);
  const withoutDistrict = findCommunes(gazetteer, words, cursor, scope, 'current first');
  const readingWithoutDistrict = scored(provinceMatch, null, withoutDistrict);
  if (!districtMatch) return readingWithoutDistrict;
  const narrowed = narrowToDistricts(gazetteer, scope, districtMatch.units);
  const readingWithDistrict = scored(provinceMatch, districtMatch, findCommunes(gazetteer, words, districtMatch.from, narrowed, 'legacy first'));
  return isBetter(readingWithoutDistrict, readingWithDistrict) ? readingWithoutDistrict : readingWithDistrict;
}

function scored(
  province: PlaceNameMatch<ProvinceMention> | null,
  districts: PlaceNameMatch<LegacyDistrict> | null,
  communes: PlaceNameMatch<CommuneMention> | null,
): ScoredReading {
  const found = [province, districts, communes].filter((m) => m !== null);
  return {
    reading: { province: province?.units[0] ?? null, districts: districts?.units ?? [], communes: communes?.units ?? [] },
    communeFound: communes !== null,
    levelsFound: found.length,
    strength: found.reduce((sum, m) => sum + m.strength, 0),
  };
}

function isBetter(a: ScoredReading, b: ScoredReading): boolean {
  if (a.communeFound !== b.communeFound) return a.communeFound;
  if (a.levelsFound !== b.levelsFound) return a.levelsFound > b.levelsFound;
  return a.strength > b.strength;
}

/** Drops a trailing country name or postcode. */
function endOfAddress(words: readonly AddressWord[]): number {
  let end = words.length;
  for (;;) {
    const last = words[end - 1]?.ascii;
    if (end >= 2 && words[end - 2].ascii === 'viet' && last === 'nam') end -= 2;
    else if (last !== undefined && (countryWords.has(last) || /^[0-9]{5,6}$/.test(last))) end -= 1;
    else return end;
  }
}

function startOfSegment(words: readonly AddressWord[], end: number): number {
  const segment = words[end - 1].segment;
  let start = end - 1;
  while (start > 0 && words[start - 1].segment === segment) start--;
  return start;
}

/** Skips parts that only annotate the part before them: "xã Tân Lập (cũ)". */
function skipAnnotations(words: readonly AddressWord[], end: number): number {
  let cursor = end;
  while (cursor > 0) {
    const start = startOfSegment(words, cursor);
    if (!words.slice(start, cursor).every((w) => annotationWords.has(w.marked))) return cursor;
    cursor = start;
  }
  return cursor;
}

function findProvince(g: AdministrativeGazetteer, words: readonly AddressWord[], end: number): PlaceNameMatch<ProvinceMention> | null {
  const current = placeNameEndingAt(words, end, 'province', (key) => g.currentProvinceNames.withKey(key), g.currentProvinceNames.longestNameInWords);
  if (current) return { ...current, units: current.units.map((province) => ({ structure: 'current', province })) };
  const legacy = placeNameEndingAt(words, end, 'province', (key) => g.legacyProvinceNames.withKey(key), g.legacyProvinceNames.longestNameInWords);
  const mentions = (legacy?.units ?? []).flatMap((legacyProvince): ProvinceMention[] => {
    const province = g.currentProvinceOfLegacy(legacyProvince.code);
    return province ? [{ structure: 'legacy', legacyProvince, province }] : [];
  });
  return legacy && mentions.length > 0 ? { ...legacy, units: mentions } : null;
}

function findDistricts(
  g: AdministrativeGazetteer,
  words: readonly AddressWord[],
  end: number,
  scope: SearchScope,
): PlaceNameMatch<LegacyDistrict> | null {
  const source = (key: string) => g.legacyDistrictNames.withKey(key).filter((e) => within(scope.legacyProvinces, e.unit.legacyProvinceCode));
  return placeNameEndingAt(words, skipAnnotations(words, end), 'district', source, g.legacyDistrictNames.longestNameInWords);
}

/** Within a legacy district the old names come first: a same-named new ward may not cover the old one. */
function findCommunes(
  g: AdministrativeGazetteer,
  words: readonly AddressWord[],
  end: number,
  scope: SearchScope,
  order: 'current first' | 'legacy first',
): PlaceNameMatch<CommuneMention> | null {
  const cursor = skipAnnotations(words, end);
  const current = () => findCurrentCommunes(g, words, cursor, scope);
  const legacy = () => findLegacyCommunes(g, words, cursor, scope);
  switch (order) {
    case 'current first':
      return current() ?? legacy();
    case 'legacy first':
      return legacy() ?? current();
    default:
      return unreachable(order);
  }
}

function findCurrentCommunes(
  g: AdministrativeGazetteer,
  words: readonly AddressWord[],
  end: number,
  scope: SearchScope,
): PlaceNameMatch<CommuneMention> | null {
  const source = (key: string) => g.currentCommuneNames.withKey(key).filter((e) => within(scope.currentProvinces, e.unit.provinceCode));
  const match = placeNameEndingAt(words, end, 'commune', source, g.currentCommuneNames.longestNameInWords);
  return match && { ...match, units: match.units.map((commune) => ({ structure: 'current', commune })) };
}

function findLegacyCommunes(
  g: AdministrativeGazetteer,
  words: readonly AddressWord[],
  end: number,
  scope: SearchScope,
): PlaceNameMatch<CommuneMention> | null {
  const source = (key: string) =>
    g.legacyCommuneNames
      .withKey(key)
      .filter((e) => within(scope.legacyDistricts, e.unit.legacyDistrictCode) && within(scope.legacyProvinces, e.unit.legacyProvinceCode));
  const match = placeNameEndingAt(words, end, 'commune', source, g.legacyCommuneNames.longestNameInWords);
  return match && { ...match, units: match.units.map((commune) => ({ structure: 'legacy', commune })) };
}

function scopeOfProvince(g: AdministrativeGazetteer, province: ProvinceMention | null): SearchScope {
  if (province === null) return everywhere;
  const currentProvinces = new Set([province.province.code]);
  switch (province.structure) {
    case 'current':
      return { currentProvinces, legacyProvinces: new Set(g.legacyProvincesWithin(province.province.code).map((p) => p.code)), legacyDistricts: null };
    case 'legacy':
      return { currentProvinces, legacyProvinces: new Set([province.legacyProvince.code]), legacyDistricts: null };
    default:
      return unreachable(province);
  }
}

function narrowToDistricts(g: AdministrativeGazetteer, scope: SearchScope, districts: readonly LegacyDistrict[]): SearchScope {
  const provincesOfDistricts = districts.flatMap((d) => g.currentProvinceOfLegacy(d.legacyProvinceCode)?.code ?? []);
  return {
    currentProvinces: scope.currentProvinces ?? new Set(provincesOfDistricts),
    legacyProvinces: new Set(districts.map((d) => d.legacyProvinceCode)),
    legacyDistricts: new Set(districts.map((d) => d.code)),
  };
}

/** The level a type word announces. `district` exists only in legacy (pre-2025-07-01) addresses. */
export type AdministrativeLevel = 'province' | 'district' | 'commune';

/** A word such as "phường" or "thị xã" written before an administrative unit's name. */
export interface AdministrativeTypeWord {
  /** Lower-case spelling with diacritics, one space between syllables. */
  readonly spelling: string;
  readonly abbreviations: readonly string[];
  readonly levels: readonly AdministrativeLevel[];
}

/** Longest spellings first, so that "thị xã" is read before "xã". */
export const administrativeTypeWords: readonly AdministrativeTypeWord[] = [
  { spelling: 'thành phố', abbreviations: ['tp'], levels: ['province', 'district'] },
  { spelling: 'thị trấn', abbreviations: ['tt'], levels: ['commune'] },
  { spelling: 'đặc khu', abbreviations: [], levels: ['commune'] },
  { spelling: 'thị xã', abbreviations: ['tx'], levels: ['district'] },
  { spelling: 'phường', abbreviations: ['p'], levels: ['commune'] },
  { spelling: 'huyện', abbreviations: ['h'], levels: ['district'] },
  { spelling: 'tỉnh', abbreviations: [], levels: ['province'] },
  { spelling: 'quận', abbreviations: ['q'], levels: ['district'] },
  { spelling: 'xã', abbreviations: ['x'], levels: ['commune'] },
];

/**
 * The type word a reference-data `unit_type` starts with: "Thành phố thuộc tỉnh" → thành phố,
 * "Đặc khu tại hải đảo" → đặc khu.
 */
export function typeWordOfUnitType(unitType: string): AdministrativeTypeWord | null {
  const lower = unitType.normalize('NFC').toLowerCase();
  return administrativeTypeWords.find((t) => lower === t.spelling || lower.startsWith(`${t.spelling} `)) ?? null;
}

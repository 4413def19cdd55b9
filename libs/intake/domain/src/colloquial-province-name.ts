/** A name people write for a province that the reference files do not carry. */
export interface ColloquialProvinceName {
  readonly name: string;
  readonly structure: 'current' | 'legacy';
  readonly code: string;
}

export const colloquialProvinceNames: readonly ColloquialProvinceName[] = [
  { name: 'HCM', structure: 'current', code: '79' },
  { name: 'TPHCM', structure: 'current', code: '79' },
  { name: 'Sài Gòn', structure: 'current', code: '79' },
  { name: 'Saigon', structure: 'current', code: '79' },
  { name: 'HN', structure: 'current', code: '01' },
  { name: 'Daklak', structure: 'current', code: '66' },
  // Renamed Thành phố Huế on 2025-01-01, so still common in older addresses.
  { name: 'Thừa Thiên Huế', structure: 'legacy', code: '46' },
  { name: 'TT Huế', structure: 'legacy', code: '46' },
  { name: 'BRVT', structure: 'legacy', code: '77' },
];

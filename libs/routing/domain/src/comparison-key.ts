/**
 * How a spreadsheet header or a role name compares: lower-case ASCII without diacritics
 * (đ → d), punctuation and underscores as single spaces. "Thư điện tử", "thu dien tu" and
 * "THƯ ĐIỆN TỬ:" share a key, so officers may type with or without an IME.
 */
export function comparisonKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

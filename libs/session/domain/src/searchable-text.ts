// The folding idea of intake's vietnamese-text, kept here: contexts share no internals.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Lower-case ASCII words without tone marks or diacritics (đ → d), single-spaced: the key that
 * makes "bụi mịn", "Bui min" and "BỤI MỊN" the same search. Folding loses the distinction between
 * "cá" and "cà"; for finding a question that is the right trade.
 */
export function foldedKey(text: string): string {
  return text
    .replace(loneSurrogate, '\uFFFD')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a search, folded; a question matches when it holds every one of them. */
export function searchTerms(query: string): string[] {
  return [...new Set(foldedKey(query).split(' ').filter((word) => word.length > 0))].slice(0, 10);
}

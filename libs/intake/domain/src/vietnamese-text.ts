import { administrativeTypeWords, type AdministrativeTypeWord } from './administrative-type-word';

/**
 * Where the tone mark goes in open syllables with "oa", "oe", "uy":
 * - `classic`: hòa, hòe, thủy (GSO spelling, used by the reference data);
 * - `modern`: hoà, hoè, thuỷ (used by newer thanglequoc releases and many keyboards).
 */
export type ToneMarkStyle = 'classic' | 'modern';

/** One word of a text as used for matching place names. */
export interface VietnameseWord {
  /** Lower case, tone marks in classic places, diacritics kept: "hòa". */
  readonly marked: string;
  /** Lower-case ASCII: "hoa". Numbers lose leading zeros: "01" → "1". */
  readonly ascii: string;
}

const toneMarks = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const apostrophes = /['’‘ʼ`´]/g;

/** Lone surrogates become U+FFFD, the text is NFC, and invisible format characters (ZWSP, BOM, soft hyphen) go. */
export function toWellFormedText(text: string): string {
  return text.replace(loneSurrogate, '\uFFFD').normalize('NFC').replace(/\p{Cf}/gu, '');
}

/** Lower-case ASCII without tone marks or diacritics; đ/Đ → d. Punctuation is left alone. */
export function foldToAscii(text: string): string {
  return foldWellFormed(toWellFormedText(text));
}

const foldWellFormed = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

/** Moves every tone mark to its place in the given style, keeping diacritics and letter case. */
export function canonicalToneMarks(text: string, style: ToneMarkStyle = 'classic'): string {
  return toWellFormedText(text).replace(/[\p{L}\p{M}]+/gu, (word) => placeToneMark(word, style));
}

/** Lower case, classic tone marks, punctuation and spacing collapsed to single spaces: for display-grade search. */
export function normalizedPlaceText(text: string): string {
  return vietnameseWords(text)
    .map((w) => w.marked)
    .join(' ');
}

/** The words of a text; apostrophes join (Ea H'Leo → "ea", "hleo"), other punctuation separates, digits split from letters. */
export function vietnameseWords(text: string): VietnameseWord[] {
  const clean = toWellFormedText(text).toLowerCase().replace(apostrophes, '');
  return (clean.match(/\p{L}[\p{L}\p{M}]*|[0-9]+/gu) ?? []).map(memoisedWord);
}

/** The key place names are indexed and looked up by: ASCII words, leading type word removed. */
export function placeNameKey(text: string): string {
  return wordsKey(vietnameseWords(stripAdministrativeType(text).rest));
}

export function wordsKey(words: readonly VietnameseWord[]): string {
  return words.map((w) => w.ascii).join(' ');
}

export function markedWordsKey(words: readonly VietnameseWord[]): string {
  return words.map((w) => w.marked).join(' ');
}

/**
 * Removes one leading type word ("Phường 1" → "1", "TP. Hồ Chí Minh" → "Hồ Chí Minh", "q.3" → "3").
 * A word written with diacritics must match exactly, so "Tịnh Biên" and "Phương Mai" keep their first
 * syllable; an ASCII word cannot tell "quan" (Quan Hóa) from "quận", and is read as the type word.
 */
export function stripAdministrativeType(text: string): { typeWord: AdministrativeTypeWord | null; rest: string } {
  const clean = canonicalToneMarks(text).trim();
  for (const [typeWord, pattern] of typeWordPatterns) {
    const match = pattern.exec(clean);
    const rest = match ? clean.slice(match[0].length).trim() : '';
    if (match && rest !== '') return { typeWord, rest };
  }
  return { typeWord: null, rest: clean };
}

function typeWordPattern(typeWord: AdministrativeTypeWord): RegExp {
  const spelled = [typeWord.spelling, foldToAscii(typeWord.spelling)].map((s) => s.replace(/ /g, '\\s+'));
  const full = `(?:${spelled.join('|')})(?![\\p{L}\\p{M}])`;
  // An abbreviation needs a dot, a space or a digit after it: "p.1", "p 1", "p1", never "phuong".
  const short = typeWord.abbreviations.map((a) => `${a}(?=[.\\s0-9])`);
  return new RegExp(`^(?:${[full, ...short].join('|')})[\\s.:]*`, 'iu');
}

const typeWordPatterns = administrativeTypeWords.map((t) => [t, typeWordPattern(t)] as const);

// Vietnamese has a few thousand syllables, and the gazetteer reads 14,000 names made of them.
const knownWords = new Map<string, VietnameseWord>();
const knownWordsLimit = 50_000;

function memoisedWord(raw: string): VietnameseWord {
  const known = knownWords.get(raw);
  if (known) return known;
  const word = toWord(raw);
  if (knownWords.size < knownWordsLimit) knownWords.set(raw, word);
  return word;
}

function toWord(raw: string): VietnameseWord {
  if (/^[0-9]+$/.test(raw)) {
    const number = raw.replace(/^0+(?=[0-9])/, '');
    return { marked: number, ascii: number };
  }
  const marked = placeToneMark(raw, 'classic');
  return { marked, ascii: foldWellFormed(marked) };
}

interface Letter {
  readonly base: string;
  modifiers: string;
}

function placeToneMark(word: string, style: ToneMarkStyle): string {
  const letters: Letter[] = [];
  let tone: string | null = null;
  for (const ch of word.normalize('NFD')) {
    if (toneMarks.has(ch)) {
      if (tone !== null) return word;
      tone = ch;
    } else if (/\p{M}/u.test(ch)) {
      if (letters.length === 0) return word;
      letters[letters.length - 1].modifiers += ch;
    } else {
      letters.push({ base: ch, modifiers: '' });
    }
  }
  const position = tone === null ? -1 : tonePosition(letters, style);
  if (position < 0) return word;
  return letters
    .map((l, i) => l.base + l.modifiers + (i === position ? tone : ''))
    .join('')
    .normalize('NFC');
}

const isVowel = (l: Letter) => 'aeiouy'.includes(l.base.toLowerCase());

/** Index of the letter that carries the tone mark, or -1 when the word is not one Vietnamese syllable. */
function tonePosition(letters: readonly Letter[], style: ToneMarkStyle): number {
  const vowels = letters.flatMap((l, i) => (isVowel(l) ? [i] : []));
  if (vowels.length === 0) return -1;
  const last = vowels[vowels.length - 1];
  if (last - vowels[0] + 1 !== vowels.length) return -1;
  const first = vowels[0] + (glidesIntoInitial(letters, vowels[0], last) ? 1 : 0);
  const cluster = letters.slice(first, last + 1);
  const modified = cluster.flatMap((l, i) => (l.modifiers !== '' ? [first + i] : []));
  if (cluster.length === 1) return first;
  if (modified.length > 0) return modified[modified.length - 1];
  if (last < letters.length - 1) return last;
  if (cluster.length === 3) return first + 1;
  if (cluster.length !== 2) return -1;
  const pair = cluster.map((l) => l.base.toLowerCase()).join('');
  return style === 'modern' && ['oa', 'oe', 'uy'].includes(pair) ? last : first;
}

/** In "qu…" the u, and in "gi…" before another vowel the i, belong to the initial consonant. */
function glidesIntoInitial(letters: readonly Letter[], firstVowel: number, lastVowel: number): boolean {
  if (firstVowel === lastVowel || firstVowel !== 1 || letters[firstVowel].modifiers !== '') return false;
  const pair = (letters[0].base + letters[1].base).toLowerCase();
  return pair === 'qu' || pair === 'gi';
}

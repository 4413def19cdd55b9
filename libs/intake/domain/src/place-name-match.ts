import type { AddressWord } from './address-words';
import { administrativeTypeWords, type AdministrativeLevel, type AdministrativeTypeWord } from './administrative-type-word';
import type { PlaceNameEntry } from './place-name-index';
import { markedWordsKey, vietnameseWords, wordsKey, type VietnameseWord } from './vietnamese-text';

/**
 * Units named by the words just before a position of an address.
 * `strength`: 3 the unit's own type word precedes the name ("phường Hòa Bình"), 2 a type word of the
 * same level does ("xã" for a unit that became a phường), 1 the name fills its part alone, 0 other
 * words precede it (accepted for provinces only, which close the address).
 */
export interface PlaceNameMatch<T> {
  readonly units: readonly T[];
  /** Where the name, with its type word, starts: the next level is read before this word. */
  readonly from: number;
  readonly strength: number;
}

export type PlaceNameSource<T> = (key: string) => readonly PlaceNameEntry<T>[];

interface TypeWordForm {
  readonly typeWord: AdministrativeTypeWord;
  readonly words: readonly VietnameseWord[];
}

interface TypeWordHint {
  readonly typeWord: AdministrativeTypeWord;
  readonly from: number;
  readonly startsPart: boolean;
}

const typeWordForms: readonly TypeWordForm[] = [
  ...administrativeTypeWords.map((typeWord) => ({ typeWord, words: vietnameseWords(typeWord.spelling) })),
  ...administrativeTypeWords.flatMap((typeWord) => typeWord.abbreviations.map((a) => ({ typeWord, words: vietnameseWords(a) }))),
].sort((a, b) => b.words.length - a.words.length);

/** The longest name ending at `end` (within one comma-separated part) that `source` knows and the context allows. */
export function placeNameEndingAt<T>(
  words: readonly AddressWord[],
  end: number,
  level: AdministrativeLevel,
  source: PlaceNameSource<T>,
  longestName: number,
): PlaceNameMatch<T> | null {
  if (end <= 0) return null;
  const segment = words[end - 1].segment;
  const writtenWithMarks = words.some((w) => w.marked !== w.ascii);
  for (let length = Math.min(longestName, end); length > 0; length--) {
    const start = end - length;
    if (words[start].segment !== segment) continue;
    const span = words.slice(start, end);
    const match = weigh(words, start, level, span, source(wordsKey(span)), writtenWithMarks);
    if (match) return match;
  }
  return null;
}

function weigh<T>(
  words: readonly AddressWord[],
  start: number,
  level: AdministrativeLevel,
  span: readonly AddressWord[],
  entries: readonly PlaceNameEntry<T>[],
  writtenWithMarks: boolean,
): PlaceNameMatch<T> | null {
  if (entries.length === 0) return null;
  const hint = typeWordBefore(words, start);
  const graded = entries.map((entry) => ({ entry, strength: strengthOf(entry, hint, level, span) })).filter((g) => g.strength >= 0);
  if (graded.length === 0) return null;
  const strength = Math.max(...graded.map((g) => g.strength));
  const strongest = graded.filter((g) => g.strength === strength).map((g) => g.entry);
  const units = [...new Set((writtenWithMarks ? preferExactSpelling(strongest, span) : strongest).map((e) => e.unit))];
  return { units, from: hint?.typeWord.levels.includes(level) ? hint.from : start, strength };
}

function strengthOf<T>(entry: PlaceNameEntry<T>, hint: TypeWordHint | null, level: AdministrativeLevel, span: readonly AddressWord[]): number {
  if (hint?.typeWord.levels.includes(level)) return hint.typeWord === entry.typeWord ? 3 : 2;
  // "quận Ba Đình" names a district, never the current Phường Ba Đình.
  if (hint?.startsPart) return -1;
  // A bare number is a house number until "phường" or "quận" says otherwise.
  if (span.every((w) => /^[0-9]+$/.test(w.ascii))) return -1;
  if (span[0].startsPart) return 1;
  return level === 'province' ? 0 : -1;
}

/**
 * When the writer uses diacritics anywhere in the address, "Tân Thạnh" must not also find "Tân Thành",
 * nor "Thanh An" find "Thạnh An". Without diacritics both stay, and the caller has to choose.
 */
function preferExactSpelling<T>(entries: readonly PlaceNameEntry<T>[], span: readonly AddressWord[]): readonly PlaceNameEntry<T>[] {
  const marked = markedWordsKey(span);
  const exact = entries.filter((e) => e.markedKey === marked);
  return exact.length > 0 ? exact : entries;
}

function typeWordBefore(words: readonly AddressWord[], start: number): TypeWordHint | null {
  for (const form of typeWordForms) {
    const from = start - form.words.length;
    if (from < 0) continue;
    const candidate = words.slice(from, start);
    if (candidate.every((w, i) => w.segment === words[start].segment && spells(w, form.words[i]))) {
      return { typeWord: form.typeWord, from, startsPart: words[from].startsPart };
    }
  }
  return null;
}

/** "phường" and ASCII "phuong" spell the type word; "phượng" (Đan Phượng) does not. */
function spells(written: VietnameseWord, expected: VietnameseWord): boolean {
  return written.marked === expected.marked || (written.marked === written.ascii && written.ascii === expected.ascii);
}

import { typeWordOfUnitType, type AdministrativeTypeWord } from './administrative-type-word';
import { markedWordsKey, vietnameseWords, wordsKey } from './vietnamese-text';

/** A unit under one of its spellings. */
export interface PlaceNameEntry<T> {
  readonly unit: T;
  /** The spelling with diacritics ("hòa bình"), to prefer an exact spelling over one that only folds alike. */
  readonly markedKey: string;
  readonly typeWord: AdministrativeTypeWord | null;
}

/** Units by the ASCII key of their name (see `placeNameKey`), so "Hoà", "Hòa" and "hoa" find the same units. */
export class PlaceNameIndex<T> {
  private readonly entries = new Map<string, PlaceNameEntry<T>[]>();
  private longest = 0;

  add(name: string, unit: T, unitType: string): void {
    const words = vietnameseWords(name);
    if (words.length === 0) return;
    const key = wordsKey(words);
    const entry = { unit, markedKey: markedWordsKey(words), typeWord: typeWordOfUnitType(unitType) };
    const bucket = this.entries.get(key) ?? [];
    if (bucket.some((e) => e.unit === unit && e.markedKey === entry.markedKey)) return;
    bucket.push(entry);
    this.entries.set(key, bucket);
    this.longest = Math.max(this.longest, words.length);
  }

  withKey(key: string): readonly PlaceNameEntry<T>[] {
    return this.entries.get(key) ?? [];
  }

  /** No name has more words than this, which bounds the spans an address reader has to try. */
  get longestNameInWords(): number {
    return this.longest;
  }
}

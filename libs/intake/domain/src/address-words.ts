import { toWellFormedText, vietnameseWords, type VietnameseWord } from './vietnamese-text';

/** A word of a free-text address, with where the writer put separators. */
export interface AddressWord extends VietnameseWord {
  /** Parts between commas (and other hard separators) are numbered; a name never spans two. */
  readonly segment: number;
  /** The word follows a separator (comma, dash, colon) or starts the text. */
  readonly startsPart: boolean;
}

const hardSeparators = /[,;|/\\()[\]{}<>"“”«»\p{Cc}]+/u;
// Dashes separate parts but may also sit inside a name ("Bà Rịa - Vũng Tàu", "Phan Rang-Tháp Chàm").
const softSeparators = /[-‐‑–—:]+/u;

export function readAddressWords(text: string): AddressWord[] {
  return toWellFormedText(text)
    .split(hardSeparators)
    .flatMap((segmentText, segment) =>
      segmentText.split(softSeparators).flatMap((part) => vietnameseWords(part).map((w, i) => ({ ...w, segment, startsPart: i === 0 }))),
    );
}

import type { EvidenceMediaType } from '../report/report-submission';

/** How many leading bytes of a file `mediaTypesOfContent` needs to look at. */
export const SIGNATURE_BYTES = 4096;

// ISO base media files (MP4, MOV, HEIC, M4A) name their family in the `ftyp` box: a major
// brand and a list of compatible brands. A generic MP4 brand may hold sound only, so it
// stands for both video/mp4 and audio/mp4.
const BRANDS: readonly (readonly [brand: string, types: readonly EvidenceMediaType[]])[] = [
  ...['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'].map((b) => [b, ['image/heic']] as const),
  ['qt  ', ['video/quicktime']],
  ...['M4A ', 'M4B ', 'M4P ', 'F4A '].map((b) => [b, ['audio/mp4']] as const),
  ...['isom', 'iso2', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'mp71', 'avc1', 'dash', 'M4V ', 'MSNV', 'f4v ', '3gp4', '3gp5', '3gp6', '3g2a'].map(
    (b) => [b, ['video/mp4', 'audio/mp4']] as const,
  ),
];

// Old QuickTime files start with a movie atom instead of `ftyp`.
const QUICKTIME_ATOMS = new Set(['moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);

/**
 * The evidence media types a file's first bytes are consistent with, most likely first; empty
 * when the content is none of them (an executable renamed to photo.jpg, a GIF, a text file).
 * The file name and the type a browser or mail client claimed are deliberately not consulted.
 */
export function mediaTypesOfContent(head: Uint8Array): EvidenceMediaType[] {
  const ascii = (from: number, length: number) => String.fromCharCode(...head.subarray(from, from + length));
  const startsWith = (...bytes: number[]) => head.length >= bytes.length && bytes.every((b, i) => head[i] === b);
  if (startsWith(0xff, 0xd8, 0xff)) return ['image/jpeg'];
  if (startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return ['image/png'];
  if (ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') return ['image/webp'];
  if (ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WAVE') return ['audio/wav'];
  if (ascii(4, 4) === 'ftyp') return isoBrandTypes(head);
  if (head.length >= 8 && QUICKTIME_ATOMS.has(ascii(4, 4))) return ['video/quicktime'];
  if (ascii(0, 3) === 'ID3' || isMpegAudioFrame(head)) return ['audio/mpeg'];
  // Readers accept a PDF header anywhere in the first kilobyte (some generators add a preamble).
  if (ascii(0, Math.min(head.length, 1024)).includes('%PDF-')) return ['application/pdf'];
  return [];
}

function isoBrandTypes(head: Uint8Array): EvidenceMediaType[] {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const boxSize = head.length >= 4 ? view.getUint32(0) : 0;
  const brandAt = (offset: number) => String.fromCharCode(...head.subarray(offset, offset + 4));
  // Major brand at 8, minor version at 12, compatible brands from 16 to the end of the box.
  const brands = [brandAt(8)];
  for (let offset = 16; offset + 4 <= Math.min(boxSize, head.length); offset += 4) brands.push(brandAt(offset));
  for (const brand of brands) {
    const known = BRANDS.find(([b]) => b === brand);
    if (known) return [...known[1]];
  }
  return [];
}

/** An MPEG-1/2 audio frame header: 11 sync bits, and a layer (AAC's ADTS has none and is not MP3). */
function isMpegAudioFrame(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0xff && (head[1] & 0xe0) === 0xe0 && (head[1] & 0x06) !== 0;
}

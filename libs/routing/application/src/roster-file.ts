import type { SheetRow } from '@hotline/routing-domain';
import { readCsvSheet } from './csv-sheet';
import { SpreadsheetFileError } from './spreadsheet-file-error';
import { readFirstWorksheet, type WorksheetLimits } from './xlsx-worksheet';
import { ZipArchive } from './zip-archive';

export interface RosterFileLimits extends WorksheetLimits {
  /** The upload itself; it travels base64-encoded inside a GraphQL request of at most 1 MB. */
  readonly maxBytes: number;
}

/**
 * One unit's roster is a few hundred rows at most. The unpacked caps leave room for a workbook's
 * styles and themes (XML compresses 10–20 times) and stop a zip bomb long before memory runs out.
 */
export const ROSTER_FILE_LIMITS: RosterFileLimits = {
  maxBytes: 512 * 1024,
  maxEntries: 200,
  maxEntryBytes: 16 * 1024 * 1024,
  maxTotalBytes: 32 * 1024 * 1024,
  maxRowNumber: 10_000,
  maxColumns: 64,
};

const OLE_COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const TEXT_EXTENSIONS = new Set(['csv', 'txt', 'tsv']);

/** The bytes of a base64 upload, refused before decoding when it is too large. */
export function rosterFileBytes(contentBase64: string, limits: RosterFileLimits = ROSTER_FILE_LIMITS): Buffer {
  const compact = contentBase64.replace(/\s+/g, '');
  if (compact.length === 0) throw new SpreadsheetFileError('empty_file');
  if (Math.floor((compact.length * 3) / 4) > limits.maxBytes + 2) throw tooLarge(limits);
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) throw new SpreadsheetFileError('not_base64');
  return Buffer.from(compact, 'base64');
}

/**
 * The sheet of a roster upload, by what the bytes are rather than what the name claims: a ZIP is
 * read as .xlsx; an OLE file is an old .xls or an encrypted workbook, which we cannot read; text
 * is read as CSV when the name says so.
 */
export function readRosterFile(fileName: string, content: Buffer, limits: RosterFileLimits = ROSTER_FILE_LIMITS): SheetRow[] {
  if (content.length === 0) throw new SpreadsheetFileError('empty_file');
  if (content.length > limits.maxBytes) throw tooLarge(limits);
  if (ZipArchive.isZip(content)) return readFirstWorksheet(content, limits);
  if (content.subarray(0, 4).equals(OLE_COMPOUND_FILE)) throw new SpreadsheetFileError('legacy_or_encrypted');
  const extension = /\.([^./\\]+)$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
  if (extension === 'xlsx') throw new SpreadsheetFileError('corrupt_file', { vi: '(không phải tệp nén ZIP)', en: '(not a ZIP package)' });
  if (!TEXT_EXTENSIONS.has(extension)) throw new SpreadsheetFileError('unsupported_format', { vi: `(“${fileName}”)`, en: `(“${fileName}”)` });
  return readCsvSheet(content, limits.maxRowNumber);
}

function tooLarge(limits: RosterFileLimits): SpreadsheetFileError {
  const kib = Math.round(limits.maxBytes / 1024);
  return new SpreadsheetFileError('file_too_large', { vi: `(tối đa ${kib} KiB)`, en: `(at most ${kib} KiB)` });
}

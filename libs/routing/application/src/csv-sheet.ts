import { rosterFieldOfHeader, type SheetRow } from '@hotline/routing-domain';
import { SpreadsheetFileError } from './spreadsheet-file-error';

// Excel on a Vietnamese Windows writes ';' (the decimal separator there is ','); "Unicode text" is tab-separated.
const DELIMITERS = [',', ';', '\t'] as const;
type Delimiter = (typeof DELIMITERS)[number];
const HEADER_SEARCH_ROWS = 20;

/**
 * A CSV upload (RFC 4180) as sheet rows. Records are numbered as Excel numbers the rows, blank
 * ones included, and a quoted line break stays inside its cell. UTF-8 (with or without a
 * byte-order mark) or UTF-16 with its mark; the delimiter is the one whose split names the most
 * roster columns in the top rows.
 */
export function readCsvSheet(bytes: Buffer, maxRowNumber: number): SheetRow[] {
  const text = decodedText(bytes);
  const delimiter = DELIMITERS.map((d) => ({ d, score: headerScore(csvRecords(text, d, HEADER_SEARCH_ROWS)) })).reduce((best, next) => (next.score > best.score ? next : best)).d;
  const records = csvRecords(text, delimiter, maxRowNumber + 1);
  if (records.length > maxRowNumber) {
    throw new SpreadsheetFileError('too_many_rows', { vi: `(tối đa ${maxRowNumber} dòng)`, en: `(at most ${maxRowNumber} rows)` });
  }
  return records.map((cells, index) => ({ rowNumber: index + 1, cells }));
}

function decodedText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    // The decoder drops a UTF-8 byte-order mark.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SpreadsheetFileError('not_utf8');
  }
}

function headerScore(records: readonly string[][]): number {
  return Math.max(0, ...records.map((cells) => new Set(cells.map(rosterFieldOfHeader).filter((f) => f !== null)).size));
}

/** At most `limit` records; a final line break does not start another record. */
function csvRecords(text: string, delimiter: Delimiter, limit: number): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let at = 0; at < text.length && records.length < limit; at++) {
    const c = text[at];
    if (quoted) {
      if (c === '"' && text[at + 1] === '"') {
        field += '"';
        at++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === delimiter) {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[at + 1] === '\n') at++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += c;
    }
  }
  if ((field !== '' || record.length > 0) && records.length < limit) records.push([...record, field]);
  return records;
}

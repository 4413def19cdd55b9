import type { HotlineDirectory } from './hotline-directory';
import { importRoster, type RosterImport, type RosterImportOptions, type RosterRow } from './roster-import';
import { rosterFieldOfHeader } from './roster-column';

/** One row as a spreadsheet reader found it: its number as the sheet shows it, and its cells from column A on. */
export interface SheetRow {
  readonly rowNumber: number;
  readonly cells: readonly unknown[];
}

/** A roster sheet as `importRoster` takes it: the header's row and names, then every row below it, blank ones included. */
export interface RosterTable {
  readonly headerRowNumber: number;
  readonly headers: readonly string[];
  readonly rows: readonly RosterRow[];
}

// Unit templates often put a title ("DANH SÁCH CÁN BỘ…") and a blank line above the header.
const HEADER_SEARCH_ROWS = 20;
const MIN_HEADER_FIELDS = 3;

/**
 * H3 from any spreadsheet: finds the header (the first of the top rows naming at least three
 * roster columns, else the first non-blank row) and keys the rows below it by header, keeping
 * the sheet's row numbers. Readers bound the number of rows; this fills the gaps between them.
 */
export function rosterTableOf(sheet: readonly SheetRow[]): RosterTable {
  const filled = sheet.filter((row) => row.cells.some((cell) => cellText(cell) !== '')).sort((a, b) => a.rowNumber - b.rowNumber);
  const header = filled.slice(0, HEADER_SEARCH_ROWS).find(namesRosterColumns) ?? filled[0];
  if (!header) return { headerRowNumber: 1, headers: [], rows: [] };
  const headers = header.cells.map((cell, index) => cellText(cell) || `#${index + 1}`);
  const byNumber = new Map(filled.map((row) => [row.rowNumber, row.cells]));
  const lastRow = filled[filled.length - 1].rowNumber;
  const rows: RosterRow[] = [];
  for (let rowNumber = header.rowNumber + 1; rowNumber <= lastRow; rowNumber++) rows.push(recordOf(headers, byNumber.get(rowNumber) ?? []));
  return { headerRowNumber: header.rowNumber, headers, rows };
}

/** Reads a roster sheet and checks every row of it (see `importRoster`). */
export function importRosterSheet(sheet: readonly SheetRow[], directory: HotlineDirectory, options: Omit<RosterImportOptions, 'headerRowNumber' | 'headers'> = {}): RosterImport {
  const table = rosterTableOf(sheet);
  return importRoster(table.rows, directory, { ...options, headerRowNumber: table.headerRowNumber, headers: table.headers });
}

function namesRosterColumns(row: SheetRow): boolean {
  const fields = new Set(row.cells.map((cell) => rosterFieldOfHeader(cellText(cell))).filter((field) => field !== null));
  return fields.size >= MIN_HEADER_FIELDS;
}

/** A repeated header keeps its first column, as `importRoster` reads the first column naming a field. */
function recordOf(headers: readonly string[], cells: readonly unknown[]): RosterRow {
  const record: Record<string, unknown> = {};
  headers.forEach((header, index) => {
    if (!(header in record)) record[header] = cells[index] ?? '';
  });
  return record;
}

function cellText(cell: unknown): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

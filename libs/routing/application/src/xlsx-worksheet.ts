import type { SheetRow } from '@hotline/routing-domain';
import { SpreadsheetFileError } from './spreadsheet-file-error';
import { XmlSyntaxError, xmlTokens, type XmlToken } from './xml-tokens';
import { ZipArchive, type ZipLimits } from './zip-archive';

export interface WorksheetLimits extends ZipLimits {
  /** A row numbered beyond this, with anything in it, refuses the file. */
  readonly maxRowNumber: number;
  /** Cells right of this column are ignored: no roster needs them. */
  readonly maxColumns: number;
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;
const WORKSHEET = /\/worksheet$/;
const SHARED_STRINGS = /\/sharedStrings$/;

/**
 * The first worksheet of an .xlsx workbook (Office Open XML), as rows of cell texts with the row
 * numbers Excel shows. Follows the package relationships to the workbook, its first worksheet and
 * its shared strings; reads shared, inline and formula strings, numbers and booleans. Styles and
 * dates are not interpreted: a roster has none that matter.
 */
export function readFirstWorksheet(bytes: Buffer, limits: WorksheetLimits): SheetRow[] {
  const archive = ZipArchive.open(bytes, limits);
  try {
    const workbook = workbookPart(archive);
    const relationships = relationshipsOf(archive, workbook);
    const sharedStrings = [...relationships.values()].find((r) => SHARED_STRINGS.test(r.type))?.target ?? 'xl/sharedStrings.xml';
    const strings = archive.has(sharedStrings) ? sharedStringsOf(partText(archive, sharedStrings)) : [];
    return worksheetRows(partText(archive, firstWorksheetPart(archive, workbook, relationships)), strings, limits);
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw new SpreadsheetFileError('corrupt_file', { vi: `(${error.message})`, en: `(${error.message})` });
    throw error;
  }
}

function workbookPart(archive: ZipArchive): string {
  if (!archive.has('_rels/.rels')) return 'xl/workbook.xml';
  const office = [...relationshipsOf(archive, '').values()].find((r) => OFFICE_DOCUMENT.test(r.type));
  return office?.target ?? 'xl/workbook.xml';
}

/** The relationships of a part ('' for the package), by id, with targets resolved to part names. */
function relationshipsOf(archive: ZipArchive, part: string): Map<string, Relationship> {
  const folder = part.slice(0, part.lastIndexOf('/') + 1);
  const relsPart = `${folder}_rels/${part.slice(folder.length)}.rels`;
  const relationships = new Map<string, Relationship>();
  if (!archive.has(relsPart)) return relationships;
  for (const token of xmlTokens(partText(archive, relsPart))) {
    if (token.kind !== 'open' || token.name !== 'Relationship' || token.attributes['TargetMode'] === 'External') continue;
    const { Id: id, Type: type, Target: target } = token.attributes;
    if (id && type && target) relationships.set(id, { type, target: resolvePart(folder, target) });
  }
  return relationships;
}

function firstWorksheetPart(archive: ZipArchive, workbook: string, relationships: ReadonlyMap<string, Relationship>): string {
  for (const token of xmlTokens(partText(archive, workbook))) {
    if (token.kind !== 'open' || token.name !== 'sheet') continue;
    const relationship = relationships.get(token.attributes['id'] ?? '');
    // A chart sheet may come first; the roster is on the first worksheet.
    if (relationship && WORKSHEET.test(relationship.type)) return relationship.target;
  }
  if (archive.has('xl/worksheets/sheet1.xml')) return 'xl/worksheets/sheet1.xml';
  throw new SpreadsheetFileError('corrupt_file', { vi: '(không có trang tính nào)', en: '(it has no worksheet)' });
}

function sharedStringsOf(xml: string): string[] {
  const strings: string[] = [];
  const text = new RunText();
  for (const token of xmlTokens(xml)) {
    if (token.kind === 'open' && token.name === 'si') {
      text.start();
      if (token.selfClosing) strings.push(text.end());
    } else if (token.kind === 'close' && token.name === 'si') {
      strings.push(text.end());
    } else {
      text.take(token);
    }
  }
  return strings;
}

/** Cell state while reading a row; one object reused, the sheet may hold thousands of cells. */
interface CellReading {
  column: number;
  type: string;
  value: string;
  inValue: boolean;
}

function worksheetRows(xml: string, strings: readonly string[], limits: WorksheetLimits): SheetRow[] {
  const rows: SheetRow[] = [];
  const inline = new RunText();
  const cell: CellReading = { column: 0, type: 'n', value: '', inValue: false };
  let inSheetData = false;
  let rowNumber = 0;
  let cells: string[] = [];
  const endRow = () => {
    if (!cells.some((c) => c !== undefined && c !== '')) return;
    if (rowNumber > limits.maxRowNumber) {
      throw new SpreadsheetFileError('too_many_rows', { vi: `(dòng ${rowNumber}; tối đa ${limits.maxRowNumber})`, en: `(row ${rowNumber}; at most ${limits.maxRowNumber})` });
    }
    rows.push({ rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  };
  const endCell = () => {
    if (cell.column < limits.maxColumns) cells[cell.column] = cellText(cell, inline.end(), strings);
  };
  for (const token of xmlTokens(xml)) {
    if (token.kind === 'open' && token.name === 'sheetData') inSheetData = !token.selfClosing;
    else if (token.kind === 'close' && token.name === 'sheetData') inSheetData = false;
    if (!inSheetData) continue;
    if (token.kind === 'open' && token.name === 'row') {
      rowNumber = positiveInteger(token.attributes['r']) ?? rowNumber + 1;
      cells = [];
      if (token.selfClosing) endRow();
    } else if (token.kind === 'close' && token.name === 'row') {
      endRow();
    } else if (token.kind === 'open' && token.name === 'c') {
      Object.assign(cell, { column: columnOf(token.attributes['r']) ?? cells.length, type: token.attributes['t'] ?? 'n', value: '', inValue: false });
      inline.start();
      if (token.selfClosing) endCell();
    } else if (token.kind === 'close' && token.name === 'c') {
      endCell();
    } else if (token.kind === 'text') {
      if (cell.inValue) cell.value += token.text;
      else inline.take(token);
    } else if (token.name === 'v') {
      cell.inValue = token.kind === 'open' && !token.selfClosing;
    } else {
      inline.take(token);
    }
  }
  return rows;
}

function cellText(cell: CellReading, inline: string, strings: readonly string[]): string {
  switch (cell.type) {
    case 's':
      return strings[Number(cell.value)] ?? '';
    case 'inlineStr':
      return inline;
    case 'b':
      return cell.value === '1' ? 'TRUE' : 'FALSE';
    case 'n': {
      // Excel may write a long number in exponent form (8.4912345678E10): a phone keyed as a number.
      const number = Number(cell.value);
      return cell.value.trim() !== '' && Number.isFinite(number) ? String(number) : cell.value;
    }
    default:
      // 'str' (a formula's text), 'e' (an error such as #N/A), 'd' (an ISO date).
      return cell.value;
  }
}

/** The text of a rich-text string: its <t> runs, without the phonetic guides (<rPh>) some locales add. */
class RunText {
  private text: string | null = null;
  private inRun = false;
  private phonetic = 0;

  start(): void {
    this.text = '';
    this.inRun = false;
    this.phonetic = 0;
  }

  take(token: XmlToken): void {
    if (this.text === null) return;
    if (token.kind === 'text') {
      if (this.inRun && this.phonetic === 0) this.text += token.text;
    } else if (token.name === 't') {
      this.inRun = token.kind === 'open' && !token.selfClosing;
    } else if (token.name === 'rPh' && !(token.kind === 'open' && token.selfClosing)) {
      this.phonetic += token.kind === 'open' ? 1 : -1;
    }
  }

  end(): string {
    const text = this.text ?? '';
    this.text = null;
    return text;
  }
}

/** 'B12' → 1 (column B, from 0); null without a column. */
function columnOf(reference: string | undefined): number | null {
  const letters = /^([A-Za-z]{1,3})\d*$/.exec(reference ?? '')?.[1];
  if (!letters) return null;
  return [...letters.toUpperCase()].reduce((column, letter) => column * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

function positiveInteger(text: string | undefined): number | null {
  const value = Number(text);
  return text !== undefined && Number.isInteger(value) && value > 0 ? value : null;
}

function partText(archive: ZipArchive, part: string): string {
  return archive.read(part).toString('utf8').replace(/^\uFEFF/, '');
}

/** A relationship target, relative to the folder of its source part unless it starts with '/'. */
function resolvePart(folder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

import { type AdministrativeLevel, levelWording, parseUnitCode, type UnitCode } from '@hotline/shared-organisation';
import type { BilingualText } from './bilingual-text';
import type { HotlineDirectory } from './hotline-directory';
import { DEFAULT_INSTITUTIONAL_EMAIL_POLICY, readInstitutionalEmail, type InstitutionalEmailPolicy } from './institutional-email-policy';
import type { Officer } from './officer';
import { roleWording, type OfficerRole } from './officer-role';
import { officerRoleNamed } from './officer-role-name';
import { ROSTER_FIELDS, rosterFieldLabel, rosterFieldOfHeader, type RosterField } from './roster-column';
import { readVietnamesePhoneNumber } from '@hotline/shared-contact';

/** One row as the application layer read it from CSV or XLSX: header → cell. */
export type RosterRow = Readonly<Record<string, unknown>>;

export interface RosterRejection {
  /** As the spreadsheet shows it: the header is row 1, the first officer row 2. */
  readonly rowNumber: number;
  readonly field: RosterField;
  readonly reason: BilingualText;
}

export interface RosterImport {
  readonly accepted: Officer[];
  readonly rejected: RosterRejection[];
}

export interface RosterImportOptions {
  readonly emailPolicy?: InstitutionalEmailPolicy;
  /** Where the header sits in the sheet (default 1); the rows follow it, blank ones included, so numbers match the sheet. */
  readonly headerRowNumber?: number;
  /** The header's names, when the reader knows them: a sheet with a header and no rows is then empty, not missing its columns. */
  readonly headers?: readonly string[];
  /** The unit whose roster this is: a row for a unit outside its jurisdiction is refused. */
  readonly rosterUnit?: UnitCode;
}

const HEADER_ROW = 1;
const MAX_TEXT_LENGTH = 150;
// The admin roles manage one level; anything else would grant rights over the wrong tree.
const ROLE_LEVELS: Partial<Record<OfficerRole, AdministrativeLevel>> = { provincial_admin: 'province', ministry_admin: 'central' };

type Problem = { readonly field: RosterField; readonly reason: BilingualText };
type Cells = Readonly<Record<RosterField, string>>;

/**
 * H3: reads a unit's roster. Every row stands alone, so good rows are accepted whatever their
 * neighbours hold; each bad field is reported with its spreadsheet row number. An e-mail is an
 * account's identity, so a second row with an already accepted e-mail is refused.
 */
export function importRoster(rows: readonly RosterRow[], directory: HotlineDirectory, options: RosterImportOptions = {}): RosterImport {
  const headerRow = options.headerRowNumber ?? HEADER_ROW;
  const columns = columnsOf(options.headers ?? rows.flatMap((row) => Object.keys(row)));
  const missing = ROSTER_FIELDS.filter((field) => !columns.has(field));
  if (missing.length > 0) return { accepted: [], rejected: missing.map((field) => ({ rowNumber: headerRow, field, reason: missingColumn(field) })) };
  const accepted: Officer[] = [];
  const rejected: RosterRejection[] = [];
  const rowOfEmail = new Map<string, number>();
  rows.forEach((row, index) => {
    const rowNumber = index + headerRow + 1;
    const cells = cellsOf(row, columns);
    if (Object.values(cells).every((cell) => cell === '')) return;
    const { officer, problems } = officerFromCells(cells, directory, options);
    const firstRow = officer ? rowOfEmail.get(officer.email) : undefined;
    if (firstRow !== undefined) problems.push({ field: 'email', reason: duplicateEmail(firstRow) });
    if (officer && problems.length === 0) {
      accepted.push(officer);
      rowOfEmail.set(officer.email, rowNumber);
    }
    rejected.push(...problems.map((p) => ({ rowNumber, ...p })));
  });
  return { accepted, rejected };
}

/** The first header naming each field wins; unrelated columns (STT, Ghi chú…) are ignored. */
function columnsOf(headers: readonly string[]): Map<RosterField, string> {
  const columns = new Map<RosterField, string>();
  for (const header of new Set(headers)) {
    const field = rosterFieldOfHeader(header);
    if (field && !columns.has(field)) columns.set(field, header);
  }
  return columns;
}

function cellsOf(row: RosterRow, columns: ReadonlyMap<RosterField, string>): Cells {
  return Object.fromEntries(ROSTER_FIELDS.map((field) => [field, cellText(row[columns.get(field)!])])) as Cells;
}

/** Spreadsheet readers hand over numbers for phone cells; blanks may be null. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/\s+/g, ' ').trim();
}

function officerFromCells(cells: Cells, directory: HotlineDirectory, options: RosterImportOptions): { officer: Officer | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const check = <T>(field: RosterField, result: T | BilingualText | null): T | null => {
    if (isProblem(result)) problems.push({ field, reason: result });
    return isProblem(result) ? null : result;
  };
  const unitCode = check('unit', unitOf(cells.unit, directory, options.rosterUnit));
  const fullName = check('fullName', requiredText('fullName', cells.fullName));
  const position = check('position', requiredText('position', cells.position));
  const phone = check('phone', phoneOf(cells.phone));
  const email = check('email', emailOf(cells.email, options.emailPolicy ?? DEFAULT_INSTITUTIONAL_EMAIL_POLICY));
  const role = check('role', roleOf(cells.role, unitCode, directory));
  if (unitCode === null || fullName === null || position === null || phone === null || email === null || role === null) return { officer: null, problems };
  return { officer: { unitCode, fullName, position, phone, email, role }, problems };
}

function isProblem(value: unknown): value is BilingualText {
  return typeof value === 'object' && value !== null && 'vi' in value;
}

function unitOf(text: string, directory: HotlineDirectory, rosterUnit: UnitCode | undefined): UnitCode | BilingualText {
  if (text === '') return required('unit');
  const code = parseUnitCode(text);
  if (code !== null && directory.jurisdiction.has(code)) return rosterUnit === undefined || directory.jurisdiction.covers(rosterUnit, code) ? code : outsideRosterUnit(code, rosterUnit);
  return {
    vi: `Không có đơn vị mã “${text}”; ghi mã đơn vị, ví dụ BTNMT, P01 (Hà Nội) hoặc C00004 (Phường Ba Đình).`,
    en: `No unit has the code “${text}”; write a unit code such as BTNMT, P01 (Hà Nội) or C00004 (Ba Đình Ward).`,
  };
}

/** A unit's sheet grants rights only within that unit's tree. */
function outsideRosterUnit(code: UnitCode, rosterUnit: UnitCode): BilingualText {
  return {
    vi: `Đơn vị ${code} không thuộc ${rosterUnit}; danh sách này chỉ nhập cán bộ của ${rosterUnit} và các đơn vị trực thuộc.`,
    en: `Unit ${code} is not part of ${rosterUnit}; this roster imports only officers of ${rosterUnit} and the units below it.`,
  };
}

function requiredText(field: RosterField, text: string): string | BilingualText {
  if (text === '') return required(field);
  if (text.length <= MAX_TEXT_LENGTH) return text;
  return { vi: `Dài quá ${MAX_TEXT_LENGTH} ký tự.`, en: `Longer than ${MAX_TEXT_LENGTH} characters.` };
}

function phoneOf(text: string): string | BilingualText {
  const phone = readVietnamesePhoneNumber(text);
  return phone.ok ? phone.e164 : phone.message;
}

function emailOf(text: string, policy: InstitutionalEmailPolicy): string | BilingualText {
  const email = readInstitutionalEmail(text, policy);
  return email.ok ? email.address : email.message;
}

function roleOf(text: string, unitCode: UnitCode | null, directory: HotlineDirectory): OfficerRole | BilingualText {
  if (text === '') return required('role');
  const role = officerRoleNamed(text);
  if (role === null) return unknownRole(text);
  const level = ROLE_LEVELS[role];
  const unit = unitCode === null ? undefined : directory.unit(unitCode);
  if (level === undefined || unit === undefined || unit.level === level) return role;
  return {
    vi: `Vai trò “${roleWording(role).vi}” chỉ dành cho đơn vị ${levelWording(level).vi}; ${unit.code} là đơn vị ${levelWording(unit.level).vi}.`,
    en: `The role “${roleWording(role).en}” is only for a ${levelWording(level).en} unit; ${unit.code} is a ${levelWording(unit.level).en} unit.`,
  };
}

function unknownRole(text: string): BilingualText {
  return {
    vi: `Vai trò “${text}” không hợp lệ; dùng một trong: cán bộ vận hành, cán bộ xử lý, lãnh đạo đơn vị, quản trị tỉnh, quản trị Bộ, kiểm toán, tích hợp.`,
    en: `Unknown role “${text}”; use one of: operator, handler, unit_head, provincial_admin, ministry_admin, auditor, integrator.`,
  };
}

function required(field: RosterField): BilingualText {
  const label = rosterFieldLabel(field);
  return { vi: `Chưa nhập “${label.vi}”.`, en: `“${label.en}” is missing.` };
}

function missingColumn(field: RosterField): BilingualText {
  const label = rosterFieldLabel(field);
  return {
    vi: `Tệp thiếu cột “${label.vi}”; không dòng nào được nhập.`,
    en: `The file has no “${label.en}” column; no row was imported.`,
  };
}

function duplicateEmail(firstRow: number): BilingualText {
  return {
    vi: `Thư điện tử trùng với dòng ${firstRow}; mỗi cán bộ một địa chỉ riêng.`,
    en: `The e-mail address repeats row ${firstRow}; each officer needs their own address.`,
  };
}

import { rosterWorkbook, type WorkbookRow } from './fixtures/roster-workbook';
import { zipArchive } from './fixtures/zip-writer';
import { readRosterFile, rosterFileBytes, ROSTER_FILE_LIMITS } from './roster-file';
import { SpreadsheetFileError } from './spreadsheet-file-error';

const refusal = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof SpreadsheetFileError ? { code: error.code, field: error.field } : error;
  }
};

const header = ['STT', 'Đơn vị', 'Họ và tên', 'Chức vụ', 'Điện thoại', 'Thư điện tử', 'Vai trò'];
const rows: WorkbookRow[] = [
  { rowNumber: 1, cells: ['DANH SÁCH CÁN BỘ VẬN HÀNH ĐƯỜNG DÂY NÓNG'] },
  { rowNumber: 3, cells: header },
  { rowNumber: 4, cells: [1, 'P01', { inline: 'Nguyễn Văn An' }, 'Chuyên viên', 912345678, 'an.nv@hanoi.gov.vn', 'cán bộ xử lý'] },
  { rowNumber: 6, cells: [2, 'P01', 'Trần Thị Bình & Cộng sự <2>', null, 84912000111, { formula: 'LOWER("BINH@HANOI.GOV.VN")', text: 'binh@hanoi.gov.vn' }, 'can bo xu ly'] },
];

describe('reading an .xlsx roster', () => {
  it('reads the first worksheet with Excel’s row numbers: shared, inline and formula strings, numbers, blanks', () => {
    const sheet = readRosterFile('Danh sach can bo.XLSX', rosterWorkbook(rows));
    expect(sheet).toEqual([
      { rowNumber: 1, cells: ['DANH SÁCH CÁN BỘ VẬN HÀNH ĐƯỜNG DÂY NÓNG'] },
      { rowNumber: 3, cells: header },
      { rowNumber: 4, cells: ['1', 'P01', 'Nguyễn Văn An', 'Chuyên viên', '912345678', 'an.nv@hanoi.gov.vn', 'cán bộ xử lý'] },
      { rowNumber: 6, cells: ['2', 'P01', 'Trần Thị Bình & Cộng sự <2>', '', '84912000111', 'binh@hanoi.gov.vn', 'can bo xu ly'] },
    ]);
  });

  it('skips a chart sheet listed first, reads prefixed element names, and goes by the bytes rather than the name', () => {
    const expected = readRosterFile('roster.xlsx', rosterWorkbook(rows));
    expect(readRosterFile('roster.xlsx', rosterWorkbook(rows, { chartSheetFirst: true, prefixed: true }))).toEqual(expected);
    expect(readRosterFile('roster.csv', rosterWorkbook(rows))).toEqual(expected);
  });

  it('refuses a zip bomb, whatever size the directory claims, and an archive with too many parts', () => {
    // 40 MiB of zeros deflate to about 40 KiB: a small upload that would unpack far past the limit.
    const zeros = Buffer.alloc(40 * 1024 * 1024);
    const honest = rosterWorkbook([], { worksheet: { content: zeros } });
    expect(honest.length).toBeLessThan(ROSTER_FILE_LIMITS.maxBytes);
    expect(refusal(() => readRosterFile('bomb.xlsx', honest))).toEqual({ code: 'file_too_large', field: 'contentBase64' });
    const lying = rosterWorkbook([], { worksheet: { content: zeros, declaredSize: 1000 } });
    expect(refusal(() => readRosterFile('bomb.xlsx', lying))).toEqual({ code: 'file_too_large', field: 'contentBase64' });
    const crowded = zipArchive(Array.from({ length: ROSTER_FILE_LIMITS.maxEntries + 1 }, (_, i) => ({ name: `part${i}.xml`, content: '<a/>' })));
    expect(refusal(() => readRosterFile('crowded.xlsx', crowded))).toMatchObject({ code: 'corrupt_file' });
  });

  it('refuses damaged archives, old .xls files, rows beyond the limit and other formats', () => {
    const workbook = rosterWorkbook(rows);
    expect(refusal(() => readRosterFile('a.xlsx', workbook.subarray(0, workbook.length - 10)))).toMatchObject({ code: 'corrupt_file' });
    const damaged = Buffer.from(workbook);
    const sheetData = damaged.indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length;
    damaged[sheetData + 20] ^= 0xff;
    expect(refusal(() => readRosterFile('a.xlsx', damaged))).toMatchObject({ code: 'corrupt_file' });
    expect(refusal(() => readRosterFile('a.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))).toMatchObject({ code: 'legacy_or_encrypted' });
    expect(refusal(() => readRosterFile('a.xlsx', Buffer.from('STT,Đơn vị')))).toMatchObject({ code: 'corrupt_file' });
    expect(refusal(() => readRosterFile('a.pdf', Buffer.from('%PDF-1.7')))).toEqual({ code: 'unsupported_format', field: 'fileName' });
    expect(refusal(() => readRosterFile('far.xlsx', rosterWorkbook([{ rowNumber: ROSTER_FILE_LIMITS.maxRowNumber + 1, cells: ['x'] }])))).toMatchObject({ code: 'too_many_rows' });
    expect(refusal(() => readRosterFile('a.xlsx', Buffer.alloc(0)))).toMatchObject({ code: 'empty_file' });
  });
});

describe('reading a .csv roster', () => {
  it('numbers records as Excel does, keeps quoted line breaks in their cell, and reads semicolons and UTF-16', () => {
    const csv = '\uFEFFSTT;Đơn vị;Họ và tên;Chức vụ;Điện thoại;Email;Vai trò\r\n1;P01;"Nguyễn Văn An";"Chuyên viên\r\nphòng Môi trường";0912345678;an@hanoi.gov.vn;cán bộ xử lý\r\n\r\n2;P01;"Bình ""Út"" Trần";Chuyên viên;0913000111;binh@hanoi.gov.vn;cán bộ xử lý\r\n';
    const sheet = readRosterFile('roster.csv', Buffer.from(csv, 'utf8'));
    expect(sheet.map((row) => [row.rowNumber, row.cells[2], row.cells[3]])).toEqual([
      [1, 'Họ và tên', 'Chức vụ'],
      [2, 'Nguyễn Văn An', 'Chuyên viên\r\nphòng Môi trường'],
      [3, undefined, undefined],
      [4, 'Bình "Út" Trần', 'Chuyên viên'],
    ]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv.slice(1).replace(/;/g, '\t'), 'utf16le')]);
    expect(readRosterFile('roster.txt', utf16)).toEqual(sheet);
  });

  it('refuses text that is not UTF-8, and base64 that is not base64 or too large', () => {
    expect(refusal(() => readRosterFile('roster.csv', Buffer.from([0x53, 0x54, 0x54, 0x2c, 0xd0, 0x6e])))).toMatchObject({ code: 'not_utf8' });
    expect(rosterFileBytes(Buffer.from('STT,Đơn vị').toString('base64')).toString('utf8')).toBe('STT,Đơn vị');
    expect(refusal(() => rosterFileBytes('not base64!'))).toMatchObject({ code: 'not_base64' });
    expect(refusal(() => rosterFileBytes('A'.repeat(ROSTER_FILE_LIMITS.maxBytes * 2)))).toMatchObject({ code: 'file_too_large' });
    expect(refusal(() => rosterFileBytes(''))).toMatchObject({ code: 'empty_file' });
  });
});

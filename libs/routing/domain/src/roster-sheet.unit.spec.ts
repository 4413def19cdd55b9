import { HotlineDirectory, importRosterSheet, rosterTableOf, type SheetRow } from './index';

const directory = HotlineDirectory.fromReferenceData();
const header = ['STT', 'Don vi', 'Ho va ten', 'Chuc vu', 'Dien thoai', 'Email', 'Vai tro'];

describe('a roster sheet (H3)', () => {
  it('finds the header under a title and numbers the rows as the sheet does, blank rows included', () => {
    const sheet: SheetRow[] = [
      { rowNumber: 1, cells: ['DANH SÁCH CÁN BỘ VẬN HÀNH ĐƯỜNG DÂY NÓNG'] },
      { rowNumber: 3, cells: header },
      { rowNumber: 4, cells: [1, 'P01', 'Nguyễn Văn An', 'Chuyên viên', 912345678, 'an.nv@hanoi.gov.vn', 'can bo xu ly'] },
      // Row 5 is blank: a reader leaves it out.
      { rowNumber: 6, cells: [2, 'P01', 'Trần Thị Bình', 'Chuyên viên', '0913 000 111', 'binh@gmail.com', 'can bo xu ly'] },
    ];
    const table = rosterTableOf(sheet);
    expect(table.headerRowNumber).toBe(3);
    expect(table.rows).toHaveLength(3);

    const result = importRosterSheet(sheet, directory);
    expect(result.accepted.map((o) => [o.email, o.phone])).toEqual([['an.nv@hanoi.gov.vn', '+84912345678']]);
    expect(result.rejected.map((r) => [r.rowNumber, r.field])).toEqual([[6, 'email']]);
  });

  it('reports missing columns on the header’s own row, and a header with no rows as nothing to import', () => {
    const missing = importRosterSheet(
      [
        { rowNumber: 2, cells: ['Đơn vị', 'Họ và tên', 'Chức vụ', 'Điện thoại'] },
        { rowNumber: 3, cells: ['P01', 'Nguyễn Văn An', 'Chuyên viên', '0912345678'] },
      ],
      directory,
    );
    expect(missing.rejected.map((r) => [r.rowNumber, r.field])).toEqual([
      [2, 'email'],
      [2, 'role'],
    ]);
    expect(importRosterSheet([{ rowNumber: 1, cells: header }], directory)).toEqual({ accepted: [], rejected: [] });
    expect(importRosterSheet([], directory).rejected).toHaveLength(6);
  });

  it('refuses rows of units outside the roster’s unit', () => {
    const sheet: SheetRow[] = [
      { rowNumber: 1, cells: header },
      { rowNumber: 2, cells: [1, 'C00004', 'Lê Văn Cường', 'Công chức', '0912000111', 'cuong@hanoi.gov.vn', 'cán bộ vận hành'] },
      { rowNumber: 3, cells: [2, 'P79', 'Phạm Văn Dũng', 'Chuyên viên', '0913000222', 'dung@tphcm.gov.vn', 'cán bộ xử lý'] },
    ];
    const result = importRosterSheet(sheet, directory, { rosterUnit: 'P01' });
    expect(result.accepted.map((o) => o.unitCode)).toEqual(['C00004']);
    expect(result.rejected).toEqual([{ rowNumber: 3, field: 'unit', reason: { vi: expect.stringContaining('không thuộc P01'), en: expect.stringContaining('not part of P01') } }]);
  });
});

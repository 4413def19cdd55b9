import { DEFAULT_INSTITUTIONAL_EMAIL_POLICY, HotlineDirectory, importRoster, officerRoleNamed, type RosterRow } from './index';

const directory = HotlineDirectory.fromReferenceData();

const vietnameseRow = (unit: unknown, fullName: string, position: string, phone: unknown, email: string, role: string): RosterRow => ({
  STT: '',
  'Đơn vị': unit,
  'Họ và tên': fullName,
  'Chức vụ': position,
  'Điện thoại': phone,
  'Thư điện tử': email,
  'Vai trò': role,
});

describe('importRoster (H3)', () => {
  // Spreadsheet rows: the header is row 1, so rows[0] is row 2.
  const rows: RosterRow[] = [
    /* 2 */ vietnameseRow('C00004', 'Nguyễn Văn An', 'Công chức Địa chính – Xây dựng – Môi trường', '0912 345 678', 'an.nv@hanoi.gov.vn', 'cán bộ vận hành'),
    /* 3 */ vietnameseRow('C00004', 'Trần Thị Bình', 'Chuyên viên', '024 3825', 'binh.tran@gmail.com', 'cán bộ xử lý'),
    /* 4 */ vietnameseRow('c00004', 'Lê Văn Cường', 'Phó Chủ tịch UBND phường', 912000111, 'cuong.lv@hanoi.gov.vn', 'lanh dao don vi'),
    /* 5 */ vietnameseRow('', '', '', '', '', ''),
    /* 6 */ vietnameseRow('C00004', 'Phạm Văn Dũng', 'Chuyên viên', '0913 000 111', 'AN.NV@hanoi.gov.vn', 'can bo xu ly'),
    /* 7 */ vietnameseRow('C00004', 'Hoàng Thị Em', 'Chuyên viên', '0913 000 222', 'em.ht@hanoi.gov.vn', 'trưởng phòng'),
    /* 8 */ vietnameseRow('C00004', 'Vũ Văn Phúc', 'Chuyên viên', '0913 000 333', 'phuc.vv@hanoi.gov.vn', 'quan tri tinh'),
    /* 9 */ vietnameseRow('P99', 'Đỗ Thị Giang', 'Chuyên viên', '0913 000 444', 'giang.dt@hanoi.gov.vn', 'kiểm toán'),
    /* 10 */ vietnameseRow('01', '   ', 'Chánh Văn phòng', '(024) 3826 0000', 'vanphong@hanoi.gov.vn', 'QUẢN TRỊ TỈNH'),
    /* 11 */ vietnameseRow('01', 'Bùi Văn Hải', 'Giám đốc Sở Nông nghiệp và Môi trường', '+84 24 3826 1111', 'hai.bv@hanoi.gov.vn', 'quan tri tinh'),
  ];
  const result = importRoster(rows, directory);

  it('accepts the good rows, whatever their neighbours hold, with unaccented roles and numeric phone cells', () => {
    expect(result.accepted).toEqual([
      {
        unitCode: 'C00004',
        fullName: 'Nguyễn Văn An',
        position: 'Công chức Địa chính – Xây dựng – Môi trường',
        phone: '+84912345678',
        email: 'an.nv@hanoi.gov.vn',
        role: 'operator',
      },
      { unitCode: 'C00004', fullName: 'Lê Văn Cường', position: 'Phó Chủ tịch UBND phường', phone: '+84912000111', email: 'cuong.lv@hanoi.gov.vn', role: 'unit_head' },
      {
        unitCode: 'P01',
        fullName: 'Bùi Văn Hải',
        position: 'Giám đốc Sở Nông nghiệp và Môi trường',
        phone: '+842438261111',
        email: 'hai.bv@hanoi.gov.vn',
        role: 'provincial_admin',
      },
    ]);
  });

  it('rejects each bad field with its spreadsheet row number, skipping blank rows', () => {
    expect(result.rejected.map((r) => [r.rowNumber, r.field])).toEqual([
      [3, 'phone'],
      [3, 'email'],
      [6, 'email'],
      [7, 'role'],
      [8, 'role'],
      [9, 'unit'],
      [10, 'fullName'],
    ]);
  });

  it('gives each reason in Vietnamese and English', () => {
    const reason = (rowNumber: number, field: string) => result.rejected.find((r) => r.rowNumber === rowNumber && r.field === field)!.reason;
    expect(reason(3, 'email').vi).toContain('Không dùng hộp thư cá nhân');
    expect(reason(6, 'email')).toEqual({
      vi: 'Thư điện tử trùng với dòng 2; mỗi cán bộ một địa chỉ riêng.',
      en: 'The e-mail address repeats row 2; each officer needs their own address.',
    });
    expect(reason(7, 'role').vi).toContain('Vai trò “trưởng phòng” không hợp lệ');
    expect(reason(8, 'role')).toEqual({
      vi: 'Vai trò “quản trị tỉnh” chỉ dành cho đơn vị cấp tỉnh; C00004 là đơn vị cấp xã.',
      en: 'The role “provincial administrator” is only for a province level unit; C00004 is a commune level unit.',
    });
    expect(reason(9, 'unit').en).toContain('No unit has the code “P99”');
    expect(reason(10, 'fullName')).toEqual({ vi: 'Chưa nhập “Họ và tên”.', en: '“Full name” is missing.' });
  });

  it('reads English headers and roles', () => {
    const english = importRoster(
      [{ Unit: 'BTNMT', 'Full name': 'Ngô Thị Lan', Position: 'Specialist', Phone: '024 3773 4246', 'E-mail': 'lan.nt@monre.gov.vn', Role: 'Ministry admin' }],
      directory,
    );
    expect(english).toEqual({
      accepted: [{ unitCode: 'BTNMT', fullName: 'Ngô Thị Lan', position: 'Specialist', phone: '+842437734246', email: 'lan.nt@monre.gov.vn', role: 'ministry_admin' }],
      rejected: [],
    });
  });

  it('refuses a duplicate only against an accepted row, so a bad first row does not sink a good second one', () => {
    const twice = importRoster(
      [
        vietnameseRow('C00004', 'Nguyễn Văn An', 'Chuyên viên', 'không có', 'an.nv@hanoi.gov.vn', 'handler'),
        vietnameseRow('C00004', 'Nguyễn Văn An', 'Chuyên viên', '0912 345 678', 'an.nv@hanoi.gov.vn', 'handler'),
      ],
      directory,
    );
    expect(twice.accepted.map((o) => o.email)).toEqual(['an.nv@hanoi.gov.vn']);
    expect(twice.rejected.map((r) => [r.rowNumber, r.field])).toEqual([[2, 'phone']]);
  });

  it('reports a missing column on the header row and imports nothing', () => {
    const noEmail = importRoster([{ 'Đơn vị': 'P01', 'Họ tên': 'Bùi Văn Hải', 'Chức vụ': 'Giám đốc', 'Số điện thoại': '0912345678', 'Vai trò': 'handler' }], directory);
    expect(noEmail).toEqual({
      accepted: [],
      rejected: [{ rowNumber: 1, field: 'email', reason: { vi: 'Tệp thiếu cột “Thư điện tử”; không dòng nào được nhập.', en: 'The file has no “E-mail” column; no row was imported.' } }],
    });
  });

  it('applies the e-mail policy it is given', () => {
    const strict = { emailPolicy: { ...DEFAULT_INSTITUTIONAL_EMAIL_POLICY, requireGovernmentDomain: true } };
    const row = vietnameseRow('P01', 'Bùi Văn Hải', 'Chuyên viên', '0912345678', 'hai@vea.org.vn', 'handler');
    expect(importRoster([row], directory).accepted).toHaveLength(1);
    expect(importRoster([row], directory, strict).rejected.map((r) => r.field)).toEqual(['email']);
  });
});

describe('officerRoleNamed', () => {
  it.each([
    ['cán bộ vận hành', 'operator'],
    ['Can bo van hanh', 'operator'],
    ['cán bộ xử lý', 'handler'],
    ['lãnh đạo đơn vị', 'unit_head'],
    ['unit_head', 'unit_head'],
    ['Unit head', 'unit_head'],
    ['quản trị tỉnh', 'provincial_admin'],
    ['quản trị Bộ', 'ministry_admin'],
    ['quan tri bo', 'ministry_admin'],
    ['Kiểm toán', 'auditor'],
    ['tich hop', 'integrator'],
    ['INTEGRATOR', 'integrator'],
  ])('reads %j as %s', (name, role) => {
    expect(officerRoleNamed(name)).toBe(role);
  });

  it('knows no other roles', () => {
    expect(officerRoleNamed('giám đốc')).toBeNull();
    expect(officerRoleNamed('')).toBeNull();
  });
});

import { CENTRAL_UNIT, Jurisdiction, nationalJurisdiction, OrganisationError, parseUnitCode, type OrganisationUnit } from './index';

const jurisdiction = nationalJurisdiction();

describe('Jurisdiction (H1, DESIGN §3) over the current administrative units', () => {
  it('holds the central unit, the 34 provinces and the 3,321 communes', () => {
    expect(jurisdiction.unitsAt('central').map((u) => u.code)).toEqual(['BTNMT']);
    expect(jurisdiction.unitsAt('province')).toHaveLength(34);
    expect(jurisdiction.unitsAt('commune')).toHaveLength(3321);
    expect(jurisdiction.unit('P01')?.name.vi).toBe('Thành phố Hà Nội');
    expect(jurisdiction.unit('C00004')?.name.vi).toBe('Phường Ba Đình, Thành phố Hà Nội');
  });

  it('lets Hà Nội (01) cover Phường Ba Đình (00004) but not Phường Sài Gòn (26740) of Hồ Chí Minh City', () => {
    expect(jurisdiction.covers('P01', 'C00004')).toBe(true);
    expect(jurisdiction.covers('P01', 'C26740')).toBe(false);
    expect(jurisdiction.covers('P79', 'C26740')).toBe(true);
  });

  it('lets a unit cover itself and everything below, never its parent or a sibling', () => {
    expect(jurisdiction.covers('BTNMT', 'C26740')).toBe(true);
    expect(jurisdiction.covers('BTNMT', 'P79')).toBe(true);
    expect(jurisdiction.covers('C00004', 'C00004')).toBe(true);
    expect(jurisdiction.covers('C00004', 'P01')).toBe(false);
    expect(jurisdiction.covers('C00004', 'C00008')).toBe(false);
    expect(jurisdiction.covers('P79', 'P01')).toBe(false);
  });

  it('lets unknown units cover nothing and be covered by nothing', () => {
    expect(jurisdiction.covers('P99', 'C00004')).toBe(false);
    expect(jurisdiction.covers('BTNMT', 'C99999')).toBe(false);
  });

  it('walks up commune → province → central', () => {
    expect(jurisdiction.parentOf('C00004')?.code).toBe('P01');
    expect(jurisdiction.parentOf('P01')?.code).toBe('BTNMT');
    expect(jurisdiction.parentOf('BTNMT')).toBeNull();
    expect(jurisdiction.provinceOf('C26740')?.code).toBe('P79');
    expect(jurisdiction.provinceOf('P79')?.code).toBe('P79');
    expect(jurisdiction.provinceOf('BTNMT')).toBeNull();
  });

  it('is built once per process', () => {
    expect(nationalJurisdiction()).toBe(jurisdiction);
  });
});

describe('places and the units answering for them (the intake desk, the deadline lists)', () => {
  it('answers for a place by its commune, else its province, else the central unit', () => {
    expect(jurisdiction.unitOfPlace({ provinceCode: '01', communeCode: '00004' })).toBe('C00004');
    expect(jurisdiction.unitOfPlace({ provinceCode: '01', communeCode: null })).toBe('P01');
    expect(jurisdiction.unitOfPlace({ provinceCode: null, communeCode: null })).toBe('BTNMT');
    // A code the reference data does not hold falls back to the level above.
    expect(jurisdiction.unitOfPlace({ provinceCode: '01', communeCode: '99999' })).toBe('P01');
  });

  it('lets the ministry cover every place, a province its own, a commune only itself', () => {
    const baDinh = { provinceCode: '01', communeCode: '00004' };
    const hanoiUnplaced = { provinceCode: '01', communeCode: null };
    const nowhere = { provinceCode: null, communeCode: null };
    expect([baDinh, hanoiUnplaced, nowhere].map((p) => jurisdiction.coversPlace('BTNMT', p))).toEqual([true, true, true]);
    expect([baDinh, hanoiUnplaced, nowhere].map((p) => jurisdiction.coversPlace('P01', p))).toEqual([true, true, false]);
    expect([baDinh, hanoiUnplaced, nowhere].map((p) => jurisdiction.coversPlace('C00004', p))).toEqual([true, false, false]);
    expect([baDinh, hanoiUnplaced, nowhere].map((p) => jurisdiction.coversPlace('P48', p))).toEqual([false, false, false]);
    expect(jurisdiction.coversPlace('C00070', baDinh)).toBe(false);
  });

  it('lists the units an officer sees: itself and every unit below', () => {
    expect(jurisdiction.unitsCoveredBy('C00004')).toEqual(['C00004']);
    const hanoi = jurisdiction.unitsCoveredBy('P01');
    expect(hanoi[0]).toBe('P01');
    expect(hanoi).toContain('C00070');
    expect(hanoi).not.toContain('C26740');
    expect(jurisdiction.unitsCoveredBy('BTNMT')).toHaveLength(1 + 34 + 3321);
    expect(jurisdiction.unitsCoveredBy('P99')).toEqual([]);
  });
});

describe('unit codes', () => {
  it('reads codes as typed in a spreadsheet', () => {
    expect(parseUnitCode(' p01 ')).toBe('P01');
    expect(parseUnitCode('01')).toBe('P01');
    expect(parseUnitCode('00004')).toBe('C00004');
    expect(parseUnitCode('btnmt')).toBe('BTNMT');
    expect(parseUnitCode('1')).toBeNull();
    expect(parseUnitCode('D001')).toBeNull();
  });
});

describe('Jurisdiction built for a test', () => {
  const province: OrganisationUnit = { code: 'P01', level: 'province', name: { vi: 'Hà Nội', en: 'Ha Noi' }, parentCode: 'BTNMT', administrativeCode: '01' };
  const commune: OrganisationUnit = { code: 'C00004', level: 'commune', name: { vi: 'Ba Đình', en: 'Ba Dinh' }, parentCode: 'P01', administrativeCode: '00004' };

  it('accepts a small consistent hierarchy', () => {
    expect(new Jurisdiction([CENTRAL_UNIT, province, commune]).covers('P01', 'C00004')).toBe(true);
  });

  it.each([
    ['a duplicate code', [CENTRAL_UNIT, province, province], 'duplicate_unit'],
    ['a missing parent', [CENTRAL_UNIT, commune], 'unknown_parent'],
    ['a commune directly under the centre', [CENTRAL_UNIT, { ...commune, parentCode: 'BTNMT' }], 'misplaced_level'],
    ['no central unit', [province], 'central_unit_count'],
  ] as const)('refuses %s', (_, units, code) => {
    expect(() => new Jurisdiction(units as readonly OrganisationUnit[])).toThrow(expect.objectContaining({ code }) as unknown as Error);
    expect(() => new Jurisdiction(units as readonly OrganisationUnit[])).toThrow(OrganisationError);
  });
});

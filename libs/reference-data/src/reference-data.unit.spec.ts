import { currentCommunes, currentProvinces, legacyCommunes, legacyToCurrentCommunes, parseCsv, vietnamHolidays2024To2027 } from './index';

describe('reference data', () => {
  it('parses quoted CSV fields with commas, quotes and newlines', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\n')).toEqual([{ a: 'x, y', b: 'say "hi"\nthere' }]);
  });

  it('holds the 34 provinces and 3,321 communes of the current structure, codes as text', () => {
    expect(currentProvinces()).toHaveLength(34);
    expect(currentCommunes()).toHaveLength(3321);
    expect(currentProvinces()[0]).toMatchObject({ province_code: '01', name: 'Hà Nội' });
  });

  it('keeps the legacy communes and their mapping to the new ones', () => {
    expect(legacyCommunes()).toHaveLength(10035);
    expect(legacyToCurrentCommunes().length).toBeGreaterThan(10035);
  });

  it('has the Tết 2026 break (14–22 Feb 2026) as days off', () => {
    const tet2026 = vietnamHolidays2024To2027().filter((h) => h.date >= '2026-02-14' && h.date <= '2026-02-22' && h.isWorkingDay === 'no');
    expect(tet2026.map((h) => h.date)).toEqual(expect.arrayContaining(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']));
  });
});

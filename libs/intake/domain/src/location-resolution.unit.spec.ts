import { currentCommunes, legacyCommunes, legacyToCurrentCommunes } from '@hotline/reference-data';
import { AdministrativeGazetteer } from './administrative-gazetteer';
import { maximumAddressLength, resolveAddress, resolveCommuneCode, type LocationResolution } from './location-resolution';

const gazetteer = AdministrativeGazetteer.fromReferenceData();
const resolve = (text: string) => resolveAddress(gazetteer, text);

// Every expected code and name below was looked up by hand in libs/reference-data/src/vn/*.csv
// (admin_new_current_*, admin_old_*, mapping_old_to_new_*, admin_new_alt_spellings), never taken
// from the code under test.
const haNoi = { code: '01', name: 'Thành phố Hà Nội' };
const hoChiMinh = { code: '79', name: 'Thành phố Hồ Chí Minh' };

const communeOf = (r: LocationResolution) => (r.kind === 'resolved' ? r.commune : undefined);

describe('resolveAddress', () => {
  describe('current names (since 2025-07-01)', () => {
    it('resolves an exact name with diacritics', () => {
      expect(resolve('Phường Ba Đình, Thành phố Hà Nội')).toEqual({
        kind: 'resolved',
        province: haNoi,
        commune: { code: '00004', name: 'Phường Ba Đình' },
        via: 'current',
      });
      expect(resolve('Đặc khu Côn Đảo, TP. Hồ Chí Minh')).toEqual({
        kind: 'resolved',
        province: hoChiMinh,
        commune: { code: '26732', name: 'Đặc khu Côn Đảo' },
        via: 'current',
      });
    });

    it('resolves the same names without diacritics, in any case', () => {
      expect(communeOf(resolve('phuong ba dinh, thanh pho ha noi'))).toEqual({ code: '00004', name: 'Phường Ba Đình' });
      expect(communeOf(resolve('PHUONG SAI GON, TP HCM'))).toEqual({ code: '26740', name: 'Phường Sài Gòn' });
    });

    it('reads a name that contains a dash', () => {
      expect(communeOf(resolve('Phường Văn Miếu - Quốc Tử Giám, Hà Nội'))).toEqual({ code: '00226', name: 'Phường Văn Miếu - Quốc Tử Giám' });
    });

    it('ignores house numbers, lanes and streets on the left', () => {
      expect(communeOf(resolve('Số 5 ngõ 12 phố Hàng Bạc, Phường Hoàn Kiếm, Hà Nội'))).toEqual({ code: '00070', name: 'Phường Hoàn Kiếm' });
    });

    it('does not take a street for a commune: only the province is known', () => {
      expect(resolve('123 Lê Lợi, Hà Nội')).toEqual({ kind: 'resolved', province: haNoi, commune: null, via: 'current' });
    });

    it('skips a trailing country name, postcode, note or "(cũ)"', () => {
      expect(communeOf(resolve('Phường Ba Đình, Hà Nội, Việt Nam 100000'))).toEqual({ code: '00004', name: 'Phường Ba Đình' });
      expect(communeOf(resolve('Phường Ba Đình, Hà Nội (gần hồ Trúc Bạch)'))).toEqual({ code: '00004', name: 'Phường Ba Đình' });
    });

    it('reads comma-less addresses through their type words', () => {
      expect(communeOf(resolve('Xã Ứng Hòa Thành phố Hà Nội'))).toEqual({ code: '10402', name: 'Xã Ứng Hòa' });
    });
  });

  describe('tone-mark styles (admin_new_alt_spellings.csv)', () => {
    it.each([
      ['Xã Ứng Hòa, Hà Nội', '10402', 'Xã Ứng Hòa'],
      ['Xã Ứng Hoà, Hà Nội', '10402', 'Xã Ứng Hòa'],
      ['Phường Thủy Nguyên, Hải Phòng', '11560', 'Phường Thủy Nguyên'],
      ['Phường Thuỷ Nguyên, Hải Phòng', '11560', 'Phường Thủy Nguyên'],
      ['Phường Hoà Cường, Đà Nẵng', '20257', 'Phường Hòa Cường'],
    ])('%s → %s', (text, code, name) => {
      expect(communeOf(resolve(text))).toEqual({ code, name });
    });

    it('reads Thanh Hoá and Thanh Hóa as the same province', () => {
      for (const text of ['Thanh Hoá', 'Thanh Hóa', 'tinh thanh hoa']) {
        expect(resolve(text)).toEqual({ kind: 'resolved', province: { code: '38', name: 'Tỉnh Thanh Hóa' }, commune: null, via: 'current' });
      }
    });

    it('reads legacy names stored in the other style (Xã Pa Khoá) in both styles', () => {
      // 03527 Xã Pa Khoá, Huyện Sìn Hồ, Tỉnh Lai Châu → 03532 Xã Pu Sam Cáp (full, 1).
      for (const text of ['Xã Pa Khoá, Huyện Sìn Hồ, Lai Châu', 'Xã Pa Khóa, Huyện Sìn Hồ, Lai Châu']) {
        expect(communeOf(resolve(text))).toEqual({ code: '03532', name: 'Xã Pu Sam Cáp' });
      }
    });

    it('reads decomposed (NFD) input', () => {
      expect(communeOf(resolve('Xã Ứng Hòa, Hà Nội'.normalize('NFD')))).toEqual({ code: '10402', name: 'Xã Ứng Hòa' });
    });
  });

  describe('numbered wards', () => {
    // 27160 Phường 1, 770 Quận 3, 79 → 27154 Phường Bàn Cờ (full, 1).
    it.each(['Phường 1, Quận 3, TP.HCM', 'P.1, Q.3, TP HCM', 'phuong 01, quan 03, ho chi minh', 'P1 Q3 TPHCM', 'Phường 01 - Quận 3 - Thành phố Hồ Chí Minh'])(
      '%s → legacy 27160 Phường 1 → Phường Bàn Cờ',
      (text) => {
        expect(resolve(text)).toEqual({
          kind: 'resolved',
          province: hoChiMinh,
          commune: { code: '27154', name: 'Phường Bàn Cờ' },
          via: 'legacy',
          legacy: { province: hoChiMinh, district: { code: '770', name: 'Quận 3' }, commune: { code: '27160', name: 'Phường 1' } },
        });
      },
    );

    it('reads current numbered names and 01 == 1', () => {
      for (const text of ['Phường Hà Giang 1, Tuyên Quang', 'phuong ha giang 01, tuyen quang']) {
        expect(communeOf(resolve(text))).toEqual({ code: '00694', name: 'Phường Hà Giang 1' });
      }
      expect(communeOf(resolve('Phường 2 Bảo Lộc, Lâm Đồng'))).toEqual({ code: '24820', name: 'Phường 2 Bảo Lộc' });
      // 24820 Phường 2, 673 Thành phố Bảo Lộc → 24820 Phường 2 Bảo Lộc (full, 1).
      expect(communeOf(resolve('Phường 2, TP. Bảo Lộc, Lâm Đồng'))).toEqual({ code: '24820', name: 'Phường 2 Bảo Lộc' });
    });

    it('never reads a bare number as a ward', () => {
      expect(resolve('1, Hà Nội')).toEqual({ kind: 'resolved', province: haNoi, commune: null, via: 'current' });
    });
  });

  describe('legacy names (before 2025-07-01)', () => {
    it('maps a legacy commune that went whole into one new commune', () => {
      // mapping_old_to_new_communes.csv: 00004 Phường Trúc Bạch, 001 Quận Ba Đình → 00004 Phường Ba Đình, full, 1.
      const expected = {
        kind: 'resolved',
        province: haNoi,
        commune: { code: '00004', name: 'Phường Ba Đình' },
        via: 'legacy',
        legacy: { province: haNoi, district: { code: '001', name: 'Quận Ba Đình' }, commune: { code: '00004', name: 'Phường Trúc Bạch' } },
      };
      expect(resolve('Phường Trúc Bạch, Quận Ba Đình, Hà Nội')).toEqual(expected);
      expect(resolve('phuong truc bach, quan ba dinh, ha noi')).toEqual(expected);
      expect(resolve('P. Trúc Bạch, Q. Ba Đình, HN')).toEqual(expected);
      expect(resolve('Phường Trúc Bạch')).toEqual(expected);
    });

    it('offers the new communes of a split legacy commune and never guesses', () => {
      // 09820 Xã Tân Lập, 273 Huyện Đan Phượng: n_new_units_for_old = 2 → 09817 Xã Ô Diên, 09832 Xã Hoài Đức.
      for (const text of ['xa tan lap, huyen dan phuong, ha noi', 'Xã Tân Lập, Huyện Đan Phượng, TP. Hà Nội', 'Xã Tân Lập (cũ), H. Đan Phượng, Hà Nội']) {
        const result = resolve(text);
        expect(result).toMatchObject({
          kind: 'ambiguous',
          cause: 'legacy_commune_split',
          candidates: [
            { province: haNoi, commune: { code: '09817', name: 'Xã Ô Diên' } },
            { province: haNoi, commune: { code: '09832', name: 'Xã Hoài Đức' } },
          ],
        });
        expect(result.kind === 'ambiguous' && result.reason.vi).toContain('Xã Tân Lập (Huyện Đan Phượng, Thành phố Hà Nội)');
        expect(result.kind === 'ambiguous' && result.reason.en).toContain('choose one of: Xã Ô Diên (Thành phố Hà Nội); Xã Hoài Đức (Thành phố Hà Nội)');
      }
    });

    it('offers all four parts of Phường Điện Biên (Quận Ba Đình)', () => {
      // 00019 Phường Điện Biên: n_new_units_for_old = 4.
      const result = resolve('Phường Điện Biên, Quận Ba Đình, Hà Nội');
      expect(result.kind === 'ambiguous' && result.candidates.map((c) => c.commune?.code)).toEqual(['00004', '00070', '00190', '00226']);
    });

    it('maps a legacy province name through the province mapping', () => {
      // mapping_old_to_new_provinces.csv: 02 Tỉnh Hà Giang → 08 Tỉnh Tuyên Quang.
      expect(resolve('Tỉnh Hà Giang')).toEqual({
        kind: 'resolved',
        province: { code: '08', name: 'Tỉnh Tuyên Quang' },
        commune: null,
        via: 'legacy',
        legacy: { province: { code: '02', name: 'Tỉnh Hà Giang' } },
      });
      // 17 Tỉnh Hoà Bình (stored in the other tone style) → 25 Tỉnh Phú Thọ; 77 Bà Rịa - Vũng Tàu → 79.
      expect(resolve('tỉnh Hòa Bình')).toMatchObject({ province: { code: '25', name: 'Tỉnh Phú Thọ' }, via: 'legacy' });
      expect(resolve('Bà Rịa - Vũng Tàu')).toMatchObject({ province: hoChiMinh, legacy: { province: { code: '77', name: 'Tỉnh Bà Rịa - Vũng Tàu' } } });
    });

    it('finds a current commune under a legacy province name', () => {
      expect(resolve('Phường Hà Giang 1, Hà Giang')).toEqual({
        kind: 'resolved',
        province: { code: '08', name: 'Tỉnh Tuyên Quang' },
        commune: { code: '00694', name: 'Phường Hà Giang 1' },
        via: 'legacy',
        legacy: { province: { code: '02', name: 'Tỉnh Hà Giang' } },
      });
    });

    it('gives the province when only a legacy district is known, and the commune when the district became one', () => {
      expect(resolve('Quận 1, TP HCM')).toEqual({
        kind: 'resolved',
        province: hoChiMinh,
        commune: null,
        via: 'legacy',
        legacy: { province: hoChiMinh, district: { code: '760', name: 'Quận 1' } },
      });
      // Island district 755 Huyện Côn Đảo → 26732 Đặc khu Côn Đảo.
      expect(resolve('Huyện Côn Đảo, Bà Rịa - Vũng Tàu')).toEqual({
        kind: 'resolved',
        province: hoChiMinh,
        commune: { code: '26732', name: 'Đặc khu Côn Đảo' },
        via: 'legacy',
        legacy: { province: { code: '77', name: 'Tỉnh Bà Rịa - Vũng Tàu' }, district: { code: '755', name: 'Huyện Côn Đảo' } },
      });
    });

    it('reads "TP. Biên Hoà" as the legacy city, not the current Phường Biên Hòa', () => {
      // There is no Phường Hòa Bình in 731 Thành phố Biên Hòa nor in current Đồng Nai, so the commune stays open.
      expect(resolve('Số 5 ngõ 12, phường Hoà Bình, TP. Biên Hoà, Đồng Nai')).toEqual({
        kind: 'resolved',
        province: { code: '75', name: 'Thành phố Đồng Nai' },
        commune: null,
        via: 'legacy',
        legacy: { province: { code: '75', name: 'Tỉnh Đồng Nai' }, district: { code: '731', name: 'Thành phố Biên Hòa' } },
      });
      expect(communeOf(resolve('Biên Hòa, Đồng Nai'))).toEqual({ code: '26068', name: 'Phường Biên Hòa' });
    });

    it('reads "Quận Ba Đình" as the legacy district and bare "Ba Đình" as the current ward', () => {
      expect(resolve('Quận Ba Đình, Hà Nội')).toMatchObject({ commune: null, legacy: { district: { code: '001', name: 'Quận Ba Đình' } } });
      expect(communeOf(resolve('Ba Đình, Hà Nội'))).toEqual({ code: '00004', name: 'Phường Ba Đình' });
    });
  });

  describe('names shared by several places', () => {
    it('lists every ward of the name when no province is given', () => {
      expect(resolve('Phường Hoà Bình')).toMatchObject({
        kind: 'ambiguous',
        cause: 'same_name_in_several_places',
        candidates: [
          { province: { code: '25', name: 'Tỉnh Phú Thọ' }, commune: { code: '04795', name: 'Phường Hòa Bình' } },
          { province: { code: '31', name: 'Thành phố Hải Phòng' }, commune: { code: '11533', name: 'Phường Hòa Bình' } },
          { province: hoChiMinh, commune: { code: '27211', name: 'Phường Hòa Bình' } },
        ],
      });
    });

    it('uses the type word to keep xã apart from phường of the same name', () => {
      const result = resolve('xa tan lap');
      expect(result.kind === 'ambiguous' && result.candidates.map((c) => c.commune?.code)).toEqual(['19462', '23134', '25489']);
    });

    it('settles the name once the province is given', () => {
      expect(communeOf(resolve('Phường Hoà Bình, TP Hải Phòng'))).toEqual({ code: '11533', name: 'Phường Hòa Bình' });
    });

    it('lists provinces when a legacy district name recurs', () => {
      const result = resolve('Huyện Châu Thành');
      expect(result.kind === 'ambiguous' && result.candidates).toEqual([
        { province: { code: '80', name: 'Tỉnh Tây Ninh' }, commune: null },
        { province: { code: '82', name: 'Tỉnh Đồng Tháp' }, commune: null },
        { province: { code: '86', name: 'Tỉnh Vĩnh Long' }, commune: null },
        { province: { code: '91', name: 'Tỉnh An Giang' }, commune: null },
        { province: { code: '92', name: 'Thành phố Cần Thơ' }, commune: null },
      ]);
    });

    it('keeps names that differ only by diacritics apart when the writer used diacritics', () => {
      // Tây Ninh (80) has both 25534 Xã Tân Thành and 27826 Xã Tân Thạnh.
      expect(communeOf(resolve('Xã Tân Thạnh, Tây Ninh'))).toEqual({ code: '27826', name: 'Xã Tân Thạnh' });
      expect(communeOf(resolve('Xã Tân Thành, Tây Ninh'))).toEqual({ code: '25534', name: 'Xã Tân Thành' });
      const result = resolve('xa tan thanh, tay ninh');
      expect(result.kind === 'ambiguous' && result.candidates.map((c) => c.commune?.code)).toEqual(['25534', '27826']);
    });
  });

  describe('garbage and hostile input', () => {
    it.each([
      ['empty', ''],
      ['blank', ' \n\t '],
      ['punctuation only', ',,, - ;;'],
      ['a script tag', '<script>alert(1)</script>'],
      ['an HTML handler', '<img src=x onerror="fetch(`//evil`)">'],
      ['an SQL fragment', "'; DROP TABLE communes; --"],
      ['an SQL tautology', '1 OR 1=1 UNION SELECT * FROM users'],
      ['10,000 characters', 'a'.repeat(10_000)],
      ['10,000 characters of real names', 'Phường Ba Đình, Hà Nội, '.repeat(420)],
      ['lone surrogates', '\uD800\uDBFF\uDC00\uDFFF'],
      ['control characters', '\u0000\u0001\u001b[31m\u007f'],
      ['combining marks only', '\u0301'.repeat(500)],
      ['a letter under 500 marks', `a${'\u0301'.repeat(500)}`],
      ['emoji', '🏭💨🌊'],
      ['right-to-left override', '\u202Eiộn àH'],
      ['a path', '../../etc/passwd'],
    ])('%s → not_found without throwing', (_, text) => {
      const result = resolve(text);
      expect(result.kind).toBe('not_found');
      expect(JSON.stringify(result)).not.toMatch(/script|DROP|passwd/);
    });

    it('refuses text longer than the limit', () => {
      expect(resolve(`${'x'.repeat(maximumAddressLength)}, Hà Nội`)).toMatchObject({ kind: 'not_found', reason: { en: 'The address is longer than 1000 characters and was not read.' } });
      expect(resolve(`${'x'.repeat(maximumAddressLength - 20)}, Hà Nội`)).toMatchObject({ kind: 'resolved', province: haNoi });
    });

    it('reads an address despite a stray lone surrogate', () => {
      expect(communeOf(resolve('Phường Ba Đình\uD800, Hà Nội'))).toEqual({ code: '00004', name: 'Phường Ba Đình' });
    });

    it('returns not_found for a non-string from an untyped caller', () => {
      expect(resolveAddress(gazetteer, undefined as unknown as string).kind).toBe('not_found');
      expect(resolveCommuneCode(gazetteer, null as unknown as string).kind).toBe('not_found');
    });
  });
});

describe('resolveAddress over the whole reference data', () => {
  // The expected codes come straight from the CSV rows, not from the code under test.
  const communeCodes = (r: LocationResolution) =>
    r.kind === 'resolved' ? [r.commune?.code] : r.kind === 'ambiguous' ? r.candidates.map((c) => c.commune?.code) : [];

  it('finds every current commune by its full name and province', () => {
    const misses = currentCommunes()
      .map((c) => ({ text: `${c.full_name}, ${c.province_full_name}`, want: c.commune_code }))
      .filter(({ text, want }) => communeOf(resolve(text))?.code !== want);
    expect(misses).toEqual([]);
  });

  it('maps every legacy commune, written with its district and province, to exactly its rows of the mapping', () => {
    const successors = new Map<string, Set<string>>();
    for (const row of legacyToCurrentCommunes()) successors.set(row.old_code, (successors.get(row.old_code) ?? new Set()).add(row.new_commune_code));
    const misses = legacyCommunes()
      .map((c) => ({ text: `${c.full_name}, ${c.district_full_name}, ${c.province_full_name}`, want: [...(successors.get(c.commune_code) ?? [])].sort() }))
      .filter(({ text, want }) => communeCodes(resolve(text)).sort().join() !== want.join());
    expect(misses).toEqual([]);
  });
});

describe('resolveCommuneCode', () => {
  it('resolves a current code', () => {
    expect(resolveCommuneCode(gazetteer, '00004')).toEqual({
      kind: 'resolved',
      province: haNoi,
      commune: { code: '00004', name: 'Phường Ba Đình' },
      via: 'current',
    });
  });

  it('maps a legacy code that is not a current one', () => {
    expect(resolveCommuneCode(gazetteer, ' 27160 ')).toMatchObject({ commune: { code: '27154', name: 'Phường Bàn Cờ' }, via: 'legacy' });
  });

  it('reads a code as legacy when told to, since new communes often kept an old code', () => {
    expect(resolveCommuneCode(gazetteer, '00004', 'legacy')).toMatchObject({
      commune: { code: '00004', name: 'Phường Ba Đình' },
      legacy: { commune: { code: '00004', name: 'Phường Trúc Bạch' } },
    });
    expect(resolveCommuneCode(gazetteer, '27160', 'current').kind).toBe('not_found');
  });

  it('lists the parts of a split legacy commune', () => {
    expect(resolveCommuneCode(gazetteer, '09820')).toMatchObject({
      kind: 'ambiguous',
      cause: 'legacy_commune_split',
      candidates: [{ commune: { code: '09817' } }, { commune: { code: '09832' } }],
    });
  });

  it('maps island districts and legacy codes missing from the official legacy list', () => {
    expect(resolveCommuneCode(gazetteer, '755')).toMatchObject({ commune: { code: '26732', name: 'Đặc khu Côn Đảo' } });
    // 07693 Xã Tân An (Bắc Giang; no district in the mapping) → 07682 Phường Tân An.
    expect(resolveCommuneCode(gazetteer, '07693')).toEqual({
      kind: 'resolved',
      province: { code: '24', name: 'Thành phố Bắc Ninh' },
      commune: { code: '07682', name: 'Phường Tân An' },
      via: 'legacy',
      legacy: { province: { code: '24', name: 'Tỉnh Bắc Giang' }, commune: { code: '07693', name: 'Xã Tân An' } },
    });
  });

  it.each(['', '4', '0000a', '<script>', '000040', '99999'])('%j → not_found', (code) => {
    expect(resolveCommuneCode(gazetteer, code).kind).toBe('not_found');
  });
});

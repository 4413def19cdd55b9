import * as referenceData from '@hotline/reference-data';
import { AdministrativeGazetteer } from './administrative-gazetteer';
import type { AdministrativeReferenceRows } from './administrative-reference-rows';

const rows: AdministrativeReferenceRows = {
  currentProvinces: referenceData.currentProvinces(),
  currentCommunes: referenceData.currentCommunes(),
  legacyProvinces: referenceData.legacyProvinces(),
  legacyDistricts: referenceData.legacyDistricts(),
  legacyCommunes: referenceData.legacyCommunes(),
  legacyToCurrentCommunes: referenceData.legacyToCurrentCommunes(),
  legacyToCurrentProvinces: referenceData.legacyToCurrentProvinces(),
  alternativeSpellings: referenceData.alternativeSpellings(),
};
const gazetteer = AdministrativeGazetteer.fromReferenceData();

// Expected values below were looked up by hand in libs/reference-data/src/vn/*.csv.
describe('AdministrativeGazetteer', () => {
  it('holds 34 provinces and 3,321 communes of the current structure, and the whole legacy structure', () => {
    expect(gazetteer.counts).toEqual({
      currentProvinces: 34,
      currentCommunes: 3321,
      legacyProvinces: 63,
      legacyDistricts: 696,
      legacyCommunes: 10035,
      communeSuccessions: 10584,
    });
  });

  it('builds its indexes from parsed rows in well under a second', () => {
    const started = performance.now();
    new AdministrativeGazetteer(rows);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('finds units by code, codes as text', () => {
    expect(gazetteer.currentCommune('00004')).toEqual({
      code: '00004',
      name: 'Ba Đình',
      fullName: 'Phường Ba Đình',
      unitType: 'Phường',
      provinceCode: '01',
    });
    expect(gazetteer.legacyCommune('00004')).toEqual({
      code: '00004',
      name: 'Trúc Bạch',
      fullName: 'Phường Trúc Bạch',
      unitType: 'Phường',
      legacyDistrictCode: '001',
      legacyProvinceCode: '01',
    });
    expect(gazetteer.legacyDistrict('273')?.fullName).toBe('Huyện Đan Phượng');
    expect(gazetteer.currentCommune('4')).toBeUndefined();
  });

  it('keeps legacy and current codes apart: legacy 24 is Bắc Giang, current 24 is Bắc Ninh', () => {
    expect(gazetteer.legacyProvince('24')?.fullName).toBe('Tỉnh Bắc Giang');
    expect(gazetteer.currentProvince('24')?.fullName).toBe('Thành phố Bắc Ninh');
    expect(gazetteer.currentProvinceOfLegacy('27')?.fullName).toBe('Thành phố Bắc Ninh');
  });

  it('maps legacy provinces to current ones and back', () => {
    expect(gazetteer.currentProvinceOfLegacy('02')).toMatchObject({ code: '08', fullName: 'Tỉnh Tuyên Quang' });
    expect(gazetteer.legacyProvincesWithin('08').map((p) => p.fullName)).toEqual(['Tỉnh Hà Giang', 'Tỉnh Tuyên Quang']);
  });

  it('keeps one succession per part of a split legacy commune', () => {
    expect(gazetteer.successionsOf('09820')).toEqual([
      expect.objectContaining({ legacyFullName: 'Xã Tân Lập', currentCommuneCode: '09817', coverage: 'partial' }),
      expect.objectContaining({ legacyFullName: 'Xã Tân Lập', currentCommuneCode: '09832', coverage: 'partial' }),
    ]);
    expect(gazetteer.successionsOf('00004')).toEqual([
      {
        legacyCode: '00004',
        legacyFullName: 'Phường Trúc Bạch',
        legacyLevel: 'commune',
        legacyDistrictCode: '001',
        legacyProvinceCode: '01',
        currentCommuneCode: '00004',
        currentProvinceCode: '01',
        coverage: 'full',
      },
    ]);
  });

  it('maps island districts that had no communes to their special zone', () => {
    expect(gazetteer.currentCommunesOfLegacyDistrict('755').map((c) => c.fullName)).toEqual(['Đặc khu Côn Đảo']);
  });

  it('indexes names by folded key, so every spelling finds the same unit', () => {
    const codes = (key: string) => gazetteer.currentCommuneNames.withKey(key).map((e) => e.unit.code);
    expect(codes('ung hoa')).toEqual(['10402']);
    expect(gazetteer.alternativeSpellingsOf('commune', '10402')).toEqual(['Ứng Hoà']);
    expect(gazetteer.alternativeSpellingsOf('province', '38')).toEqual(['Thanh Hoá']);
  });

  it('refuses reference rows with a missing column or a malformed code', () => {
    const broken = { ...rows, currentCommunes: [{ ...rows.currentCommunes[0], commune_code: '4' }] };
    expect(() => new AdministrativeGazetteer(broken)).toThrow(/current communes, row 1: column "commune_code"/);
  });
});

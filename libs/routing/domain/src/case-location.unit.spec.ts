import { nationalJurisdiction } from '@hotline/shared-organisation';
import { locateCase } from './case-location';

const jurisdiction = nationalJurisdiction();

describe('locating a case (H1)', () => {
  it('locates a case only in a commune of the given province', () => {
    expect(locateCase(jurisdiction, '01', '00004')).toMatchObject({ ok: true, location: { province: { code: 'P01' }, commune: { code: 'C00004' } } });
    expect(locateCase(jurisdiction, '79', null)).toMatchObject({ ok: true, location: { province: { code: 'P79' }, commune: null } });
    expect(locateCase(jurisdiction, '79', '00004')).toMatchObject({ ok: false, problem: 'commune_outside_province' });
    // 02 was Hà Giang before 1 July 2025; intake maps legacy codes before routing sees them.
    expect(locateCase(jurisdiction, '02', null)).toMatchObject({ ok: false, problem: 'unknown_province' });
    expect(locateCase(jurisdiction, '01', '99999')).toMatchObject({ ok: false, problem: 'unknown_commune' });
  });
});

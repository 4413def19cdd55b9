import type { RequestActor } from './request-actor';
import { ministryAdministrator, signedInOfficer } from './signed-in-officer';

const refusalOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    const { code, rule, text } = error as { code: string; rule?: string; text: { vi: string; en: string } };
    return { code, rule, text };
  }
  throw new Error('not refused');
};

const officer = (role: Extract<RequestActor, { kind: 'officer' }>['role'], unitCode: string): RequestActor => ({ kind: 'officer', id: `${role}@${unitCode}`, role, unitCode });
const PUBLISH = { vi: 'ban hành bảng thời hạn', en: 'publish the time-limit table' };

describe('signed-in officers', () => {
  it('lets an officer through as they are, the ministry administrator at the ministry included', () => {
    expect(signedInOfficer(officer('handler', 'C00070'))).toEqual(officer('handler', 'C00070'));
    expect(ministryAdministrator(officer('ministry_admin', 'BTNMT'), PUBLISH)).toEqual(officer('ministry_admin', 'BTNMT'));
  });

  it('asks the public to sign in, and tells an API client the operation is for officers', () => {
    expect(refusalOf(() => signedInOfficer({ kind: 'anonymous' }))).toMatchObject({ code: 'UNAUTHENTICATED', text: { vi: expect.stringContaining('đăng nhập') } });
    expect(refusalOf(() => signedInOfficer({ kind: 'integrator', id: 'portal', scopes: ['reports:submit'] }))).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'officers_only',
      text: { vi: expect.stringContaining('cán bộ'), en: expect.stringContaining('officers') },
    });
  });

  it('refuses a ministry administrator’s role held at a province or a commune everywhere, naming the unit', () => {
    for (const unit of ['P01', 'C00070']) {
      expect(refusalOf(() => signedInOfficer(officer('ministry_admin', unit)))).toEqual({
        code: 'FORBIDDEN',
        rule: 'ministry_unit_required',
        text: { vi: expect.stringMatching(new RegExp(`BTNMT.*${unit}`)), en: expect.stringMatching(new RegExp(`BTNMT.*${unit}`)) },
      });
      expect(refusalOf(() => ministryAdministrator(officer('ministry_admin', unit), PUBLISH))).toMatchObject({ code: 'FORBIDDEN', rule: 'ministry_unit_required' });
    }
  });

  it('keeps national administration to the ministry administrator’s role, saying what was asked', () => {
    expect(refusalOf(() => ministryAdministrator(officer('provincial_admin', 'P01'), PUBLISH))).toEqual({
      code: 'FORBIDDEN',
      rule: 'ministry_admin_only',
      text: { vi: 'Chỉ quản trị viên cấp Bộ được ban hành bảng thời hạn.', en: 'Only a ministry administrator may publish the time-limit table.' },
    });
  });
});

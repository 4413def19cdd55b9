import { MINISTRY_UNIT_CODE, type RequestActor } from '@hotline/platform-graphql';
import { CENTRAL_UNIT_CODE } from '@hotline/shared-organisation';
import { requireAccountAdministrator, requireRole } from './account-administration';

const officer = (role: Extract<RequestActor, { kind: 'officer' }>['role'], unitCode: string): RequestActor => ({ kind: 'officer', id: `${role}@${unitCode}`, role, unitCode });
const REGISTER = { vi: 'cấp ứng dụng tích hợp', en: 'register API clients' };

const refusalOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('not refused');
};

describe('who administers identities', () => {
  it('knows the ministry’s unit as the subgraphs do (the platform layer keeps its own copy of the organisation’s central unit)', () => {
    expect(MINISTRY_UNIT_CODE).toBe(CENTRAL_UNIT_CODE);
  });

  it('lets the ministry administrator at the ministry register API clients and administer any account', () => {
    expect(requireRole(officer('ministry_admin', 'BTNMT'), ['ministry_admin'], REGISTER)).toMatchObject({ unitCode: 'BTNMT' });
    expect(requireAccountAdministrator(officer('ministry_admin', 'BTNMT'), 'C00070')).toMatchObject({ role: 'ministry_admin' });
  });

  it('refuses a ministry administrator’s role held at a province as a misconfigured account (403), naming both units', () => {
    for (const work of [() => requireRole(officer('ministry_admin', 'P01'), ['ministry_admin'], REGISTER), () => requireAccountAdministrator(officer('ministry_admin', 'P01'), 'C00070')]) {
      expect(refusalOf(work)).toMatchObject({
        error: 'access_denied',
        reason: 'ministry_unit_required',
        status: 403,
        text: { vi: expect.stringMatching(/BTNMT.*P01/), en: expect.stringMatching(/BTNMT.*P01/) },
      });
    }
  });
});

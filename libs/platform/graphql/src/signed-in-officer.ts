import type { RequestActor } from './request-actor';
import { UserFacingError, type BilingualText } from './user-facing-error';

export type SignedInOfficer = Extract<RequestActor, { kind: 'officer' }>;

/**
 * The ministry's own unit, the organisation's central unit (CENTRAL_UNIT_CODE in
 * shared-organisation, which the platform layer may not import; a test keeps the two equal).
 */
export const MINISTRY_UNIT_CODE = 'BTNMT';

const signInRequired = () => new UserFacingError('UNAUTHENTICATED', { vi: 'Cần đăng nhập bằng tài khoản cán bộ.', en: 'Sign in with an officer account.' });

const officersOnly = () =>
  new UserFacingError(
    'FORBIDDEN',
    {
      vi: 'Ứng dụng tích hợp chỉ dùng các thao tác công khai được cấp phạm vi; thao tác này dành cho cán bộ.',
      en: 'API clients use only the public operations of their scopes; this one is for officers.',
    },
    undefined,
    'officers_only',
  );

const misplacedMinistryAdministrator = (unitCode: string) =>
  new UserFacingError(
    'FORBIDDEN',
    {
      vi: `Vai trò quản trị cấp Bộ chỉ có hiệu lực ở đơn vị ${MINISTRY_UNIT_CODE}, còn tài khoản này thuộc ${unitCode}: tài khoản bị cấu hình sai, hãy đề nghị quản trị cấp Bộ sửa lại.`,
      en: `The ministry administrator’s role holds only at ${MINISTRY_UNIT_CODE}, and this account belongs to ${unitCode}: the account is misconfigured; ask the ministry’s administrator to correct it.`,
    },
    undefined,
    'ministry_unit_required',
  );

/** Whether an officer's account holds together: the ministry administrator's role only at the ministry. */
export function isConsistentOfficer(officer: SignedInOfficer): boolean {
  return officer.role !== 'ministry_admin' || officer.unitCode === MINISTRY_UNIT_CODE;
}

/**
 * The caller, if a signed-in officer whose account holds together; a clear refusal otherwise. A
 * ministry administrator's role at any unit but the ministry's is a misconfiguration (a roster
 * never grants it; a single sign-on claim might), refused everywhere rather than honoured
 * within that unit: the role reaches further than the unit (audit trails, national tables).
 */
export function signedInOfficer(actor: RequestActor): SignedInOfficer {
  switch (actor.kind) {
    case 'anonymous':
      throw signInRequired();
    case 'integrator':
      throw officersOnly();
    case 'officer':
      if (!isConsistentOfficer(actor)) throw misplacedMinistryAdministrator(actor.unitCode);
      return actor;
    default: {
      const unreachable: never = actor;
      return unreachable;
    }
  }
}

/** The caller, if the ministry's administrator (at the ministry): national tables and rules are theirs alone. */
export function ministryAdministrator(actor: RequestActor, action: BilingualText): SignedInOfficer {
  const officer = signedInOfficer(actor);
  if (officer.role !== 'ministry_admin') {
    throw new UserFacingError('FORBIDDEN', { vi: `Chỉ quản trị viên cấp Bộ được ${action.vi}.`, en: `Only a ministry administrator may ${action.en}.` }, undefined, 'ministry_admin_only');
  }
  return officer;
}

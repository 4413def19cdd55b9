import type { RequestActor } from '@hotline/platform-graphql';
import { CENTRAL_UNIT_CODE, nationalJurisdiction } from '@hotline/shared-organisation';
import type { BilingualText } from '@hotline/platform-graphql';
import { refuse } from './identity-wording';

export type OfficerCaller = Extract<RequestActor, { kind: 'officer' }>;

/**
 * The caller must have signed in as an officer holding one of `roles`. A ministry administrator's
 * role held outside the ministry is a misconfigured account, refused like in every subgraph.
 */
export function requireRole(actor: RequestActor, roles: readonly OfficerCaller['role'][], what: BilingualText): OfficerCaller {
  if (actor.kind === 'anonymous') throw refuse.signInRequired();
  if (actor.kind !== 'officer' || !roles.includes(actor.role)) throw refuse.notAllowed(what);
  if (actor.role === 'ministry_admin' && actor.unitCode !== CENTRAL_UNIT_CODE) throw refuse.ministryUnitRequired(actor.unitCode, CENTRAL_UNIT_CODE);
  return actor;
}

/**
 * Accounts are administered by the ministry's administrators (every unit) and by a province's
 * administrators (their province and its communes): a unit and the units below it.
 */
export function requireAccountAdministrator(actor: RequestActor, accountUnitCode: string): OfficerCaller {
  const caller = requireRole(actor, ['ministry_admin', 'provincial_admin'], { vi: 'quản lý tài khoản cán bộ', en: 'administer officer accounts' });
  if (!nationalJurisdiction().covers(caller.unitCode, accountUnitCode)) throw refuse.outsideJurisdiction();
  return caller;
}

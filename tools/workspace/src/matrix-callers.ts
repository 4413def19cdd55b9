import { INTEGRATOR_SCOPE_NAMES, type OfficerRole, type RequestActor } from '@hotline/platform-graphql';

/** The units of the authorization matrix: the ministry, Hà Nội, a Hà Nội ward (Hoàn Kiếm) and Đà Nẵng. */
export const MATRIX_UNITS = ['BTNMT', 'P01', 'C00070', 'P48'] as const;
export type MatrixUnit = (typeof MATRIX_UNITS)[number];

const ROLES_OF_EVERY_UNIT = ['operator', 'handler', 'unit_head', 'auditor'] as const satisfies readonly OfficerRole[];

export interface MatrixOfficer {
  /** `<role>@<unit>`, as the `x-test-officer` header names it. */
  readonly name: string;
  readonly role: OfficerRole;
  readonly unitCode: MatrixUnit;
}

/**
 * Every officer role at each matrix unit; administrators only where the role exists (a
 * province's administrator at a province, the ministry's at the ministry), as rosters grant them.
 */
export const MATRIX_OFFICERS: readonly MatrixOfficer[] = [
  ...ROLES_OF_EVERY_UNIT.flatMap((role) => MATRIX_UNITS.map((unitCode) => ({ name: `${role}@${unitCode}`, role, unitCode }))),
  { name: 'provincial_admin@P01', role: 'provincial_admin', unitCode: 'P01' },
  { name: 'provincial_admin@P48', role: 'provincial_admin', unitCode: 'P48' },
  { name: 'ministry_admin@BTNMT', role: 'ministry_admin', unitCode: 'BTNMT' },
];

/**
 * Accounts that do not hold together, refused by every operation but the public ones: a ministry
 * administrator's role on a provincial unit (a roster never grants it; a single sign-on claim might).
 */
export const MISCONFIGURED_OFFICERS: readonly MatrixOfficer[] = [{ name: 'ministry_admin@P01', role: 'ministry_admin', unitCode: 'P01' }];

/** API clients: one granted every scope, one granted none (refused even the public operations). */
export const MATRIX_INTEGRATORS: Readonly<Record<string, readonly string[]>> = {
  integrator: INTEGRATOR_SCOPE_NAMES,
  'integrator-without-scopes': [],
};

export function matrixCallers(): Record<string, RequestActor> {
  return {
    ...Object.fromEntries([...MATRIX_OFFICERS, ...MISCONFIGURED_OFFICERS].map((o) => [o.name, { kind: 'officer', id: o.name, role: o.role, unitCode: o.unitCode }])),
    ...Object.fromEntries(Object.entries(MATRIX_INTEGRATORS).map(([name, scopes]) => [name, { kind: 'integrator', id: name, scopes: [...scopes] }])),
  };
}

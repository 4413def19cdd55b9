import type { OfficerRole } from '@hotline/platform-graphql';

/** DESIGN §3: every role a token may carry; anything else is refused, never guessed. */
export const OFFICER_ROLES = ['operator', 'handler', 'unit_head', 'provincial_admin', 'ministry_admin', 'auditor', 'integrator'] as const satisfies readonly OfficerRole[];

export function isOfficerRole(value: unknown): value is OfficerRole {
  return typeof value === 'string' && (OFFICER_ROLES as readonly string[]).includes(value);
}

/** BTNMT (the ministry's department), P<2-digit province code>, C<5-digit commune code>. */
export const UNIT_CODE_PATTERN = /^(BTNMT|P\d{2}|C\d{5})$/;

export function isUnitCode(value: unknown): value is string {
  return typeof value === 'string' && UNIT_CODE_PATTERN.test(value);
}

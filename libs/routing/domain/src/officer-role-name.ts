import { comparisonKey } from './comparison-key';
import { OFFICER_ROLES, roleWording, type OfficerRole } from './officer-role';

const EXTRA_NAMES: Partial<Record<OfficerRole, readonly string[]>> = {
  provincial_admin: ['quản trị cấp tỉnh', 'quản trị viên tỉnh', 'provincial admin'],
  ministry_admin: ['quản trị cấp Bộ', 'quản trị viên Bộ', 'ministry admin'],
  auditor: ['kiểm toán viên'],
};

const ROLE_BY_KEY: ReadonlyMap<string, OfficerRole> = new Map(
  OFFICER_ROLES.flatMap((role) =>
    [role, roleWording(role).vi, roleWording(role).en, ...(EXTRA_NAMES[role] ?? [])].map((name) => [comparisonKey(name), role] as const),
  ),
);

/** The role named in Vietnamese or English, with or without diacritics ('lanh dao don vi', 'Unit head', 'unit_head'). */
export function officerRoleNamed(name: string): OfficerRole | null {
  return ROLE_BY_KEY.get(comparisonKey(name)) ?? null;
}

import type { BilingualText } from './bilingual-text';
import { DirectoryRuleViolation } from './directory-rule-violation';
import { CENTRAL_UNIT_CODE, type Jurisdiction, parseUnitCode, type UnitCode } from '@hotline/shared-organisation';
import { roleWording, type OfficerRole } from './officer-role';

/** What administrators change outside cases: a unit's hotline listing (H2), its roster (H3), the national assignment rules. */
export type DirectoryChange = 'set_hotline_contact' | 'import_roster' | 'publish_assignment_rules';

/**
 * Who may make each change, always within their jurisdiction (their unit and the units below):
 * a provincial administrator for the province and its communes, the ministry's anywhere. The
 * assignment rules are national, so only the ministry's administrator publishes them.
 */
export const DIRECTORY_PERMISSIONS: Readonly<Record<DirectoryChange, readonly OfficerRole[]>> = {
  set_hotline_contact: ['provincial_admin', 'ministry_admin'],
  import_roster: ['provincial_admin', 'ministry_admin'],
  publish_assignment_rules: ['ministry_admin'],
};

/** Changes for the whole country: made from the ministry's own unit, whatever a misconfigured account claims. */
const NATIONAL_CHANGES: readonly DirectoryChange[] = ['publish_assignment_rules'];

const CHANGE_WORDING: Record<DirectoryChange, BilingualText> = {
  set_hotline_contact: { vi: 'cập nhật số điện thoại và thư điện tử đường dây nóng', en: 'set a hotline’s phone and e-mail' },
  import_roster: { vi: 'nhập danh sách cán bộ', en: 'import a roster' },
  publish_assignment_rules: { vi: 'ban hành quy tắc phân công', en: 'publish assignment rules' },
};

export interface DirectoryAdministrator {
  readonly role: OfficerRole;
  readonly unitCode: UnitCode;
}

/**
 * Checks (a) the role, and for a national change the ministry's unit, then (b) that the unit
 * exists and lies within the actor's jurisdiction.
 * Takes the code as typed ('p01', '01', 'C00004') and answers with the unit code it names.
 */
export function authorizeDirectoryChange(change: DirectoryChange, actor: DirectoryAdministrator, unitText: string, jurisdiction: Jurisdiction): UnitCode {
  const action = CHANGE_WORDING[change];
  const role = roleWording(actor.role);
  if (!DIRECTORY_PERMISSIONS[change].includes(actor.role)) {
    throw new DirectoryRuleViolation('forbidden_role', { vi: `Vai trò “${role.vi}” không được ${action.vi}.`, en: `The role “${role.en}” may not ${action.en}.` });
  }
  if (NATIONAL_CHANGES.includes(change) && actor.unitCode !== CENTRAL_UNIT_CODE) {
    throw new DirectoryRuleViolation('ministry_unit_required', {
      vi: `Chỉ ${role.vi} thuộc ${CENTRAL_UNIT_CODE} được ${action.vi}; tài khoản này thuộc ${actor.unitCode}, tức là bị cấu hình sai.`,
      en: `Only a ${role.en} of ${CENTRAL_UNIT_CODE} may ${action.en}; this account belongs to ${actor.unitCode}, so it is misconfigured.`,
    });
  }
  const unitCode = parseUnitCode(unitText);
  if (unitCode === null || !jurisdiction.has(unitCode)) throw new DirectoryRuleViolation('unknown_unit', { vi: `(“${unitText}”)`, en: `(“${unitText}”)` });
  if (!jurisdiction.covers(actor.unitCode, unitCode)) {
    throw new DirectoryRuleViolation('outside_jurisdiction', {
      vi: `${capitalised(role.vi)} của ${actor.unitCode} chỉ ${action.vi} cho đơn vị mình và đơn vị cấp dưới, không cho ${unitCode}.`,
      en: `A ${role.en} of ${actor.unitCode} may ${action.en} only for their unit and the units below it, not for ${unitCode}.`,
    });
  }
  return unitCode;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

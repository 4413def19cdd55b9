import type { BilingualText } from './bilingual-text';

/** DESIGN §3: the roles an officer or API client can hold. */
export const OFFICER_ROLES = ['operator', 'handler', 'unit_head', 'provincial_admin', 'ministry_admin', 'auditor', 'integrator'] as const;
export type OfficerRole = (typeof OFFICER_ROLES)[number];

const ROLE_WORDING: Record<OfficerRole, BilingualText> = {
  operator: { vi: 'cán bộ vận hành', en: 'operator' },
  handler: { vi: 'cán bộ xử lý', en: 'handler' },
  unit_head: { vi: 'lãnh đạo đơn vị', en: 'unit head' },
  provincial_admin: { vi: 'quản trị tỉnh', en: 'provincial administrator' },
  ministry_admin: { vi: 'quản trị Bộ', en: 'ministry administrator' },
  auditor: { vi: 'kiểm toán', en: 'auditor' },
  integrator: { vi: 'tích hợp', en: 'integrator' },
};

export function roleWording(role: OfficerRole): BilingualText {
  return ROLE_WORDING[role];
}

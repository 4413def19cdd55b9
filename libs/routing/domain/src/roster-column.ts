import type { BilingualText } from './bilingual-text';
import { comparisonKey } from './comparison-key';

/** H3: the columns of a unit's officer roster. */
export const ROSTER_FIELDS = ['unit', 'fullName', 'position', 'phone', 'email', 'role'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

const HEADERS: Record<RosterField, readonly string[]> = {
  unit: ['Đơn vị', 'Mã đơn vị', 'Unit', 'Unit code'],
  fullName: ['Họ và tên', 'Họ tên', 'Full name', 'Name'],
  position: ['Chức vụ', 'Position', 'Title'],
  phone: ['Điện thoại', 'Số điện thoại', 'Phone', 'Phone number', 'Telephone'],
  email: ['Email', 'E-mail', 'Thư điện tử', 'Địa chỉ thư điện tử'],
  role: ['Vai trò', 'Quyền', 'Role'],
};

const FIELD_BY_HEADER: ReadonlyMap<string, RosterField> = new Map(
  ROSTER_FIELDS.flatMap((field) => HEADERS[field].map((header) => [comparisonKey(header), field] as const)),
);

const LABELS: Record<RosterField, BilingualText> = {
  unit: { vi: 'Đơn vị', en: 'Unit' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  position: { vi: 'Chức vụ', en: 'Position' },
  phone: { vi: 'Điện thoại', en: 'Phone' },
  email: { vi: 'Thư điện tử', en: 'E-mail' },
  role: { vi: 'Vai trò', en: 'Role' },
};

/** The roster field a header names, in Vietnamese or English, with or without diacritics. */
export function rosterFieldOfHeader(header: string): RosterField | null {
  return FIELD_BY_HEADER.get(comparisonKey(header)) ?? null;
}

export function rosterFieldLabel(field: RosterField): BilingualText {
  return LABELS[field];
}

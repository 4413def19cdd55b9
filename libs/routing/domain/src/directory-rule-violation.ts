import { RuleViolation, type RefusalKinds } from '@hotline/shared-contact';
import type { BilingualText } from './bilingual-text';

export type DirectoryRuleViolationCode = 'forbidden_role' | 'ministry_unit_required' | 'outside_jurisdiction' | 'unknown_unit';

const MESSAGES: Record<DirectoryRuleViolationCode, BilingualText> = {
  forbidden_role: { vi: 'Vai trò của người thực hiện không được phép thao tác này.', en: 'The actor’s role is not allowed to do this.' },
  ministry_unit_required: { vi: 'Thay đổi cấp quốc gia chỉ được thực hiện từ Bộ.', en: 'National changes are made from the ministry only.' },
  outside_jurisdiction: { vi: 'Đơn vị nằm ngoài phạm vi quản lý của người thực hiện.', en: 'The unit is outside the actor’s jurisdiction.' },
  unknown_unit: { vi: 'Đơn vị không có trong danh mục.', en: 'The unit is not in the directory.' },
};

const KINDS: RefusalKinds<DirectoryRuleViolationCode> = {
  forbidden_role: 'FORBIDDEN',
  // A ministry administrator's role at another unit is a misconfigured account, not a place the role may not reach.
  ministry_unit_required: 'FORBIDDEN',
  outside_jurisdiction: 'OUTSIDE_JURISDICTION',
  unknown_unit: 'INVALID_INPUT',
};

/** A change to the directory, the roster or the assignment rules that the actor may not make. */
export class DirectoryRuleViolation extends RuleViolation<DirectoryRuleViolationCode> {
  constructor(code: DirectoryRuleViolationCode, detail?: BilingualText) {
    super(code, MESSAGES, detail, KINDS);
  }
}

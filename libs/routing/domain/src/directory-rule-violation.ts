import { RuleViolation } from '@hotline/shared-contact';
import type { BilingualText } from './bilingual-text';

export type DirectoryRuleViolationCode = 'forbidden_role' | 'outside_jurisdiction' | 'unknown_unit';

const MESSAGES: Record<DirectoryRuleViolationCode, BilingualText> = {
  forbidden_role: { vi: 'Vai trò của người thực hiện không được phép thao tác này.', en: 'The actor’s role is not allowed to do this.' },
  outside_jurisdiction: { vi: 'Đơn vị nằm ngoài phạm vi quản lý của người thực hiện.', en: 'The unit is outside the actor’s jurisdiction.' },
  unknown_unit: { vi: 'Đơn vị không có trong danh mục.', en: 'The unit is not in the directory.' },
};

/** A change to the directory, the roster or the assignment rules that the actor may not make. */
export class DirectoryRuleViolation extends RuleViolation<DirectoryRuleViolationCode> {
  constructor(code: DirectoryRuleViolationCode, detail?: BilingualText) {
    super(code, MESSAGES, detail);
  }
}

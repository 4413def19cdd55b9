import { RuleViolation, type RefusalKinds } from '@hotline/shared-contact';
import type { BilingualText } from './bilingual-text';

export type CaseRuleViolationCode =
  | 'case_not_opened'
  | 'already_opened'
  | 'forbidden_role'
  | 'outside_jurisdiction'
  | 'invalid_state'
  | 'invalid_instant'
  | 'unknown_unit'
  | 'unknown_location'
  | 'not_classified'
  | 'rules_not_in_effect'
  | 'reason_required'
  | 'details_required'
  | 'text_not_plain'
  | 'same_unit'
  | 'no_level_above'
  | 'invalid_co_handler'
  | 'already_linked';

const MESSAGES: Record<CaseRuleViolationCode, BilingualText> = {
  case_not_opened: { vi: 'Vụ việc chưa được mở.', en: 'The case has not been opened.' },
  already_opened: { vi: 'Vụ việc đã được mở, không mở lại lần nữa.', en: 'The case is already open; it cannot be opened again.' },
  forbidden_role: { vi: 'Vai trò của người thực hiện không được phép thao tác này.', en: 'The actor’s role is not allowed to do this.' },
  outside_jurisdiction: { vi: 'Vụ việc nằm ngoài phạm vi quản lý của đơn vị người thực hiện.', en: 'The case is outside the actor’s unit’s jurisdiction.' },
  invalid_state: { vi: 'Trạng thái hiện tại của vụ việc không cho phép thao tác này.', en: 'The case’s current stage does not allow this.' },
  invalid_instant: { vi: 'Thời điểm không hợp lệ (cần ISO-8601 có múi giờ).', en: 'Invalid instant (ISO-8601 with an offset expected).' },
  unknown_unit: { vi: 'Đơn vị không có trong danh mục.', en: 'The unit is not in the directory.' },
  unknown_location: { vi: 'Địa bàn của vụ việc không có trong danh mục đơn vị hành chính hiện hành.', en: 'The case’s location is not a current administrative unit.' },
  not_classified: { vi: 'Vụ việc phải được phân loại trước khi chuyển xử lý.', en: 'The case must be classified before it is forwarded.' },
  rules_not_in_effect: { vi: 'Phiên bản quy tắc phân công chưa có hiệu lực.', en: 'That version of the assignment rules is not yet in effect.' },
  reason_required: { vi: 'Phải nêu lý do.', en: 'A reason is required.' },
  details_required: { vi: 'Phải ghi nội dung.', en: 'The details are required.' },
  text_not_plain: {
    vi: 'Nội dung chứa ký tự điều khiển, mã HTML hoặc dài quá 10.000 ký tự.',
    en: 'The text contains control characters or HTML markup, or is longer than 10,000 characters.',
  },
  same_unit: { vi: 'Vụ việc đang do chính đơn vị này xử lý.', en: 'The case is already with that unit.' },
  no_level_above: { vi: 'Không còn cấp trên để chuyển: Trung ương là cấp cao nhất.', en: 'There is no level above: the central level is the highest.' },
  invalid_co_handler: { vi: 'Đơn vị phối hợp không hợp lệ.', en: 'Invalid co-handling unit.' },
  already_linked: { vi: 'Phản ánh này đã gắn với vụ việc.', en: 'This report is already linked to the case.' },
};

/** The kinds of refusal beside the stage rules (a case_not_opened is a case that does not exist). */
const KINDS: RefusalKinds<CaseRuleViolationCode> = {
  case_not_opened: 'NOT_FOUND',
  forbidden_role: 'FORBIDDEN',
  outside_jurisdiction: 'OUTSIDE_JURISDICTION',
  invalid_instant: 'INVALID_INPUT',
  unknown_unit: 'INVALID_INPUT',
  reason_required: 'INVALID_INPUT',
  details_required: 'INVALID_INPUT',
  text_not_plain: 'INVALID_INPUT',
  invalid_co_handler: 'INVALID_INPUT',
};

/** A command the rules forbid; never silently ignored. */
export class CaseRuleViolation extends RuleViolation<CaseRuleViolationCode> {
  constructor(code: CaseRuleViolationCode, detail?: BilingualText) {
    super(code, MESSAGES, detail, KINDS);
  }
}

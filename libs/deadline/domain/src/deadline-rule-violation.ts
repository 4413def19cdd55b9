import { RuleViolation, type RefusalKinds } from '@hotline/shared-contact';
import type { BilingualText } from './bilingual-text';

export type DeadlineRuleViolationCode =
  | 'not_scheduled'
  | 'already_scheduled'
  | 'policy_not_in_effect'
  | 'already_closed'
  | 'reason_required'
  | 'step_not_pausable'
  | 'already_paused'
  | 'not_paused'
  | 'resume_before_pause'
  | 'already_overdue'
  | 'not_extendable'
  | 'extension_limit_reached'
  | 'extension_not_allowed_while_paused'
  | 'extension_exceeds_rule'
  | 'not_reclassifiable'
  | 'policy_version_mismatch';

const MESSAGES: Record<DeadlineRuleViolationCode, BilingualText> = {
  not_scheduled: { vi: 'Thời hạn này chưa được lập.', en: 'This deadline has not been scheduled.' },
  already_scheduled: { vi: 'Thời hạn này đã được lập, không lập lại.', en: 'This deadline is already scheduled; it cannot be scheduled again.' },
  policy_not_in_effect: { vi: 'Phiên bản chính sách thời hạn chưa có hiệu lực vào ngày phát sinh.', en: 'The SLA policy version was not yet in effect on the trigger date.' },
  already_closed: { vi: 'Thời hạn đã hoàn thành hoặc đã huỷ.', en: 'The deadline is already completed or cancelled.' },
  reason_required: { vi: 'Phải nêu lý do.', en: 'A reason is required.' },
  step_not_pausable: { vi: 'Bước này không được phép tạm dừng thời hạn theo chính sách.', en: 'The policy does not allow this step’s deadline to be paused.' },
  already_paused: { vi: 'Thời hạn đang tạm dừng.', en: 'The deadline is already paused.' },
  not_paused: { vi: 'Thời hạn không ở trạng thái tạm dừng.', en: 'The deadline is not paused.' },
  resume_before_pause: { vi: 'Thời điểm tiếp tục sớm hơn thời điểm tạm dừng.', en: 'The resume time is earlier than the pause time.' },
  already_overdue: { vi: 'Thời hạn đã quá hạn; không thể tạm dừng hay gia hạn sau khi quá hạn.', en: 'The deadline has already passed; it cannot be paused or extended afterwards.' },
  not_extendable: { vi: 'Bước này không được gia hạn theo chính sách.', en: 'The policy does not allow this step to be extended.' },
  extension_limit_reached: { vi: 'Đã gia hạn đủ số lần tối đa.', en: 'The maximum number of extensions has been used.' },
  extension_not_allowed_while_paused: { vi: 'Không gia hạn khi thời hạn đang tạm dừng; hãy tiếp tục trước.', en: 'A paused deadline cannot be extended; resume it first.' },
  not_reclassifiable: {
    vi: 'Không áp dụng lại thời hạn theo phân loại mới cho thời hạn đang tạm dừng hoặc đã gia hạn.',
    en: 'A paused or extended deadline cannot take a limit for new conditions.',
  },
  policy_version_mismatch: { vi: 'Thời hạn giữ phiên bản chính sách đã dùng khi lập; không áp dụng phiên bản khác.', en: 'A deadline keeps the policy version it was scheduled under; another version does not apply.' },
  extension_exceeds_rule: { vi: 'Mức gia hạn vượt quá mức chính sách cho phép (sai đơn vị hoặc quá dài).', en: 'The extension exceeds what the policy allows (wrong unit or too long).' },
};

const KINDS: RefusalKinds<DeadlineRuleViolationCode> = {
  not_scheduled: 'NOT_FOUND',
  reason_required: 'INVALID_INPUT',
  // The amount asked for is the officer's to correct.
  extension_exceeds_rule: 'INVALID_INPUT',
};

/** A command the rules forbid; never silently ignored. */
export class DeadlineRuleViolation extends RuleViolation<DeadlineRuleViolationCode> {
  constructor(code: DeadlineRuleViolationCode, detail?: BilingualText) {
    super(code, MESSAGES, detail, KINDS);
  }
}

import { RuleViolation, type RefusalKinds } from '@hotline/shared-contact';
import type { BilingualText } from '@hotline/shared-contact';

export type ReportRuleViolationCode =
  | 'already_received'
  | 'not_received'
  | 'already_decided'
  | 'location_required'
  | 'location_not_ambiguous'
  | 'officer_required'
  | 'reason_required';

const MESSAGES: Record<ReportRuleViolationCode, BilingualText> = {
  already_received: { vi: 'Phản ánh này đã được tiếp nhận.', en: 'This report has already been received.' },
  not_received: { vi: 'Chưa có phản ánh này.', en: 'There is no such report.' },
  already_decided: { vi: 'Phản ánh đã được phân loại hoặc từ chối.', en: 'The report has already been classified or rejected.' },
  location_required: { vi: 'Chưa xác định được địa bàn: hãy chọn xã, phường hoặc tỉnh trước.', en: 'The location is not settled: choose the commune or province first.' },
  location_not_ambiguous: { vi: 'Địa bàn đã được xác định, không cần chọn.', en: 'The location is already settled.' },
  officer_required: { vi: 'Chỉ cán bộ mới được thực hiện thao tác này.', en: 'Only an officer may do this.' },
  reason_required: { vi: 'Phải nêu lý do từ chối.', en: 'A reason for the rejection is required.' },
};

const KINDS: RefusalKinds<ReportRuleViolationCode> = {
  not_received: 'NOT_FOUND',
  officer_required: 'FORBIDDEN',
  reason_required: 'INVALID_INPUT',
};

/** A command the rules forbid; never silently ignored. */
export class ReportRuleViolation extends RuleViolation<ReportRuleViolationCode> {
  constructor(code: ReportRuleViolationCode) {
    super(code, MESSAGES, undefined, KINDS);
  }
}

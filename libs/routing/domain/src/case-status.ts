import type { BilingualText } from './bilingual-text';

/** H9's stages, plus 'reopened': a closed case taken up again by the unit that closed it. */
export const CASE_STATUSES = ['received', 'classified', 'assigned', 'accepted', 'verified', 'handled', 'fed_back', 'closed', 'reopened'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

const STATUS_WORDING: Record<CaseStatus, BilingualText> = {
  received: { vi: 'đã tiếp nhận', en: 'received' },
  classified: { vi: 'đã phân loại', en: 'classified' },
  assigned: { vi: 'đã chuyển xử lý, chờ đơn vị nhận', en: 'forwarded, awaiting acceptance' },
  accepted: { vi: 'đơn vị đã nhận', en: 'accepted by the unit' },
  verified: { vi: 'đã xác minh', en: 'verified' },
  handled: { vi: 'đã xử lý', en: 'handled' },
  fed_back: { vi: 'đã phản hồi kết quả', en: 'result fed back' },
  closed: { vi: 'đã đóng', en: 'closed' },
  reopened: { vi: 'đã mở lại', en: 'reopened' },
};

export function statusWording(status: CaseStatus): BilingualText {
  return STATUS_WORDING[status];
}

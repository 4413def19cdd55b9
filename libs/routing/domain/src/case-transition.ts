import type { BilingualText } from './bilingual-text';
import type { CaseStatus } from './case-status';

export const CASE_TRANSITIONS = [
  'open',
  'classify',
  'forward',
  'accept',
  'hand_back',
  'record_verification',
  'record_handling',
  'feed_back',
  'close',
  'transfer',
  'escalate',
  'add_co_handlers',
  'reopen',
  'link_report',
] as const;
export type CaseTransition = (typeof CASE_TRANSITIONS)[number];

const OPEN_STATUSES: readonly CaseStatus[] = ['received', 'classified', 'assigned', 'accepted', 'verified', 'handled', 'fed_back', 'reopened'];

/** The stages each transition may start from ('open' starts from no case at all). */
export const STATUSES_ALLOWING: Readonly<Record<CaseTransition, readonly CaseStatus[]>> = {
  open: [],
  classify: ['received', 'classified'],
  forward: ['classified'],
  accept: ['assigned'],
  hand_back: ['assigned'],
  record_verification: ['accepted', 'reopened'],
  record_handling: ['verified'],
  feed_back: ['handled'],
  close: ['fed_back'],
  transfer: ['assigned', 'accepted', 'verified', 'reopened'],
  // A breach can come at any stage, the whole-case limit even after feedback.
  escalate: OPEN_STATUSES,
  add_co_handlers: ['assigned', 'accepted', 'verified', 'handled', 'reopened'],
  reopen: ['closed'],
  link_report: OPEN_STATUSES,
};

const TRANSITION_WORDING: Record<CaseTransition, BilingualText> = {
  open: { vi: 'mở vụ việc', en: 'open the case' },
  classify: { vi: 'phân loại', en: 'classify' },
  forward: { vi: 'chuyển xử lý', en: 'forward' },
  accept: { vi: 'nhận xử lý', en: 'accept' },
  hand_back: { vi: 'trả lại', en: 'hand back' },
  record_verification: { vi: 'ghi kết quả xác minh', en: 'record the verification' },
  record_handling: { vi: 'ghi kết quả xử lý', en: 'record the handling' },
  feed_back: { vi: 'phản hồi kết quả', en: 'feed the result back' },
  close: { vi: 'đóng vụ việc', en: 'close the case' },
  transfer: { vi: 'chuyển đơn vị khác', en: 'transfer' },
  escalate: { vi: 'chuyển cấp trên', en: 'escalate' },
  add_co_handlers: { vi: 'thêm đơn vị phối hợp', en: 'add co-handlers' },
  reopen: { vi: 'mở lại vụ việc', en: 'reopen the case' },
  link_report: { vi: 'gộp phản ánh trùng', en: 'link a duplicate report' },
};

export function transitionWording(transition: CaseTransition): BilingualText {
  return TRANSITION_WORDING[transition];
}

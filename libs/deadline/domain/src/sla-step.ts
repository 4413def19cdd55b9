import type { BilingualText } from './bilingual-text';

/** The steps that carry a time limit: hotline stages (H10), legal tracks (H7), sessions (S2, S5). */
export const SLA_STEPS = [
  'enter',
  'forward',
  'accept',
  'verify',
  'handle',
  'feedback',
  'whole_case',
  'complaint_accept',
  'denunciation_resolve',
  'session_answer',
  'session_report',
  'session_announce',
] as const;

export type SlaStep = (typeof SLA_STEPS)[number];

const STEP_WORDING: Record<SlaStep, BilingualText> = {
  enter: { vi: 'nhập phản ánh vào hệ thống (tính từ khi tiếp nhận)', en: 'enter the report (from receipt)' },
  forward: { vi: 'chuyển đơn vị có thẩm quyền (sau khi nhập)', en: 'forward to the competent unit (after entry)' },
  accept: { vi: 'đơn vị tiếp nhận hoặc trả lại', en: 'unit accepts or hands back' },
  verify: { vi: 'xác minh', en: 'verify' },
  handle: { vi: 'xử lý', en: 'handle' },
  feedback: { vi: 'phản hồi kết quả cho người phản ánh (sau khi xử lý)', en: 'feed the result back to the reporter (after handling)' },
  whole_case: { vi: 'toàn bộ vụ việc', en: 'whole case' },
  complaint_accept: { vi: 'thụ lý khiếu nại', en: 'accept the complaint' },
  denunciation_resolve: { vi: 'giải quyết tố cáo', en: 'resolve the denunciation' },
  session_answer: { vi: 'trả lời câu hỏi còn lại sau buổi giao lưu', en: 'answer the remaining questions after the session' },
  session_report: { vi: 'gửi báo cáo kết quả buổi giao lưu về Bộ', en: 'send the session results report to the ministry' },
  session_announce: { vi: 'đăng thông báo buổi giao lưu (trước khi mở nhận câu hỏi)', en: 'publish the session announcement (before question intake opens)' },
};

export function slaStepWording(step: SlaStep): BilingualText {
  return STEP_WORDING[step];
}

export function isSlaStep(value: string): value is SlaStep {
  return (SLA_STEPS as readonly string[]).includes(value);
}

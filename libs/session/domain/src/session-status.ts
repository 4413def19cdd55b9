import type { BilingualText } from '@hotline/shared-contact';

/** The states a session goes through, as stored. */
export const SESSION_STATUSES = ['draft', 'announced', 'live', 'answering', 'reported', 'closed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/**
 * The seven states: 'taking_questions' is not stored but read off the clock — an
 * announced session whose intake window is open now — so it begins and ends to the minute
 * without a timer having to fire.
 */
export type SessionPhase = SessionStatus | 'taking_questions';

const WORDING: Record<SessionPhase, BilingualText> = {
  draft: { vi: 'đang soạn kế hoạch', en: 'a draft' },
  announced: { vi: 'đã thông báo', en: 'announced' },
  taking_questions: { vi: 'đang nhận câu hỏi', en: 'taking questions' },
  live: { vi: 'đang diễn ra', en: 'live' },
  answering: { vi: 'đã kết thúc, đang trả lời các câu hỏi còn lại', en: 'over, answering the remaining questions' },
  reported: { vi: 'đã gửi báo cáo kết quả', en: 'reported' },
  closed: { vi: 'đã đóng', en: 'closed' },
};

export function phaseWording(phase: SessionPhase): BilingualText {
  return WORDING[phase];
}

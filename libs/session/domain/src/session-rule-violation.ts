import { RuleViolation, type BilingualText, type RefusalKinds } from '@hotline/shared-contact';

export type SessionRuleViolationCode =
  | 'session_not_found'
  | 'already_planned'
  | 'forbidden_role'
  | 'outside_jurisdiction'
  | 'invalid_state'
  | 'invalid_instant'
  | 'announcement_too_late'
  | 'not_session_day'
  | 'intake_not_open'
  | 'intake_closed'
  | 'not_taking_questions'
  | 'question_not_found'
  | 'already_submitted'
  | 'invalid_text'
  | 'invalid_merge'
  | 'unknown_official'
  | 'unknown_unit'
  | 'answer_not_drafted'
  | 'answer_not_approved'
  | 'approver_is_drafter'
  | 'already_answered'
  | 'session_not_started'
  | 'not_live';

const MESSAGES: Record<SessionRuleViolationCode, BilingualText> = {
  session_not_found: { vi: 'Không tìm thấy buổi giao lưu.', en: 'No such session.' },
  already_planned: { vi: 'Buổi giao lưu đã được lập.', en: 'The session is already planned.' },
  forbidden_role: { vi: 'Vai trò của bạn không được phép thao tác này.', en: 'Your role may not do this.' },
  outside_jurisdiction: { vi: 'Buổi giao lưu không thuộc phạm vi quản lý của đơn vị bạn.', en: 'The session is outside your unit’s jurisdiction.' },
  invalid_state: { vi: 'Trạng thái hiện tại không cho phép thao tác này.', en: 'The current state does not allow this.' },
  invalid_instant: { vi: 'Thời điểm không hợp lệ (cần ISO-8601 có múi giờ).', en: 'Invalid instant (ISO-8601 with an offset expected).' },
  announcement_too_late: { vi: 'Quá hạn thông báo buổi giao lưu (S2).', en: 'Too late to announce the session (S2).' },
  not_session_day: { vi: 'Chỉ bắt đầu buổi giao lưu vào ngày diễn ra.', en: 'A session is started only on its day.' },
  intake_not_open: { vi: 'Chưa đến thời gian nhận câu hỏi.', en: 'Questions are not taken yet.' },
  intake_closed: { vi: 'Đã hết thời gian nhận câu hỏi.', en: 'Questions are no longer taken.' },
  not_taking_questions: { vi: 'Buổi giao lưu không nhận câu hỏi.', en: 'The session takes no questions.' },
  question_not_found: { vi: 'Không tìm thấy câu hỏi.', en: 'No such question.' },
  already_submitted: { vi: 'Câu hỏi đã được gửi.', en: 'The question was already sent.' },
  invalid_text: { vi: 'Nội dung không hợp lệ.', en: 'Invalid text.' },
  invalid_merge: { vi: 'Không thể gộp câu hỏi này.', en: 'This question cannot be merged.' },
  unknown_official: { vi: 'Người trả lời không có trong danh sách lãnh đạo, chuyên gia của buổi giao lưu.', en: 'That official is not among the session’s answering officials.' },
  unknown_unit: { vi: 'Đơn vị không có trong danh mục đơn vị hành chính hiện hành.', en: 'The unit is not a current administrative unit.' },
  answer_not_drafted: { vi: 'Câu hỏi chưa có dự thảo trả lời.', en: 'The question has no draft answer.' },
  answer_not_approved: { vi: 'Câu trả lời chưa được duyệt.', en: 'The answer has not been approved.' },
  approver_is_drafter: { vi: 'Người soạn không tự duyệt câu trả lời của mình.', en: 'An answer is approved by someone other than its drafter.' },
  already_answered: { vi: 'Câu hỏi đã được trả lời.', en: 'The question has already been answered.' },
  session_not_started: { vi: 'Buổi giao lưu chưa bắt đầu: câu trả lời được công bố từ khi buổi giao lưu diễn ra.', en: 'The session has not started: answers are published from the session on.' },
  not_live: { vi: 'Chỉ trả lời trực tuyến khi buổi giao lưu đang diễn ra.', en: 'Live answers are given only while the session is live.' },
};

const KINDS: RefusalKinds<SessionRuleViolationCode> = {
  session_not_found: 'NOT_FOUND',
  question_not_found: 'NOT_FOUND',
  forbidden_role: 'FORBIDDEN',
  outside_jurisdiction: 'OUTSIDE_JURISDICTION',
  invalid_instant: 'INVALID_INPUT',
  invalid_text: 'INVALID_INPUT',
  unknown_official: 'INVALID_INPUT',
  unknown_unit: 'INVALID_INPUT',
};

/** A command the rules of sessions and questions refuse: never a silent no-op. */
export class SessionRuleViolation extends RuleViolation<SessionRuleViolationCode> {
  constructor(code: SessionRuleViolationCode, detail?: BilingualText) {
    super(code, MESSAGES, detail, KINDS);
  }
}

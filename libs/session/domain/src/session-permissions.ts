import type { BilingualText } from '@hotline/shared-contact';
import type { OfficerRole } from './session-actor';

/** What officers do to a session and its questions. */
export type SessionAction =
  | 'plan'
  | 'announce'
  | 'run'
  | 'report'
  | 'moderate'
  | 'draft_answer'
  | 'approve_answer'
  | 'publish_answer'
  | 'read';

/**
 * Whose units an action may be taken from:
 * - `host`: an officer covering the host unit (BTNMT covers every session, a province its own);
 * - `hosts`: covering the host or one of the co-hosts (S1: co-hosted topics are run together);
 * - `answering`: covering the host, a co-host, or the unit the question is assigned to.
 */
export type PermissionScope = 'host' | 'hosts' | 'answering';

export interface ActionPermission {
  readonly roles: readonly OfficerRole[];
  readonly scope: PermissionScope;
}

const MODERATORS: readonly OfficerRole[] = ['operator', 'handler', 'unit_head', 'provincial_admin', 'ministry_admin'];
const LEADERS: readonly OfficerRole[] = ['unit_head', 'provincial_admin', 'ministry_admin'];

/** Who may do what; a value the deciders read, so a deployment may pass its own. */
export const SESSION_PERMISSIONS: Readonly<Record<SessionAction, ActionPermission>> = {
  plan: { roles: LEADERS, scope: 'host' },
  announce: { roles: LEADERS, scope: 'host' },
  run: { roles: MODERATORS, scope: 'hosts' },
  report: { roles: LEADERS, scope: 'host' },
  moderate: { roles: MODERATORS, scope: 'hosts' },
  draft_answer: { roles: ['handler', 'unit_head', 'provincial_admin', 'ministry_admin'], scope: 'answering' },
  // Approval is a leader's act, and never the drafter's own (see the question decider).
  approve_answer: { roles: LEADERS, scope: 'answering' },
  publish_answer: { roles: MODERATORS, scope: 'hosts' },
  read: { roles: [...MODERATORS, 'auditor'], scope: 'answering' },
};

const ACTION_WORDING: Record<SessionAction, BilingualText> = {
  plan: { vi: 'lập, sửa kế hoạch buổi giao lưu', en: 'plan or revise a session' },
  announce: { vi: 'thông báo buổi giao lưu', en: 'announce a session' },
  run: { vi: 'bắt đầu, kết thúc buổi giao lưu', en: 'start or end a session' },
  report: { vi: 'gửi báo cáo kết quả, đóng buổi giao lưu', en: 'submit the results report or close a session' },
  moderate: { vi: 'kiểm duyệt, phân công câu hỏi', en: 'moderate or assign questions' },
  draft_answer: { vi: 'soạn câu trả lời', en: 'draft an answer' },
  approve_answer: { vi: 'duyệt câu trả lời', en: 'approve an answer' },
  publish_answer: { vi: 'công bố câu trả lời', en: 'publish an answer' },
  read: { vi: 'xem buổi giao lưu', en: 'read a session' },
};

export function actionWording(action: SessionAction): BilingualText {
  return ACTION_WORDING[action];
}

const ROLE_WORDING: Record<OfficerRole, BilingualText> = {
  operator: { vi: 'cán bộ vận hành', en: 'operator' },
  handler: { vi: 'cán bộ xử lý', en: 'handler' },
  unit_head: { vi: 'lãnh đạo đơn vị', en: 'unit head' },
  provincial_admin: { vi: 'quản trị tỉnh', en: 'provincial administrator' },
  ministry_admin: { vi: 'quản trị Bộ', en: 'ministry administrator' },
  auditor: { vi: 'kiểm toán', en: 'auditor' },
  integrator: { vi: 'tích hợp', en: 'integrator' },
};

export function roleWording(role: OfficerRole): BilingualText {
  return ROLE_WORDING[role];
}

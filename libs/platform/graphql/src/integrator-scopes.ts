import type { RequestActor } from './request-actor';
import { UserFacingError, type BilingualText } from './user-facing-error';

/**
 * What an API client (an integrator's application, client credentials) may be granted, and the
 * public operations each scope opens to it. A ministry administrator registers clients with
 * these; any other scope is refused there, so a typo is seen.
 */
export const INTEGRATOR_SCOPES = {
  'reports:submit': { vi: 'gửi phản ánh (submitReport)', en: 'submit reports (submitReport)' },
  'reports:track': { vi: 'tra cứu tình trạng phản ánh (trackReport)', en: 'track reports (trackReport)' },
  'directory:read': { vi: 'xem danh bạ đường dây nóng (hotlineDirectory)', en: 'read the hotline directory (hotlineDirectory)' },
  'sessions:read': { vi: 'xem lịch và hỏi đáp giao lưu trực tuyến (session, sessions, publishedQuestions)', en: 'read online sessions and their Q&A (session, sessions, publishedQuestions)' },
  'questions:submit': { vi: 'gửi câu hỏi cho buổi giao lưu (submitQuestion)', en: 'send questions to sessions (submitQuestion)' },
} as const satisfies Record<string, BilingualText>;

export type IntegratorScope = keyof typeof INTEGRATOR_SCOPES;
export const INTEGRATOR_SCOPE_NAMES = Object.keys(INTEGRATOR_SCOPES) as IntegratorScope[];

export function isIntegratorScope(value: unknown): value is IntegratorScope {
  return typeof value === 'string' && Object.hasOwn(INTEGRATOR_SCOPES, value);
}

/**
 * A public operation lets citizens and officers through; an integrator only with the scope its
 * client was granted, so a client does what it was registered for and nothing else.
 */
export function requireScope(actor: RequestActor, scope: IntegratorScope): void {
  if (actor.kind !== 'integrator' || actor.scopes.includes(scope)) return;
  const opens = INTEGRATOR_SCOPES[scope];
  throw new UserFacingError(
    'FORBIDDEN',
    {
      vi: `Ứng dụng tích hợp chưa được cấp phạm vi “${scope}” (${opens.vi}); đề nghị quản trị cấp Bộ cấp thêm.`,
      en: `The API client has not been granted the scope “${scope}” (${opens.en}); ask the ministry’s administrator for it.`,
    },
    undefined,
    'missing_scope',
  );
}

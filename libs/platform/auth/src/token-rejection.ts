import type { BilingualText } from '@hotline/platform-graphql';

export type TokenRejectionReason = 'malformed' | 'expired' | 'invalid' | 'revoked' | 'unknown_issuer' | 'role_not_allowed' | 'unit_not_allowed';

const WORDING: Record<TokenRejectionReason, BilingualText> = {
  malformed: { vi: 'Tiêu đề Authorization phải có dạng “Bearer <mã truy cập>”.', en: 'The Authorization header must be “Bearer <access token>”.' },
  expired: { vi: 'Mã truy cập đã hết hạn; hãy đăng nhập lại hoặc làm mới mã.', en: 'The access token has expired; sign in again or refresh it.' },
  invalid: { vi: 'Mã truy cập không hợp lệ.', en: 'The access token is not valid.' },
  revoked: { vi: 'Mã truy cập đã bị thu hồi; hãy đăng nhập lại.', en: 'The access token has been revoked; sign in again.' },
  unknown_issuer: { vi: 'Mã truy cập do một bên phát hành mà hệ thống không chấp nhận.', en: 'The access token comes from an issuer this platform does not accept.' },
  role_not_allowed: { vi: 'Mã truy cập không mang vai trò nào mà hệ thống biết.', en: 'The access token carries no role this platform knows.' },
  unit_not_allowed: { vi: 'Mã truy cập không mang mã đơn vị hợp lệ (BTNMT, P.. hoặc C.....).', en: 'The access token carries no valid unit code (BTNMT, P.. or C.....).' },
};

/** A bearer token that does not establish a caller; the request is refused, never served as anonymous. */
export class TokenRejected extends Error {
  readonly text: BilingualText;

  constructor(readonly reason: TokenRejectionReason) {
    super(WORDING[reason].en);
    this.name = 'TokenRejected';
    this.text = WORDING[reason];
  }
}

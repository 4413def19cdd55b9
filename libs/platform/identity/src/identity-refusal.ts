import type { BilingualText } from '@hotline/platform-graphql';

/** RFC 6749 §5.2 and RFC 6750 §3.1 error codes, plus 403/404/409 for the administration endpoints. */
export type IdentityErrorCode =
  | 'invalid_request'
  | 'invalid_grant'
  | 'invalid_client'
  | 'invalid_scope'
  | 'unsupported_grant_type'
  | 'invalid_token'
  | 'access_denied'
  | 'not_found'
  | 'conflict';

const STATUS: Record<IdentityErrorCode, number> = {
  invalid_request: 400,
  invalid_grant: 400,
  invalid_client: 401,
  invalid_scope: 400,
  unsupported_grant_type: 400,
  invalid_token: 401,
  access_denied: 403,
  not_found: 404,
  conflict: 409,
};

/**
 * A refused identity request: the OAuth error code, a finer `reason`, the text in Vietnamese and
 * English, and the field it is about. A refused request writes nothing but its security-log line.
 */
export class IdentityRefusal extends Error {
  readonly status: number;

  constructor(
    readonly error: IdentityErrorCode,
    readonly reason: string,
    readonly text: BilingualText,
    readonly field?: string,
    readonly problems?: readonly { code: string; text: BilingualText }[],
  ) {
    super(text.en);
    this.name = 'IdentityRefusal';
    this.status = STATUS[error];
  }
}

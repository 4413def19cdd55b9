import { GraphQLError } from 'graphql';
import type { TokenRejected } from './token-rejection';

/**
 * What a subgraph or the gateway answers to a bad, expired or revoked token: HTTP 401 with
 * `WWW-Authenticate` (RFC 6750) and the reason in Vietnamese and English.
 */
export class UnauthenticatedError extends GraphQLError {
  constructor(rejection: TokenRejected) {
    super(rejection.text.en, {
      extensions: {
        code: 'UNAUTHENTICATED',
        reason: rejection.reason,
        message: rejection.text,
        http: { status: 401, headers: new Map([['www-authenticate', `Bearer error="invalid_token"`]]) },
      },
    });
    this.name = 'UnauthenticatedError';
  }
}

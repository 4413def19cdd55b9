import type { IncomingMessage } from 'node:http';
import { decodeJwt } from 'jose';
import type { Authenticator, RequestActor } from '@hotline/platform-graphql';
import type { ExternalOidcVerifier } from './external-oidc';
import { verifyAccessToken, type PlatformVerificationKeys } from './platform-access-token';
import type { RevokedAccessTokens } from './revoked-access-tokens';
import { TokenRejected } from './token-rejection';
import { UnauthenticatedError } from './unauthenticated-error';

export interface PlatformTokenTrust {
  readonly issuer: string;
  readonly keys: PlatformVerificationKeys;
  readonly revoked?: RevokedAccessTokens;
}

export interface TokenAuthenticatorOptions {
  readonly platform?: PlatformTokenTrust;
  readonly oidc?: ExternalOidcVerifier;
  readonly now?: () => Date;
}

export interface TokenAuthenticator extends Authenticator {
  /** The caller of an `Authorization` header value; throws TokenRejected for a bad token. */
  callerOf(authorization: string | undefined): Promise<RequestActor>;
}

const BEARER = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)$/i;

/**
 * `Authorization: Bearer …` → the caller: a platform access token (officer or API client) or a
 * token of the configured OpenID Connect provider, told apart by their issuer. No header is an
 * anonymous caller; a header that does not establish one is refused with 401 (UNAUTHENTICATED).
 */
export function tokenAuthenticator(options: TokenAuthenticatorOptions): TokenAuthenticator {
  const callerOf = async (authorization: string | undefined): Promise<RequestActor> => {
    if (authorization === undefined || authorization === '') return { kind: 'anonymous' };
    const token = BEARER.exec(authorization.trim())?.[1];
    if (!token) throw new TokenRejected('malformed');
    const now = options.now?.();
    const issuer = issuerOf(token);
    if (options.platform && issuer === options.platform.issuer) {
      const verified = await verifyAccessToken(token, options.platform.keys, { issuer, now });
      if (await options.platform.revoked?.isRevoked(verified.jti)) throw new TokenRejected('revoked');
      return verified.actor;
    }
    if (options.oidc && issuer === options.oidc.issuer) return options.oidc.verify(token, now);
    throw new TokenRejected('unknown_issuer');
  };
  return {
    callerOf,
    authenticate: async (request: IncomingMessage) => {
      try {
        return await callerOf(request.headers.authorization);
      } catch (error) {
        throw error instanceof TokenRejected ? new UnauthenticatedError(error) : error;
      }
    },
  };
}

function issuerOf(token: string): string | undefined {
  try {
    return decodeJwt(token).iss;
  } catch {
    throw new TokenRejected('malformed');
  }
}

import { TokenRejected, verifyAccessToken } from '@hotline/platform-auth';
import type { IdentityDependencies } from './identity-dependencies';

/**
 * POST /auth/revoke (RFC 7009): a refresh token ends its session; an access token is refused by
 * every subgraph from now until it would have expired. Unknown or already useless tokens are
 * answered the same way, so the endpoint tells nothing about what exists.
 */
export class TokenRevocation {
  constructor(private readonly deps: IdentityDependencies) {}

  async revoke(token: string, clientAddress: string): Promise<void> {
    const now = this.deps.now();
    if (token.split('.').length === 3) {
      try {
        const verified = await verifyAccessToken(token, this.deps.key.publicKey, { issuer: this.deps.settings.issuer, now });
        await this.deps.revokedAccessTokens.revoke(verified.jti, verified.expiresAt, now);
        await this.deps.log.record({ event: 'token_revoked', subject: verified.actor.id, clientAddress, detail: { kind: 'access', jti: verified.jti } });
      } catch (error) {
        if (!(error instanceof TokenRejected)) throw error;
      }
      return;
    }
    const accountId = await this.deps.refreshTokens.revokeFamilyOf(token, now);
    if (accountId) await this.deps.log.record({ event: 'token_revoked', subject: accountId, clientAddress, detail: { kind: 'refresh' } });
  }
}

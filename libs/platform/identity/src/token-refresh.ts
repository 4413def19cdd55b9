import type { IdentityDependencies } from './identity-dependencies';
import { refuse } from './identity-wording';
import type { SessionTokens } from './session-tokens';
import type { TokenResponse } from './token-response';

/**
 * grant_type=refresh_token: rotates the token and issues an access token from the account as it
 * is now (a roster change of role or unit applies at the next refresh). A token used twice ends
 * its whole session.
 */
export class TokenRefresh {
  constructor(
    private readonly deps: IdentityDependencies,
    private readonly sessions: SessionTokens,
  ) {}

  async refresh(refreshToken: string, clientAddress: string): Promise<TokenResponse> {
    const rotation = await this.deps.refreshTokens.rotate(refreshToken, this.deps.now());
    switch (rotation.outcome) {
      case 'refused':
        await this.deps.log.record({ event: 'refresh_refused', clientAddress });
        throw refuse.badRefreshToken();
      case 'reused':
        await this.deps.log.record({ event: 'refresh_token_reused', subject: rotation.accountId, clientAddress, detail: { familyRevoked: rotation.familyId } });
        throw refuse.badRefreshToken();
      case 'rotated': {
        const account = await this.deps.accounts.byId(rotation.accountId);
        if (!account?.passwordHash) throw refuse.badRefreshToken();
        await this.deps.log.record({ event: 'token_refreshed', username: account.username, subject: account.id, clientAddress });
        return this.sessions.continued(account, rotation.next);
      }
      default: {
        const unknown: never = rotation;
        throw new Error(`Unknown rotation ${String(unknown)}`);
      }
    }
  }
}

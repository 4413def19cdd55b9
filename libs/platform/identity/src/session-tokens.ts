import { issueAccessToken } from '@hotline/platform-auth';
import type { Account } from './account';
import type { IdentityDependencies } from './identity-dependencies';
import type { IssuedRefreshToken } from './refresh-token-table';
import type { TokenResponse } from './token-response';

/** An officer's tokens: a short-lived access token beside the session's current refresh token. */
export class SessionTokens {
  constructor(private readonly deps: Pick<IdentityDependencies, 'key' | 'settings' | 'refreshTokens' | 'now'>) {}

  /** A password sign-in starts a session that lasts `sessionHours`, however often it is refreshed. */
  async started(account: Account): Promise<TokenResponse> {
    const now = this.deps.now();
    const refresh = await this.deps.refreshTokens.startFamily(account.id, now, new Date(now.getTime() + this.deps.settings.sessionHours * 3_600_000));
    return this.continued(account, refresh);
  }

  async continued(account: Account, refresh: IssuedRefreshToken): Promise<TokenResponse> {
    const access = await issueAccessToken(
      this.deps.key,
      { kind: 'officer', accountId: account.id, role: account.role, unitCode: account.unitCode },
      { issuer: this.deps.settings.issuer, lifetimeSeconds: this.deps.settings.accessTokenSeconds, now: this.deps.now() },
    );
    return { access_token: access.token, token_type: 'Bearer', expires_in: access.lifetimeSeconds, refresh_token: refresh.token, refresh_expires_at: refresh.expiresAt.toISOString() };
  }
}

import type { RequestActor } from '@hotline/platform-graphql';
import type { JWK } from 'jose';
import { requireRole } from './account-administration';
import { AccountActivation } from './account-activation';
import { ClientCredentials } from './client-credentials';
import { FirstAdministratorBootstrap } from './first-administrator-bootstrap';
import type { IdentityDependencies } from './identity-dependencies';
import { PasswordSignIn } from './password-sign-in';
import type { RecordedSecurityEntry } from './security-log';
import { SessionTokens } from './session-tokens';
import { TokenRefresh } from './token-refresh';
import { TokenRevocation } from './token-revocation';
import { TotpEnrollment } from './totp-enrollment';

/** Everything the /auth endpoints do, over one set of dependencies. */
export class IdentityUseCases {
  readonly passwordSignIn: PasswordSignIn;
  readonly refresh: TokenRefresh;
  readonly revocation: TokenRevocation;
  readonly clients: ClientCredentials;
  readonly activation: AccountActivation;
  readonly totp: TotpEnrollment;
  readonly bootstrap: FirstAdministratorBootstrap;

  constructor(private readonly deps: IdentityDependencies) {
    const sessions = new SessionTokens(deps);
    this.passwordSignIn = new PasswordSignIn(deps, sessions);
    this.refresh = new TokenRefresh(deps, sessions);
    this.revocation = new TokenRevocation(deps);
    this.clients = new ClientCredentials(deps);
    this.activation = new AccountActivation(deps);
    this.totp = new TotpEnrollment(deps);
    this.bootstrap = new FirstAdministratorBootstrap(deps);
  }

  /** The public keys that verify platform tokens (GET /auth/jwks.json). */
  jwks(): { keys: JWK[] } {
    return { keys: [this.deps.key.publicJwk] };
  }

  /** Ministry administrators and auditors read the security log. */
  securityLog(actor: RequestActor, query: { username?: string; limit?: number }): Promise<RecordedSecurityEntry[]> {
    requireRole(actor, ['ministry_admin', 'auditor'], { vi: 'xem nhật ký an ninh', en: 'read the security log' });
    return this.deps.log.entries({ username: query.username, limit: Number.isFinite(query.limit) ? query.limit : undefined });
  }
}

import { checkTotp, newTotpSecret, totpProvisioningUri } from '@hotline/platform-auth';
import type { RequestActor } from '@hotline/platform-graphql';
import type { Account } from './account';
import type { IdentityDependencies } from './identity-dependencies';
import { refuse } from './identity-wording';

/**
 * Two-factor sign-in (TOTP): the officer asks for a secret, adds it to an authenticator app, and
 * confirms with a code; from then on a password sign-in also needs the app's code.
 */
export class TotpEnrollment {
  constructor(private readonly deps: IdentityDependencies) {}

  async begin(actor: RequestActor): Promise<{ secret: string; otpauthUri: string }> {
    const account = await this.ownAccount(actor);
    if (account.totpSecret) throw refuse.totpAlreadyOn();
    const secret = newTotpSecret();
    await this.deps.accounts.setPendingTotp(account.id, secret, this.deps.now());
    return { secret, otpauthUri: totpProvisioningUri(secret, account.username, this.deps.settings.totpIssuer) };
  }

  async confirm(actor: RequestActor, code: string, clientAddress: string): Promise<void> {
    const account = await this.ownAccount(actor);
    if (!account.totpPendingSecret) throw refuse.noPendingTotp();
    const check = checkTotp(account.totpPendingSecret, code, this.deps.now(), null);
    if (!check.ok) throw refuse.badTotp();
    await this.deps.accounts.confirmTotp(account.id, check.step, this.deps.now());
    await this.deps.log.record({ event: 'totp_enrolled', username: account.username, subject: account.id, clientAddress });
  }

  private async ownAccount(actor: RequestActor): Promise<Account> {
    if (actor.kind === 'anonymous') throw refuse.signInRequired();
    const account = actor.kind === 'officer' ? await this.deps.accounts.byId(actor.id) : null;
    if (!account) throw refuse.localAccountOnly();
    return account;
  }
}

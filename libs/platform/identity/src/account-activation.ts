import { hashPassword, lockedAt, passwordProblems } from '@hotline/platform-auth';
import type { RequestActor } from '@hotline/platform-graphql';
import { normaliseUsername } from './account';
import { requireAccountAdministrator, requireRole } from './account-administration';
import type { IdentityDependencies } from './identity-dependencies';
import { IdentityRefusal } from './identity-refusal';
import { refuse } from './identity-wording';

export interface IssuedActivationCode {
  readonly username: string;
  readonly code: string;
  readonly expiresAt: string;
}

/**
 * H3: the roster creates accounts without a password. An administrator covering the officer's
 * unit issues a one-time activation code and hands it over; the officer sets a password with it.
 * The same code resets a forgotten password or a lost authenticator (two-factor starts over).
 */
export class AccountActivation {
  constructor(private readonly deps: IdentityDependencies) {}

  async issue(actor: RequestActor, typedUsername: string, clientAddress: string): Promise<IssuedActivationCode> {
    const account = await this.deps.accounts.byUsername(normaliseUsername(typedUsername));
    if (!account) {
      // Nobody but an administrator learns that a name has no account.
      requireRole(actor, ['ministry_admin', 'provincial_admin'], { vi: 'quản lý tài khoản cán bộ', en: 'administer officer accounts' });
      throw refuse.noSuchAccount();
    }
    const admin = requireAccountAdministrator(actor, account.unitCode);
    const now = this.deps.now();
    const expiresAt = new Date(now.getTime() + this.deps.settings.activationCodeHours * 3_600_000);
    const code = await this.deps.activationCodes.issue(account.id, admin.id, now, expiresAt);
    await this.deps.log.record({ event: 'activation_code_issued', username: account.username, subject: account.id, clientAddress, detail: { by: admin.id, expiresAt: expiresAt.toISOString() } });
    return { username: account.username, code, expiresAt: expiresAt.toISOString() };
  }

  /** Sets the password if the code is the account's; wrong codes count towards the same lockout as passwords. */
  async activate(request: { username: string; code: string; password: string; clientAddress: string }): Promise<void> {
    const username = normaliseUsername(request.username);
    const problems = passwordProblems(request.password, { username });
    if (problems.length > 0) {
      throw new IdentityRefusal('invalid_request', 'password_policy', { vi: problems.map((p) => p.text.vi).join(' '), en: problems.map((p) => p.text.en).join(' ') }, 'password', problems);
    }
    const now = this.deps.now();
    const throttle = await this.deps.throttle.of(username);
    if (lockedAt(throttle, now)) throw refuse.locked(new Date(throttle.lockedUntil!));
    const account = await this.deps.accounts.byUsername(username);
    const passwordHash = await hashPassword(request.password);
    const activated =
      account !== null &&
      (await this.deps.sql.transaction(async (tx) => {
        if (!(await this.deps.activationCodes.consume(account.id, request.code, now, tx))) return false;
        await this.deps.accounts.setPassword(account.id, passwordHash, now, { keepTotp: false }, tx);
        await this.deps.refreshTokens.revokeAllOf(account.id, now, tx);
        return true;
      }));
    if (!activated) {
      const outcome = await this.deps.throttle.recordFailure(username, now);
      await this.deps.log.record({ event: 'activation_failed', username, subject: account?.id ?? null, clientAddress: request.clientAddress, detail: { failures: outcome.throttle.failures } });
      if (outcome.lockedNow) throw refuse.locked(new Date(outcome.throttle.lockedUntil!));
      throw refuse.badActivationCode();
    }
    await this.deps.throttle.clear(username);
    await this.deps.log.record({ event: 'account_activated', username, subject: account!.id, clientAddress: request.clientAddress });
  }
}

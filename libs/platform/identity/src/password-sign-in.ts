import { checkTotp, lockedAt, verifyNoPassword, verifyPassword, hashPassword } from '@hotline/platform-auth';
import { normaliseUsername, type Account } from './account';
import type { IdentityDependencies } from './identity-dependencies';
import { refuse } from './identity-wording';
import type { SessionTokens } from './session-tokens';
import type { TokenResponse } from './token-response';

export interface PasswordSignInRequest {
  readonly username: string;
  readonly password: string;
  readonly totp?: string;
  readonly clientAddress: string;
}

/**
 * grant_type=password. An unknown name and a wrong password get the same answer in the same time,
 * and count towards the same lockout; an account with two-factor sign-in also needs its code.
 */
export class PasswordSignIn {
  constructor(
    private readonly deps: IdentityDependencies,
    private readonly sessions: SessionTokens,
  ) {}

  async signIn(request: PasswordSignInRequest): Promise<TokenResponse> {
    const username = normaliseUsername(request.username);
    const at = { username, clientAddress: request.clientAddress };
    const throttle = await this.deps.throttle.of(username);
    if (lockedAt(throttle, this.deps.now())) {
      await this.deps.log.record({ event: 'sign_in_refused_locked', ...at });
      throw refuse.locked(new Date(throttle.lockedUntil!));
    }
    const account = await this.deps.accounts.byUsername(username);
    const check = account?.passwordHash ? await verifyPassword(request.password, account.passwordHash) : await verifyNoPassword(request.password);
    if (!account || !check.matches) return this.failed(username, request.clientAddress, 'sign_in_failed', refuse.badCredentials(), account);
    if (account.totpSecret) await this.secondFactor(account, request);
    await this.deps.throttle.clear(username);
    if (check.needsRehash) await this.deps.accounts.setPassword(account.id, await hashPassword(request.password), this.deps.now(), { keepTotp: true });
    await this.deps.log.record({ event: 'sign_in_succeeded', ...at, subject: account.id, detail: { totp: account.totpSecret !== null } });
    return this.sessions.started(account);
  }

  private async secondFactor(account: Account, request: PasswordSignInRequest): Promise<void> {
    const username = account.username;
    if (!request.totp) {
      // The password was right: asking for the code is not a failure, and not counted as one.
      await this.deps.log.record({ event: 'totp_required', username, subject: account.id, clientAddress: request.clientAddress });
      throw refuse.totpRequired();
    }
    const check = checkTotp(account.totpSecret!, request.totp, this.deps.now(), account.totpLastStep);
    if (!check.ok || !(await this.deps.accounts.useTotpStep(account.id, check.step))) {
      await this.failed(username, request.clientAddress, 'totp_failed', refuse.badTotp(), account);
    }
  }

  private async failed(username: string, clientAddress: string, event: 'sign_in_failed' | 'totp_failed', refusal: Error, account: Account | null): Promise<never> {
    const outcome = await this.deps.throttle.recordFailure(username, this.deps.now());
    await this.deps.log.record({ event, username, subject: account?.id ?? null, clientAddress, detail: { failures: outcome.throttle.failures, knownAccount: account !== null } });
    if (outcome.lockedNow) {
      await this.deps.log.record({ event: 'user_name_locked', username, subject: account?.id ?? null, clientAddress, detail: { until: outcome.throttle.lockedUntil } });
      throw refuse.locked(new Date(outcome.throttle.lockedUntil!));
    }
    throw refusal;
  }
}

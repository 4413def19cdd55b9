import { hashPassword, passwordProblems } from '@hotline/platform-auth';
import { isValidUsername, normaliseUsername, type Account } from './account';
import { UsernameTaken } from './account-store';
import type { IdentityDependencies } from './identity-dependencies';
import { IdentityRefusal } from './identity-refusal';
import { refuse } from './identity-wording';

export interface BootstrapRequest {
  readonly code: string;
  readonly username: string;
  readonly password: string;
  readonly fullName?: string;
  readonly clientAddress: string;
}

/** POST /auth/bootstrap: the first ministry administrator, created with the one-time code from DATA_DIR/secrets. */
export class FirstAdministratorBootstrap {
  constructor(private readonly deps: IdentityDependencies) {}

  /** On start: a fresh code while nobody can administer the platform; the file's path, or null. */
  async prepare(): Promise<string | null> {
    if (await this.deps.accounts.hasMinistryAdministrator()) {
      this.deps.bootstrap.removeFile();
      return null;
    }
    await this.deps.bootstrap.write(this.deps.now());
    await this.deps.log.record({ event: 'bootstrap_code_written', detail: { file: this.deps.bootstrap.file } });
    return this.deps.bootstrap.file;
  }

  async bootstrap(request: BootstrapRequest): Promise<Account> {
    const username = normaliseUsername(request.username);
    if (!isValidUsername(username)) throw refuse.badUsername();
    const problems = passwordProblems(request.password, { username });
    if (problems.length > 0) {
      throw new IdentityRefusal('invalid_request', 'password_policy', { vi: problems.map((p) => p.text.vi).join(' '), en: problems.map((p) => p.text.en).join(' ') }, 'password', problems);
    }
    const fullName = (request.fullName ?? '').normalize('NFC').trim().slice(0, 200) || 'Quản trị Bộ';
    const passwordHash = await hashPassword(request.password);
    const now = this.deps.now();
    const outcome = await this.deps.sql.transaction(async (tx) => {
      if (await this.deps.accounts.hasMinistryAdministrator(tx)) return 'already' as const;
      if (!(await this.deps.bootstrap.matches(request.code, tx))) return 'bad_code' as const;
      const account = await this.deps.accounts.createAdministrator({ username, fullName, passwordHash }, now, tx);
      await this.deps.bootstrap.burn(tx);
      return account;
    }).catch((error: unknown) => {
      if (error instanceof UsernameTaken) throw refuse.usernameTaken();
      throw error;
    });
    if (outcome === 'already') throw refuse.alreadyBootstrapped();
    if (outcome === 'bad_code') {
      await this.deps.log.record({ event: 'bootstrap_failed', username, clientAddress: request.clientAddress });
      throw refuse.badBootstrapCode();
    }
    this.deps.bootstrap.removeFile();
    await this.deps.log.record({ event: 'administrator_bootstrapped', username, subject: outcome.id, clientAddress: request.clientAddress });
    return outcome;
  }
}

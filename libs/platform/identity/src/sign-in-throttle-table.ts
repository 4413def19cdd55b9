import { afterFailedSignIn, UNTHROTTLED, type FailedSignInOutcome, type LockoutPolicy, type SignInThrottle } from '@hotline/platform-auth';
import type { SqlClient } from '@hotline/platform-sql';
import type { IdentityTables } from './identity-tables';

interface ThrottleRow {
  failures: number;
  locked_until: Date | string | null;
}

/**
 * Failed sign-ins per user name, whether an account has that name or not, so a locked answer
 * tells an attacker nothing about which names exist.
 */
export class SignInThrottleTable {
  constructor(
    private readonly sql: SqlClient,
    private readonly tables: IdentityTables,
    private readonly policy: LockoutPolicy,
  ) {}

  async of(username: string): Promise<SignInThrottle> {
    const [row] = await this.sql.query<ThrottleRow>(`select failures, locked_until from ${this.tables.signInThrottle} where username = $1`, [username]);
    return row ? throttleOf(row) : UNTHROTTLED;
  }

  /** Counts one failure under a row lock, so simultaneous guesses are each counted. */
  recordFailure(username: string, now: Date): Promise<FailedSignInOutcome> {
    return this.sql.transaction(async (tx) => {
      await tx.query(
        `insert into ${this.tables.signInThrottle} (username, failures, locked_until, updated_at) values ($1, 0, null, $2::timestamptz) on conflict (username) do nothing`,
        [username, now.toISOString()],
      );
      const [row] = await tx.query<ThrottleRow>(`select failures, locked_until from ${this.tables.signInThrottle} where username = $1 for update`, [username]);
      const outcome = afterFailedSignIn(throttleOf(row), now, this.policy);
      await tx.query(`update ${this.tables.signInThrottle} set failures = $2, locked_until = $3::timestamptz, updated_at = $4::timestamptz where username = $1`, [
        username,
        outcome.throttle.failures,
        outcome.throttle.lockedUntil,
        now.toISOString(),
      ]);
      return outcome;
    });
  }

  async clear(username: string): Promise<void> {
    await this.sql.query(`delete from ${this.tables.signInThrottle} where username = $1`, [username]);
  }
}

function throttleOf(row: ThrottleRow): SignInThrottle {
  return { failures: Number(row.failures), lockedUntil: row.locked_until === null ? null : new Date(row.locked_until).toISOString() };
}

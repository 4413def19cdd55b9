import type { SqlClient, SqlExecutor } from '@hotline/platform-sql';
import type { IdentityTables } from './identity-tables';
import { normaliseTypedCode, secretDigest, typableCode } from './secret-digest';

/** One-time codes with which an officer sets a password (first activation or a reset by an administrator). */
export class ActivationCodeTable {
  constructor(
    private readonly sql: SqlClient,
    private readonly tables: IdentityTables,
  ) {}

  /** A new code; any earlier unused code of the account stops working. */
  issue(accountId: string, issuedBy: string, now: Date, expiresAt: Date): Promise<string> {
    const code = typableCode();
    return this.sql.transaction(async (tx) => {
      await tx.query(`update ${this.tables.activationCodes} set used_at = $2::timestamptz where account_id = $1 and used_at is null`, [accountId, now.toISOString()]);
      await tx.query(
        `insert into ${this.tables.activationCodes} (code_hash, account_id, issued_by, issued_at, expires_at) values ($1, $2, $3, $4::timestamptz, $5::timestamptz)`,
        [secretDigest(code), accountId, issuedBy, now.toISOString(), expiresAt.toISOString()],
      );
      return code;
    });
  }

  /** Burns the code if it is the account's, unused and unexpired. */
  async consume(accountId: string, typed: string, now: Date, db: SqlExecutor): Promise<boolean> {
    const rows = await db.query(
      `update ${this.tables.activationCodes} set used_at = $3::timestamptz
       where code_hash = $1 and account_id = $2 and used_at is null and expires_at > $3::timestamptz returning account_id`,
      [secretDigest(normaliseTypedCode(typed)), accountId, now.toISOString()],
    );
    return rows.length === 1;
  }
}

import type { RevokedAccessTokens } from '@hotline/platform-auth';
import type { SqlClient } from '@hotline/platform-sql';
import type { IdentityTables } from './identity-tables';

/**
 * Access tokens revoked before they expire. Every process that verifies tokens on the same
 * database reads it (the all-in-one host, or the separate services on PostgreSQL); a row is
 * useless once its token has expired and is purged then.
 */
export class RevokedAccessTokenTable implements RevokedAccessTokens {
  constructor(
    private readonly sql: SqlClient,
    private readonly tables: IdentityTables,
  ) {}

  async revoke(jti: string, expiresAt: Date, now: Date): Promise<void> {
    await this.sql.query(
      `insert into ${this.tables.revokedAccessTokens} (jti, expires_at, revoked_at) values ($1, $2::timestamptz, $3::timestamptz) on conflict (jti) do nothing`,
      [jti, expiresAt.toISOString(), now.toISOString()],
    );
  }

  async isRevoked(jti: string): Promise<boolean> {
    await this.tables.migrate(this.sql);
    const rows = await this.sql.query(`select 1 from ${this.tables.revokedAccessTokens} where jti = $1`, [jti]);
    return rows.length > 0;
  }

  async purgeExpired(now: Date): Promise<number> {
    const rows = await this.sql.query(`delete from ${this.tables.revokedAccessTokens} where expires_at < $1::timestamptz returning jti`, [now.toISOString()]);
    return rows.length;
  }
}

import { randomUUID } from 'node:crypto';
import type { SqlClient, SqlExecutor } from '@hotline/platform-sql';
import type { IdentityTables } from './identity-tables';
import { randomToken, secretDigest } from './secret-digest';

interface RefreshRow {
  family_id: string;
  account_id: string;
  expires_at: Date | string;
  rotated_at: Date | string | null;
  revoked_at: Date | string | null;
}

export interface IssuedRefreshToken {
  readonly token: string;
  readonly familyId: string;
  readonly expiresAt: Date;
}

export type RefreshRotation =
  | { readonly outcome: 'rotated'; readonly accountId: string; readonly next: IssuedRefreshToken }
  | { readonly outcome: 'reused'; readonly accountId: string; readonly familyId: string }
  | { readonly outcome: 'refused' };

/**
 * Opaque refresh tokens, stored as digests. A sign-in starts a family; each use rotates the token
 * within it, and the family ends when the sign-in's session does. Presenting a token that was
 * already rotated means two parties hold the family: the whole family is revoked (RFC 9700 §4.14).
 */
export class RefreshTokenTable {
  constructor(
    private readonly sql: SqlClient,
    private readonly tables: IdentityTables,
  ) {}

  async startFamily(accountId: string, now: Date, expiresAt: Date): Promise<IssuedRefreshToken> {
    return this.insert(this.sql, accountId, randomUUID(), now, expiresAt);
  }

  rotate(token: string, now: Date): Promise<RefreshRotation> {
    return this.sql.transaction(async (tx) => {
      const [row] = await tx.query<RefreshRow>(
        `select family_id, account_id, expires_at, rotated_at, revoked_at from ${this.tables.refreshTokens} where token_hash = $1 for update`,
        [secretDigest(token)],
      );
      if (!row || row.revoked_at !== null) return { outcome: 'refused' } as const;
      if (row.rotated_at !== null) {
        await this.revokeFamilyWith(tx, row.family_id, now);
        return { outcome: 'reused', accountId: row.account_id, familyId: row.family_id } as const;
      }
      const expiresAt = new Date(row.expires_at);
      if (expiresAt.getTime() <= now.getTime()) return { outcome: 'refused' } as const;
      await tx.query(`update ${this.tables.refreshTokens} set rotated_at = $2::timestamptz where token_hash = $1`, [secretDigest(token), now.toISOString()]);
      const next = await this.insert(tx, row.account_id, row.family_id, now, expiresAt);
      return { outcome: 'rotated', accountId: row.account_id, next } as const;
    });
  }

  /** Ends the session the token belongs to; the account it was for, or null for an unknown token. */
  async revokeFamilyOf(token: string, now: Date): Promise<string | null> {
    const [row] = await this.sql.query<RefreshRow>(`select family_id, account_id from ${this.tables.refreshTokens} where token_hash = $1`, [secretDigest(token)]);
    if (!row) return null;
    await this.revokeFamilyWith(this.sql, row.family_id, now);
    return row.account_id;
  }

  /** Every session of an account, e.g. when its password is set anew. */
  async revokeAllOf(accountId: string, now: Date, db: SqlExecutor = this.sql): Promise<void> {
    await db.query(`update ${this.tables.refreshTokens} set revoked_at = $2::timestamptz where account_id = $1 and revoked_at is null`, [accountId, now.toISOString()]);
  }

  private async revokeFamilyWith(db: SqlExecutor, familyId: string, now: Date): Promise<void> {
    await db.query(`update ${this.tables.refreshTokens} set revoked_at = $2::timestamptz where family_id = $1 and revoked_at is null`, [familyId, now.toISOString()]);
  }

  private async insert(db: SqlExecutor, accountId: string, familyId: string, now: Date, expiresAt: Date): Promise<IssuedRefreshToken> {
    const token = randomToken();
    await db.query(
      `insert into ${this.tables.refreshTokens} (token_hash, family_id, account_id, issued_at, expires_at) values ($1, $2, $3, $4::timestamptz, $5::timestamptz)`,
      [secretDigest(token), familyId, accountId, now.toISOString(), expiresAt.toISOString()],
    );
    return { token, familyId, expiresAt };
  }
}

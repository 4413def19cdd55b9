import type { SqlClient } from '@hotline/platform-sql';

/**
 * Runs DDL in one transaction under an advisory lock: replicas starting together would otherwise
 * race on `create … if not exists` and fail on the catalogue's unique indexes.
 */
export async function migrateSchema(sql: SqlClient, lockName: string, statements: readonly string[]): Promise<void> {
  await sql.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(hashtext($1))`, [lockName]);
    for (const statement of statements) await tx.query(statement);
  });
}

import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SqlClient, SqlExecutor } from '@hotline/platform-sql';
import type { IdentityTables } from './identity-tables';
import { digestsEqual, normaliseTypedCode, secretDigest, typableCode } from './secret-digest';

/**
 * The first-run administrator bootstrap. No password is baked in anywhere: while no ministry
 * administrator exists, each start writes a fresh one-time code into DATA_DIR/secrets (mode 0600,
 * readable only by whoever runs the platform) and keeps its digest; POST /auth/bootstrap with that
 * code creates the first ministry administrator and burns the code.
 */
export class BootstrapCode {
  constructor(
    private readonly sql: SqlClient,
    private readonly tables: IdentityTables,
    readonly file: string,
  ) {}

  static fileIn(dataDir: string): string {
    return path.resolve(dataDir, 'secrets', 'bootstrap-code.txt');
  }

  /** A new code in the file; replaces any earlier one, so only the file as it is now opens the door. */
  async write(now: Date): Promise<void> {
    const code = typableCode(6);
    await this.sql.query(
      `insert into ${this.tables.bootstrapCode} (singleton, code_hash, created_at) values (true, $1, $2::timestamptz)
       on conflict (singleton) do update set code_hash = excluded.code_hash, created_at = excluded.created_at`,
      [secretDigest(code), now.toISOString()],
    );
    mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    writeFileSync(
      this.file,
      [
        '# Mã khởi tạo quản trị Bộ, dùng một lần / one-time bootstrap code of the first ministry administrator',
        '# POST /auth/bootstrap {"code": "<mã/code>", "username": "...", "password": "<ít nhất/at least 12>", "fullName": "..."}',
        code,
        '',
      ].join('\n'),
      { mode: 0o600 },
    );
    chmodSync(this.file, 0o600);
  }

  async matches(typed: string, db: SqlExecutor): Promise<boolean> {
    const [row] = await db.query<{ code_hash: string }>(`select code_hash from ${this.tables.bootstrapCode} where singleton for update`);
    return row !== undefined && digestsEqual(secretDigest(normaliseTypedCode(typed)), row.code_hash);
  }

  async burn(db: SqlExecutor): Promise<void> {
    await db.query(`delete from ${this.tables.bootstrapCode}`);
  }

  removeFile(): void {
    rmSync(this.file, { force: true });
  }
}

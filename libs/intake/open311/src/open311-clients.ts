import { createHash, randomBytes } from 'node:crypto';
import { uuidv7 } from '@hotline/contracts-events';
import { sqlIdentifier, type SqlClient } from '@hotline/platform-sql';

export interface Open311Client {
  clientId: string;
  name: string;
  createdAt: string;
  revokedAt: string | null;
}

interface ClientRow {
  client_id: string;
  name: string;
  created_at: Date | string;
  revoked_at: Date | string | null;
}

const KEY_PREFIX = 'o311_';

/**
 * The integrators allowed to POST Open311 requests. Only a SHA-256 of each api key is stored: a
 * copy of the table opens nothing. The key itself is shown once, when it is issued.
 */
export class Open311Clients {
  private readonly table: string;

  constructor(
    private readonly sql: SqlClient,
    private readonly schema = 'intake',
  ) {
    this.table = `${sqlIdentifier(schema)}.open311_clients`;
  }

  async migrate(): Promise<void> {
    await this.sql.exec(`
      create schema if not exists ${sqlIdentifier(this.schema)};
      create table if not exists ${this.table} (
        client_id text primary key,
        name text not null,
        key_hash text not null unique,
        created_at timestamptz not null default now(),
        revoked_at timestamptz
      );`);
  }

  async issue(name: string): Promise<{ client: Open311Client; apiKey: string }> {
    const trimmed = name.trim();
    if (trimmed.length === 0 || trimmed.length > 200) throw new RangeError('An Open311 client needs a name of 1 to 200 characters');
    // 32 random bytes: guessing a key is hopeless, so a lookup by hash needs no constant-time compare.
    const apiKey = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const rows = await this.sql.query<ClientRow>(`insert into ${this.table} (client_id, name, key_hash) values ($1, $2, $3) returning *`, [uuidv7(), trimmed, keyHash(apiKey)]);
    return { client: toClient(rows[0]), apiKey };
  }

  /** The active client holding this key, or null for an unknown or revoked key. */
  async identify(apiKey: string): Promise<Open311Client | null> {
    if (!apiKey.startsWith(KEY_PREFIX) || apiKey.length > 100) return null;
    const rows = await this.sql.query<ClientRow>(`select * from ${this.table} where key_hash = $1 and revoked_at is null`, [keyHash(apiKey)]);
    return rows[0] ? toClient(rows[0]) : null;
  }

  async revoke(clientId: string): Promise<boolean> {
    const rows = await this.sql.query(`update ${this.table} set revoked_at = now() where client_id = $1 and revoked_at is null returning client_id`, [clientId]);
    return rows.length > 0;
  }

  async list(): Promise<Open311Client[]> {
    return (await this.sql.query<ClientRow>(`select * from ${this.table} order by created_at, client_id`)).map(toClient);
  }
}

function keyHash(apiKey: string): string {
  return createHash('sha256').update(apiKey, 'utf8').digest('hex');
}

function toClient(row: ClientRow): Open311Client {
  return {
    clientId: row.client_id,
    name: row.name,
    createdAt: new Date(row.created_at).toISOString(),
    revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at).toISOString(),
  };
}

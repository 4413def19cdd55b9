import { randomUUID } from 'node:crypto';
import type { SqlClient } from '@hotline/platform-sql';
import type { IdentityTables } from './identity-tables';
import { digestsEqual, randomToken, secretDigest } from './secret-digest';

/** An integrator's application, granted scopes by a ministry administrator. */
export interface ApiClient {
  readonly clientId: string;
  readonly name: string;
  readonly scopes: readonly string[];
  readonly createdBy: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

interface ClientRow {
  client_id: string;
  name: string;
  secret_hash: string;
  scopes: string[];
  created_by: string;
  created_at: Date | string;
  revoked_at: Date | string | null;
}

/** API clients (client credentials); the secret is shown once and kept as a digest. */
export class ApiClientTable {
  constructor(
    private readonly sql: SqlClient,
    private readonly tables: IdentityTables,
  ) {}

  async register(client: { name: string; scopes: readonly string[]; createdBy: string }, now: Date): Promise<{ client: ApiClient; secret: string }> {
    const clientId = `cli_${randomUUID().replace(/-/g, '')}`;
    const secret = randomToken();
    const [row] = await this.sql.query<ClientRow>(
      `insert into ${this.tables.apiClients} (client_id, name, secret_hash, scopes, created_by, created_at) values ($1, $2, $3, $4::text[], $5, $6::timestamptz)
       returning client_id, name, secret_hash, scopes, created_by, created_at, revoked_at`,
      [clientId, client.name, secretDigest(secret), [...client.scopes], client.createdBy, now.toISOString()],
    );
    return { client: clientOf(row), secret };
  }

  /** The client the id and secret prove, if it is not revoked. */
  async authenticated(clientId: string, secret: string): Promise<ApiClient | null> {
    const [row] = await this.sql.query<ClientRow>(
      `select client_id, name, secret_hash, scopes, created_by, created_at, revoked_at from ${this.tables.apiClients} where client_id = $1`,
      [clientId],
    );
    // Digest the secret even for an unknown id, so both take the same time.
    const presented = secretDigest(secret);
    if (!row || row.revoked_at !== null || !digestsEqual(presented, row.secret_hash)) return null;
    return clientOf(row);
  }

  async list(): Promise<ApiClient[]> {
    const rows = await this.sql.query<ClientRow>(
      `select client_id, name, secret_hash, scopes, created_by, created_at, revoked_at from ${this.tables.apiClients} order by created_at, client_id`,
    );
    return rows.map(clientOf);
  }

  async revoke(clientId: string, now: Date): Promise<boolean> {
    const rows = await this.sql.query(
      `update ${this.tables.apiClients} set revoked_at = coalesce(revoked_at, $2::timestamptz) where client_id = $1 returning client_id`,
      [clientId, now.toISOString()],
    );
    return rows.length === 1;
  }
}

function clientOf(row: ClientRow): ApiClient {
  return {
    clientId: row.client_id,
    name: row.name,
    scopes: row.scopes,
    createdBy: row.created_by,
    createdAt: new Date(row.created_at).toISOString(),
    revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at).toISOString(),
  };
}

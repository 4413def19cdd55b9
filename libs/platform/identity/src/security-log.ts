import type { SqlClient, SqlExecutor } from '@hotline/platform-sql';
import type { IdentityTables } from './identity-tables';

/** What the security log records: every sign-in, its failures and lockouts, and every grant of access. */
export type SecurityEvent =
  | 'sign_in_succeeded'
  | 'sign_in_failed'
  | 'sign_in_refused_locked'
  | 'user_name_locked'
  | 'totp_required'
  | 'totp_failed'
  | 'token_refreshed'
  | 'refresh_token_reused'
  | 'refresh_refused'
  | 'token_revoked'
  | 'client_credentials_granted'
  | 'client_credentials_refused'
  | 'api_client_registered'
  | 'api_client_revoked'
  | 'activation_code_issued'
  | 'account_activated'
  | 'activation_failed'
  | 'totp_enrolled'
  | 'bootstrap_code_written'
  | 'administrator_bootstrapped'
  | 'bootstrap_failed'
  | 'account_rostered';

export interface SecurityLogEntry {
  readonly event: SecurityEvent;
  /** The user name as typed (normalised), even when no account has it. */
  readonly username?: string | null;
  /** The account id or API client id it concerns. */
  readonly subject?: string | null;
  readonly clientAddress?: string | null;
  readonly detail?: Record<string, unknown>;
}

export interface RecordedSecurityEntry extends SecurityLogEntry {
  readonly id: number;
  readonly at: string;
}

interface LogRow {
  id: number;
  at: Date | string;
  event: SecurityEvent;
  username: string | null;
  subject: string | null;
  client_address: string | null;
  detail: Record<string, unknown> | string;
}

/** An append-only table; nothing in the platform updates or deletes its rows. */
export class SecurityLog {
  constructor(
    private readonly sql: SqlClient,
    private readonly tables: IdentityTables,
    private readonly now: () => Date,
  ) {}

  async record(entry: SecurityLogEntry, db: SqlExecutor = this.sql): Promise<void> {
    await db.query(
      `insert into ${this.tables.securityLog} (at, event, username, subject, client_address, detail) values ($1::timestamptz, $2, $3, $4, $5, $6::jsonb)`,
      [this.now().toISOString(), entry.event, entry.username?.slice(0, 200) ?? null, entry.subject ?? null, entry.clientAddress ?? null, JSON.stringify(entry.detail ?? {})],
    );
  }

  /** Newest first; one user name's lines, or everyone's. */
  async entries(query: { username?: string; limit?: number } = {}): Promise<RecordedSecurityEntry[]> {
    const rows = await this.sql.query<LogRow>(
      `select id, at, event, username, subject, client_address, detail from ${this.tables.securityLog}
       where ($1::text is null or username = $1) order by id desc limit $2`,
      [query.username ?? null, Math.min(Math.max(query.limit ?? 100, 1), 1000)],
    );
    return rows.map((row) => ({
      id: Number(row.id),
      at: new Date(row.at).toISOString(),
      event: row.event,
      username: row.username,
      subject: row.subject,
      clientAddress: row.client_address,
      detail: typeof row.detail === 'string' ? (JSON.parse(row.detail) as Record<string, unknown>) : row.detail,
    }));
  }
}

import { sqlIdentifier, type SqlClient } from '@hotline/platform-sql';

/** The identity's tables, in a schema of their own (`identity` unless a test asks for another). */
export class IdentityTables {
  readonly accounts: string;
  readonly signInThrottle: string;
  readonly activationCodes: string;
  readonly refreshTokens: string;
  readonly revokedAccessTokens: string;
  readonly apiClients: string;
  readonly bootstrapCode: string;
  readonly securityLog: string;
  private migrated?: Promise<void>;

  constructor(readonly schema = 'identity') {
    const table = (name: string) => `${sqlIdentifier(schema)}.${sqlIdentifier(name)}`;
    this.accounts = table('accounts');
    this.signInThrottle = table('sign_in_throttle');
    this.activationCodes = table('activation_codes');
    this.refreshTokens = table('refresh_tokens');
    this.revokedAccessTokens = table('revoked_access_tokens');
    this.apiClients = table('api_clients');
    this.bootstrapCode = table('bootstrap_code');
    this.securityLog = table('security_log');
  }

  /** Idempotent; under an advisory lock, as gateway replicas may start together on one database. */
  migrate(sql: SqlClient): Promise<void> {
    this.migrated ??= sql
      .transaction(async (tx) => {
        await tx.query(`select pg_advisory_xact_lock(hashtext($1))`, [`${this.schema}.identity`]);
        for (const statement of this.statements()) await tx.query(statement);
      })
      .catch((error: unknown) => {
        this.migrated = undefined;
        throw error;
      });
    return this.migrated;
  }

  private statements(): string[] {
    return [
      `create schema if not exists ${sqlIdentifier(this.schema)}`,
      `create table if not exists ${this.accounts} (
         id text primary key,
         username text not null unique,
         full_name text not null,
         role text not null,
         unit_code text not null,
         origin text not null,
         password_hash text,
         password_set_at timestamptz,
         totp_secret text,
         totp_pending_secret text,
         totp_last_step bigint,
         rostered_at timestamptz,
         created_at timestamptz not null,
         updated_at timestamptz not null
       )`,
      `create table if not exists ${this.signInThrottle} (
         username text primary key,
         failures integer not null,
         locked_until timestamptz,
         updated_at timestamptz not null
       )`,
      `create table if not exists ${this.activationCodes} (
         code_hash text primary key,
         account_id text not null,
         issued_by text not null,
         issued_at timestamptz not null,
         expires_at timestamptz not null,
         used_at timestamptz
       )`,
      `create index if not exists activation_codes_by_account on ${this.activationCodes} (account_id)`,
      `create table if not exists ${this.refreshTokens} (
         token_hash text primary key,
         family_id text not null,
         account_id text not null,
         issued_at timestamptz not null,
         expires_at timestamptz not null,
         rotated_at timestamptz,
         revoked_at timestamptz
       )`,
      `create index if not exists refresh_tokens_by_family on ${this.refreshTokens} (family_id)`,
      `create index if not exists refresh_tokens_by_account on ${this.refreshTokens} (account_id)`,
      `create table if not exists ${this.revokedAccessTokens} (
         jti text primary key,
         expires_at timestamptz not null,
         revoked_at timestamptz not null
       )`,
      `create table if not exists ${this.apiClients} (
         client_id text primary key,
         name text not null,
         secret_hash text not null,
         scopes text[] not null,
         created_by text not null,
         created_at timestamptz not null,
         revoked_at timestamptz
       )`,
      `create table if not exists ${this.bootstrapCode} (
         singleton boolean primary key default true check (singleton),
         code_hash text not null,
         created_at timestamptz not null
       )`,
      `create table if not exists ${this.securityLog} (
         id bigserial primary key,
         at timestamptz not null,
         event text not null,
         username text,
         subject text,
         client_address text,
         detail jsonb not null
       )`,
      `create index if not exists security_log_by_username on ${this.securityLog} (username, id)`,
    ];
  }
}

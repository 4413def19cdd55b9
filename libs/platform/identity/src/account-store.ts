import { randomUUID } from 'node:crypto';
import type { OfficerRole } from '@hotline/platform-graphql';
import type { SqlClient, SqlExecutor } from '@hotline/platform-sql';
import type { Account } from './account';
import type { IdentityTables } from './identity-tables';

interface AccountRow {
  id: string;
  username: string;
  full_name: string;
  role: OfficerRole;
  unit_code: string;
  origin: Account['origin'];
  password_hash: string | null;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_last_step: number | string | null;
}

export interface RosteredOfficer {
  readonly email: string;
  readonly unitCode: string;
  readonly fullName: string;
  readonly role: OfficerRole;
  readonly rosteredAt: string;
}

const COLUMNS = 'id, username, full_name, role, unit_code, origin, password_hash, totp_secret, totp_pending_secret, totp_last_step';

/** The accounts table. */
export class AccountStore {
  constructor(
    private readonly sql: SqlClient,
    private readonly tables: IdentityTables,
  ) {}

  async byUsername(username: string, db: SqlExecutor = this.sql): Promise<Account | null> {
    const [row] = await db.query<AccountRow>(`select ${COLUMNS} from ${this.tables.accounts} where username = $1`, [username]);
    return row ? accountOf(row) : null;
  }

  async byId(id: string, db: SqlExecutor = this.sql): Promise<Account | null> {
    const [row] = await db.query<AccountRow>(`select ${COLUMNS} from ${this.tables.accounts} where id = $1`, [id]);
    return row ? accountOf(row) : null;
  }

  /** Whether anyone can administer the platform yet (the bootstrap is over once one can sign in). */
  async hasMinistryAdministrator(db: SqlExecutor = this.sql): Promise<boolean> {
    const rows = await db.query(`select 1 from ${this.tables.accounts} where role = 'ministry_admin' and password_hash is not null limit 1`);
    return rows.length > 0;
  }

  /**
   * Creates the account of a rostered officer, without a password, or brings an existing one in
   * line with the roster (unit, name, role). An older roster line never overwrites a newer one.
   */
  async keepRostered(officer: RosteredOfficer, now: Date, db: SqlExecutor = this.sql): Promise<void> {
    await db.query(
      `insert into ${this.tables.accounts} (id, username, full_name, role, unit_code, origin, rostered_at, created_at, updated_at)
       values ($1, $2, $3, $4, $5, 'roster', $6::timestamptz, $7::timestamptz, $7::timestamptz)
       on conflict (username) do update set full_name = excluded.full_name, role = excluded.role, unit_code = excluded.unit_code,
         rostered_at = excluded.rostered_at, updated_at = excluded.updated_at
       where ${this.tables.accounts}.rostered_at is null or ${this.tables.accounts}.rostered_at <= excluded.rostered_at`,
      [randomUUID(), officer.email.toLowerCase(), officer.fullName, officer.role, officer.unitCode, officer.rosteredAt, now.toISOString()],
    );
  }

  async createAdministrator(account: { username: string; fullName: string; passwordHash: string }, now: Date, db: SqlExecutor = this.sql): Promise<Account> {
    const [row] = await db.query<AccountRow>(
      `insert into ${this.tables.accounts} (id, username, full_name, role, unit_code, origin, password_hash, password_set_at, created_at, updated_at)
       values ($1, $2, $3, 'ministry_admin', 'BTNMT', 'bootstrap', $4, $5::timestamptz, $5::timestamptz, $5::timestamptz)
       on conflict (username) do nothing
       returning ${COLUMNS}`,
      [randomUUID(), account.username, account.fullName, account.passwordHash, now.toISOString()],
    );
    if (!row) throw new UsernameTaken();
    return accountOf(row);
  }

  /** A new password turns two-factor sign-in off: the administrator's code is how a lost phone is recovered. */
  async setPassword(accountId: string, passwordHash: string, now: Date, options: { keepTotp: boolean }, db: SqlExecutor = this.sql): Promise<void> {
    await db.query(
      `update ${this.tables.accounts} set password_hash = $2, password_set_at = $3::timestamptz, updated_at = $3::timestamptz
         ${options.keepTotp ? '' : ', totp_secret = null, totp_pending_secret = null, totp_last_step = null'}
       where id = $1`,
      [accountId, passwordHash, now.toISOString()],
    );
  }

  async setPendingTotp(accountId: string, secret: string, now: Date): Promise<void> {
    await this.sql.query(`update ${this.tables.accounts} set totp_pending_secret = $2, updated_at = $3::timestamptz where id = $1`, [accountId, secret, now.toISOString()]);
  }

  async confirmTotp(accountId: string, step: number, now: Date): Promise<void> {
    await this.sql.query(
      `update ${this.tables.accounts} set totp_secret = totp_pending_secret, totp_pending_secret = null, totp_last_step = $2, updated_at = $3::timestamptz
       where id = $1 and totp_pending_secret is not null`,
      [accountId, step, now.toISOString()],
    );
  }

  /** Records the step a sign-in used; false when another sign-in used it (or a later one) first. */
  async useTotpStep(accountId: string, step: number): Promise<boolean> {
    const rows = await this.sql.query(
      `update ${this.tables.accounts} set totp_last_step = $2 where id = $1 and (totp_last_step is null or totp_last_step < $2) returning id`,
      [accountId, step],
    );
    return rows.length === 1;
  }
}

export class UsernameTaken extends Error {
  constructor() {
    super('username taken');
    this.name = 'UsernameTaken';
  }
}

function accountOf(row: AccountRow): Account {
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    role: row.role,
    unitCode: row.unit_code,
    origin: row.origin,
    passwordHash: row.password_hash,
    totpSecret: row.totp_secret,
    totpPendingSecret: row.totp_pending_secret,
    totpLastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
  };
}

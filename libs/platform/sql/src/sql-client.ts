/**
 * The SQL port. Read models, checkpoints and the SQL event store speak only to this,
 * so the same code runs on PostgreSQL (pg) in production and PGlite when embedded.
 */
export interface SqlExecutor {
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R[]>;
}

export interface SqlClient extends SqlExecutor {
  readonly dialect: 'postgres' | 'pglite';
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Runs several statements separated by semicolons, without parameters (migrations). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

/** Quotes an identifier that comes from configuration, never from a request. */
export function sqlIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new Error(`Invalid SQL identifier "${name}": use lower-case letters, digits and _`);
  }
  return `"${name}"`;
}

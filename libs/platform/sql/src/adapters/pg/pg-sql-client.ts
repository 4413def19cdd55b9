import pg from 'pg';
import type { SqlClient, SqlExecutor } from '../../sql-client';

const INT8_OID = 20;

/**
 * `create … if not exists` is not safe against itself: two sessions creating the same schema or
 * table at once both pass the check, and the loser fails on the system catalogue's unique index
 * (or with duplicate_schema/duplicate_table). Services migrate their tables concurrently on a
 * fresh database, so such a failure is retried: by then the winner has committed, and the
 * statement finds the object there. Only these catalogue races are retried, and only a failed —
 * hence rolled-back — statement or transaction is run again.
 */
const CATALOGUE_RACE_CONSTRAINTS = new Set(['pg_namespace_nspname_index', 'pg_type_typname_nsp_index', 'pg_class_relname_nsp_index']);
const CATALOGUE_RACE_CODES = new Set(['42P06', '42P07', '42710']);
const CATALOGUE_RACE_ATTEMPTS = 3;

function isCatalogueRace(error: unknown): boolean {
  const { code, constraint } = (error ?? {}) as { code?: string; constraint?: string };
  return (code === '23505' && constraint !== undefined && CATALOGUE_RACE_CONSTRAINTS.has(constraint)) || (code !== undefined && CATALOGUE_RACE_CODES.has(code));
}

async function retryingCatalogueRaces<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= CATALOGUE_RACE_ATTEMPTS || !isCatalogueRace(error)) throw error;
    }
  }
}

export interface PgSqlClientOptions {
  connectionString: string;
  maxConnections?: number;
  applicationName?: string;
}

/** SqlClient on a pg connection pool. int8 comes back as a JS number, as in the PGlite adapter. */
export class PgSqlClient implements SqlClient {
  readonly dialect = 'postgres' as const;
  private readonly pool: pg.Pool;

  constructor(options: PgSqlClientOptions) {
    this.pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.maxConnections ?? 10,
      application_name: options.applicationName ?? 'hotline',
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    // An idle client losing its connection must not crash the process; the pool replaces it.
    this.pool.on('error', () => undefined);
  }

  async query<R>(text: string, params?: readonly unknown[]): Promise<R[]> {
    const result = await retryingCatalogueRaces(() => this.pool.query(text, params as unknown[]));
    return result.rows as R[];
  }

  async exec(script: string): Promise<void> {
    await retryingCatalogueRaces(() => this.pool.query(script));
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return retryingCatalogueRaces(() => this.runTransaction(work));
  }

  private async runTransaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const tx: SqlExecutor = {
        query: async <R>(text: string, params?: readonly unknown[]) =>
          (await client.query(text, params as unknown[])).rows as R[],
      };
      const result = await work(tx);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

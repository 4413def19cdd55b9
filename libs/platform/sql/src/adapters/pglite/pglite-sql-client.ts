import { PGlite } from '@electric-sql/pglite';
import type { SqlClient, SqlExecutor } from '../../sql-client';

const INT8_OID = 20;

/**
 * SqlClient on PGlite, PostgreSQL compiled to WebAssembly, in process.
 * PGlite runs one statement at a time, so transactions are serialised; that is the
 * embedded mode's trade-off for needing nothing but Node.
 */
export class PGliteSqlClient implements SqlClient {
  readonly dialect = 'pglite' as const;

  private constructor(private readonly db: PGlite) {}

  /** `dataDir` undefined keeps the database in memory (tests). */
  static async open(dataDir?: string): Promise<PGliteSqlClient> {
    const db = await PGlite.create({ dataDir, parsers: { [INT8_OID]: (value: string) => Number(value) } });
    return new PGliteSqlClient(db);
  }

  async query<R>(text: string, params?: readonly unknown[]): Promise<R[]> {
    return (await this.db.query<R>(text, params as unknown[])).rows;
  }

  async exec(script: string): Promise<void> {
    await this.db.exec(script);
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.db.transaction(async (t) =>
      work({ query: async <R>(text: string, params?: readonly unknown[]) => (await t.query<R>(text, params as unknown[])).rows }),
    );
  }

  async close(): Promise<void> {
    if (!this.db.closed) {
      await this.db.close();
    }
  }
}

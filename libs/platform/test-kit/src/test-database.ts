import { ProcessedEvents } from '@hotline/platform-event-bus';
import { SqlCheckpointStore } from '@hotline/platform-event-store';
import { SqlEventStore } from '@hotline/platform-event-store/sql';
import { sqlIdentifier, type SqlClient } from '@hotline/platform-sql';
import { PgSqlClient } from '@hotline/platform-sql/pg';
import { PGliteSqlClient } from '@hotline/platform-sql/pglite';

/** What one service process sees of the database, in one test schema. */
export interface TestDatabase {
  readonly sql: SqlClient;
  readonly schema: string;
  /** The service's own event store, in `<schema>_events`. */
  readonly store: SqlEventStore;
  /** Another service's store (`<schema>_upstream`), to produce real envelopes of the events a context consumes. */
  readonly upstream: SqlEventStore;
  readonly processed: ProcessedEvents;
  readonly checkpoints: SqlCheckpointStore;
}

export interface TestDatabaseServer {
  readonly dialect: 'pglite' | 'postgres';
  /** Another process on `schema`: on PostgreSQL with its own pool, like a replica or a restarted service. */
  open(schema: string): Promise<TestDatabase>;
  /** Drops every schema opened (PostgreSQL) and closes every connection. */
  close(): Promise<void>;
}

export interface PostgresTestServerOptions {
  /** Shows in pg_stat_activity, so a connection left open names the suite that forgot it. */
  readonly applicationName: string;
  /**
   * Schemas a context's tests make beside the standard ones (`<schema>`, `<schema>_events`,
   * `<schema>_upstream`), by suffix, e.g. `_routing`: dropped on close as well.
   */
  readonly extraSchemaSuffixes?: readonly string[];
}

const STANDARD_SUFFIXES = ['', '_events', '_upstream'];

function databaseOn(sql: SqlClient, schema: string): TestDatabase {
  return {
    sql,
    schema,
    store: new SqlEventStore(sql, { schema: `${schema}_events` }),
    upstream: new SqlEventStore(sql, { schema: `${schema}_upstream` }),
    processed: new ProcessedEvents(sql, schema),
    checkpoints: new SqlCheckpointStore(sql, schema),
  };
}

/** One PGlite per test file, shared by every schema opened: opening one takes seconds. */
export function embeddedTestServer(): TestDatabaseServer {
  let opened: Promise<PGliteSqlClient> | undefined;
  return {
    dialect: 'pglite',
    open: async (schema) => databaseOn(await (opened ??= PGliteSqlClient.open()), schema),
    close: async () => {
      await (await opened)?.close();
    },
  };
}

/** A pool per `open` on a real PostgreSQL; `close` drops what the test made there, so runs leave nothing behind. */
export function postgresTestServer(url: string, options: PostgresTestServerOptions): TestDatabaseServer {
  const pools: PgSqlClient[] = [];
  const schemas = new Set<string>();
  const suffixes = [...STANDARD_SUFFIXES, ...(options.extraSchemaSuffixes ?? [])];
  return {
    dialect: 'postgres',
    open: async (schema) => {
      const sql = new PgSqlClient({ connectionString: url, maxConnections: 5, applicationName: options.applicationName });
      pools.push(sql);
      schemas.add(schema);
      return databaseOn(sql, schema);
    },
    close: async () => {
      const [first] = pools;
      for (const schema of schemas) {
        for (const suffix of suffixes) await first?.exec(`drop schema if exists ${sqlIdentifier(`${schema}${suffix}`)} cascade`);
      }
      await Promise.all(pools.map((pool) => pool.close()));
    },
  };
}

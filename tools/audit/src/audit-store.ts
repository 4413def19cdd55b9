import type { EventStore } from '@hotline/platform-event-store';
import { EventStoreDbEventStore } from '@hotline/platform-event-store/eventstoredb';
import { SqlEventStore } from '@hotline/platform-event-store/sql';
import type { SqlClient } from '@hotline/platform-sql';
import { PgSqlClient } from '@hotline/platform-sql/pg';
import { PGliteSqlClient } from '@hotline/platform-sql/pglite';
import type { StoreLocation } from './audit-arguments';

export interface OpenedStore {
  store: EventStore;
  close(): Promise<void>;
}

export class NoEventStoreError extends Error {
  constructor(readonly schema: string) {
    super(`Không có kho sự kiện trong schema ${schema} / there is no event store in schema ${schema}`);
    this.name = 'NoEventStoreError';
  }
}

/** Opens the store named on the command line; a SQL schema without an event store is an error, never created. */
export async function openAuditedStore(location: StoreLocation): Promise<OpenedStore> {
  if (location.kind === 'eventstoredb') {
    const store = new EventStoreDbEventStore(location.url);
    return { store, close: () => store.close() };
  }
  const sql: SqlClient = location.kind === 'postgres' ? new PgSqlClient({ connectionString: location.databaseUrl, applicationName: 'audit' }) : await PGliteSqlClient.open(location.directory);
  try {
    const [{ present }] = await sql.query<{ present: boolean }>(`select to_regclass($1) is not null as present`, [`${location.schema}.events`]);
    if (!present) throw new NoEventStoreError(location.schema);
  } catch (error) {
    await sql.close();
    throw error;
  }
  const store = new SqlEventStore(sql, { schema: location.schema });
  return {
    store,
    close: async () => {
      await store.close();
      await sql.close();
    },
  };
}

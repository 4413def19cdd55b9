import { sqlIdentifier, type SqlClient } from '@hotline/platform-sql';
import { PgSqlClient } from '@hotline/platform-sql/pg';
import { PGliteSqlClient } from '@hotline/platform-sql/pglite';
import { SqlEventStore } from '@hotline/platform-event-store/sql';
import { EventStoreDbEventStore } from '@hotline/platform-event-store/eventstoredb';
import { eventStoreTarget, type AppendTarget } from './append-target';
import type { Candidate, Subject } from './bench-run';
import { RawEventStoreDbAppend } from './raw-eventstoredb-append';
import { RawSqlEventTable } from './raw-sql-event-table';
import type { BenchSettings } from './settings';

/** An event store adapter and its raw baseline, opened on the same database. */
export interface EventStoreSubject extends Subject {
  name: string;
  adapter: AppendTarget;
  baseline: AppendTarget;
}

export function eventStoreCandidates(settings: BenchSettings): Candidate<EventStoreSubject>[] {
  const { databaseUrl, eventStoreUrl, runId } = settings;
  return [
    { name: 'PGlite', open: async () => openSqlSubject(await PGliteSqlClient.open(), runId) },
    databaseUrl
      ? { name: 'PostgreSQL', open: () => openSqlSubject(new PgSqlClient({ connectionString: databaseUrl, applicationName: 'hotline-bench' }), runId) }
      : { name: 'PostgreSQL', skipped: 'neither BENCH_DATABASE_URL nor TEST_DATABASE_URL is set' },
    eventStoreUrl
      ? { name: 'EventStoreDB', open: async () => openEventStoreDbSubject(eventStoreUrl) }
      : { name: 'EventStoreDB', skipped: 'EVENTSTORE_URL is not set' },
  ];
}

/** Store and baseline share the run's own schema, dropped afterwards so a shared server stays clean. */
async function openSqlSubject(sql: SqlClient, schema: string): Promise<EventStoreSubject> {
  const store = new SqlEventStore(sql, { schema });
  const dispose = async () => {
    await store.close();
    try {
      await sql.exec(`drop schema if exists ${sqlIdentifier(schema)} cascade`);
    } finally {
      await sql.close();
    }
  };
  try {
    await store.migrate();
    const baseline = await RawSqlEventTable.create(sql, schema);
    return { name: store.name, adapter: eventStoreTarget(store), baseline, dispose };
  } catch (error) {
    await dispose().catch(() => undefined);
    throw error;
  }
}

function openEventStoreDbSubject(url: string): EventStoreSubject {
  const store = new EventStoreDbEventStore(url);
  const baseline = new RawEventStoreDbAppend(url);
  return {
    name: store.name,
    adapter: eventStoreTarget(store),
    baseline,
    dispose: async () => {
      await Promise.all([store.close(), baseline.close()]);
    },
  };
}

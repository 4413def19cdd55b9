import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { PlatformConfig } from '@hotline/platform-config';
import { DEFAULT_PARTITIONS, ProcessedEvents, type EventBus } from '@hotline/platform-event-bus';
import { InProcessEventBus } from '@hotline/platform-event-bus/in-process';
import { KafkaEventBus } from '@hotline/platform-event-bus/kafka';
import { SqlCheckpointStore, type CheckpointStore, type EventStore } from '@hotline/platform-event-store';
import { EventStoreDbEventStore } from '@hotline/platform-event-store/eventstoredb';
import { SqlEventStore } from '@hotline/platform-event-store/sql';
import type { SqlClient } from '@hotline/platform-sql';
import { PgSqlClient } from '@hotline/platform-sql/pg';
import { PGliteSqlClient } from '@hotline/platform-sql/pglite';

/** What a service runs on: the ports, with the adapters the configuration chose. */
export interface ServiceInfrastructure {
  sql: SqlClient;
  store: EventStore;
  bus: EventBus;
  checkpoints: CheckpointStore;
  processed: ProcessedEvents;
  close(): Promise<void>;
}

/** Resources one process shares between the services it hosts (the all-in-one host). */
export interface SharedResources {
  sql?: SqlClient;
  bus?: EventBus;
}

export async function openPGlite(config: PlatformConfig, name: string): Promise<SqlClient> {
  const dir = path.resolve(config.DATA_DIR, name);
  mkdirSync(dir, { recursive: true });
  return PGliteSqlClient.open(dir);
}

export function openBus(config: PlatformConfig, clientId: string): EventBus {
  const defaultRetry = { maxAttempts: config.BUS_RETRY_MAX_ATTEMPTS, initialDelayMs: config.BUS_RETRY_INITIAL_DELAY_MS };
  return config.EVENT_BUS_ADAPTER === 'kafka'
    ? new KafkaEventBus({ brokers: config.KAFKA_BROKERS!.split(','), clientId: `${config.KAFKA_CLIENT_ID}-${clientId}`, namespace: config.KAFKA_NAMESPACE || undefined, defaultRetry })
    : new InProcessEventBus(DEFAULT_PARTITIONS, defaultRetry);
}

/**
 * Opens a service's infrastructure. Each service keeps its events and read models in schemas
 * of its own (`<service>_events`, `<service>`), so several services can share one database
 * (the all-in-one PGlite file, or one PostgreSQL) without touching each other's tables.
 */
export async function openInfrastructure(config: PlatformConfig, service: string, shared: SharedResources = {}): Promise<ServiceInfrastructure> {
  const owned: { close(): Promise<void> }[] = [];
  const own = <T extends { close(): Promise<void> }>(resource: T): T => {
    owned.push(resource);
    return resource;
  };
  const sql =
    shared.sql ??
    own(config.SQL_ADAPTER === 'postgres' ? new PgSqlClient({ connectionString: config.DATABASE_URL!, applicationName: service }) : await openPGlite(config, service));

  let store: EventStore;
  switch (config.EVENT_STORE_ADAPTER) {
    case 'eventstoredb':
      store = own(new EventStoreDbEventStore(config.EVENTSTORE_URL!));
      break;
    case 'postgres': {
      const storeSql = sql.dialect === 'postgres' ? sql : own(new PgSqlClient({ connectionString: config.DATABASE_URL!, applicationName: `${service}-events` }));
      store = own(new SqlEventStore(storeSql, { schema: `${service}_events` }));
      break;
    }
    case 'pglite':
      if (sql.dialect !== 'pglite') throw new Error('EVENT_STORE_ADAPTER=pglite needs SQL_ADAPTER=pglite: PGlite is embedded in this process');
      store = own(new SqlEventStore(sql, { schema: `${service}_events` }));
      break;
    default: {
      const unknown: never = config.EVENT_STORE_ADAPTER;
      throw new Error(`Unknown event store adapter ${String(unknown)}`);
    }
  }
  const bus = shared.bus ?? own(openBus(config, service));
  return {
    sql,
    store,
    bus,
    checkpoints: new SqlCheckpointStore(sql, service),
    processed: new ProcessedEvents(sql, service),
    // Close in reverse order of opening: the store before the database it writes to.
    close: async () => {
      for (const resource of owned.reverse()) await resource.close();
    },
  };
}

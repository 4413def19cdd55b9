import { ANY, EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import type { AppendTarget } from './append-target';
import type { AppendCall } from './event-workload';
import { RawEventRows, type RawEventRow } from './raw-event-rows';

/**
 * The EventStoreDB baseline: the same events and metadata written straight with the client,
 * without reading the stream head first, without a revision check and without hashing.
 */
export class RawEventStoreDbAppend implements AppendTarget {
  readonly label = 'plain appendToStream (any revision)';
  private readonly client: EventStoreDBClient;
  private readonly rows = new RawEventRows();

  constructor(connectionString: string) {
    this.client = EventStoreDBClient.connectionString(connectionString);
  }

  async append(call: AppendCall): Promise<void> {
    await this.client.appendToStream(call.streamId, this.rows.rowsFor(call).map(toJsonEvent), { expectedRevision: ANY });
  }

  close(): Promise<void> {
    return this.client.dispose();
  }
}

function toJsonEvent(row: RawEventRow) {
  return jsonEvent({
    id: row.eventId,
    type: row.type,
    data: row.data as never,
    metadata: {
      schemaVersion: row.schemaVersion,
      streamRevision: row.streamRevision,
      occurredAt: row.occurredAt,
      recordedAt: row.recordedAt,
      $correlationId: row.correlationId,
      $causationId: row.causationId,
      actor: row.actor,
      prevHash: row.prevHash,
      hash: row.hash,
    },
  });
}

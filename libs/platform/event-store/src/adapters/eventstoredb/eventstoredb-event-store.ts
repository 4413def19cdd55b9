import { EventEmitter } from 'node:events';
import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  jsonEvent,
  NO_STREAM,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type ResolvedEvent,
} from '@eventstore/db-client';
import {
  checkExpectedRevision,
  DEFAULT_READ_BATCH,
  WrongExpectedRevisionError,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
} from '../../event-store';
import { chainNewEvents, type StreamHead } from '../../hash-chain';

/** What the envelope keeps in EventStoreDB's metadata; data stays the event's own body. */
interface EnvelopeMetadata {
  schemaVersion: number;
  streamRevision: number;
  occurredAt: string;
  recordedAt: string;
  $correlationId: string;
  $causationId: string | null;
  actor: RecordedEvent['actor'];
  prevHash: string | null;
  hash: string;
}

const MAX_APPEND_ATTEMPTS = 5;

/**
 * The event store on EventStoreDB / KurrentDB. The hash chain is computed here, as for SQL,
 * so an auditor verifies both the same way. The global position is the commit position.
 */
export class EventStoreDbEventStore implements EventStore {
  readonly name = 'EventStoreDB';
  private readonly client: EventStoreDBClient;
  private readonly appended = new EventEmitter();

  constructor(connectionString: string) {
    this.client = EventStoreDBClient.connectionString(connectionString);
    this.appended.setMaxListeners(0);
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    if (events.length === 0) throw new Error('appendToStream needs at least one event');
    // The chain needs the current head, and the server's own check makes the head read safe:
    // if another writer appends in between, the append fails and, for loose expectations, retries.
    for (let attempt = 1; ; attempt++) {
      const head = await this.head(streamId);
      checkExpectedRevision(streamId, options.expectedRevision, head ? head.revision : 'no_stream');
      const chained = chainNewEvents(streamId, events, head, new Date());
      try {
        const result = await this.client.appendToStream(
          streamId,
          chained.map((e) =>
            jsonEvent({
              id: e.eventId,
              type: e.type,
              data: e.data as never,
              metadata: {
                schemaVersion: e.schemaVersion,
                streamRevision: e.streamRevision,
                occurredAt: e.occurredAt,
                recordedAt: e.recordedAt,
                $correlationId: e.correlationId,
                $causationId: e.causationId,
                actor: e.actor,
                prevHash: e.prevHash,
                hash: e.hash,
              } satisfies EnvelopeMetadata,
            }),
          ),
          { expectedRevision: head ? BigInt(head.revision) : NO_STREAM },
        );
        this.appended.emit('appended');
        const position = Number(result.position?.commit ?? 0n);
        return {
          nextExpectedRevision: Number(result.nextExpectedRevision),
          lastGlobalPosition: position,
          events: chained.map((e) => ({ ...e, globalPosition: position })),
        };
      } catch (error) {
        if (error instanceof WrongExpectedVersionError) {
          const loose = options.expectedRevision === 'any' || options.expectedRevision === 'stream_exists';
          if (loose && attempt < MAX_APPEND_ATTEMPTS) continue;
          const actual = typeof error.actualVersion === 'bigint' ? Number(error.actualVersion) : 'no_stream';
          throw new WrongExpectedRevisionError(streamId, options.expectedRevision, actual);
        }
        throw error;
      }
    }
  }

  private async head(streamId: string): Promise<StreamHead | null> {
    const [last] = await this.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    return last ? { revision: last.streamRevision, hash: last.hash } : null;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: options.fromRevision !== undefined ? BigInt(options.fromRevision) : backwards ? END : START,
        maxCount: options.maxCount ?? Number.MAX_SAFE_INTEGER,
      })) {
        const event = toRecordedEvent(resolved);
        if (event) events.push(event);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.after ?? 0;
    const maxCount = options.maxCount ?? DEFAULT_READ_BATCH;
    const events: RecordedEvent[] = [];
    const fromPosition = after > 0 ? { commit: BigInt(after), prepare: BigInt(after) } : START;
    // System events ($...) share the log; read past them until the batch is full.
    for await (const resolved of this.client.readAll({ fromPosition, maxCount: maxCount + 50 })) {
      const event = toRecordedEvent(resolved);
      if (event && event.globalPosition > after) events.push(event);
      if (events.length >= maxCount) break;
    }
    return events;
  }

  onAppended(listener: () => void): () => void {
    this.appended.on('appended', listener);
    return () => this.appended.off('appended', listener);
  }

  async close(): Promise<void> {
    this.appended.removeAllListeners();
    await this.client.dispose();
  }
}

function toRecordedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | null {
  const event = resolved.event;
  if (!event || event.type.startsWith('$') || !event.isJson) return null;
  const meta = event.metadata as Partial<EnvelopeMetadata> | undefined;
  if (!meta || typeof meta.hash !== 'string') return null;
  return {
    eventId: event.id,
    type: event.type,
    schemaVersion: meta.schemaVersion ?? 1,
    streamId: event.streamId,
    streamRevision: Number(event.revision),
    globalPosition: Number(event.position?.commit ?? 0n),
    occurredAt: meta.occurredAt ?? event.created.toISOString(),
    recordedAt: meta.recordedAt ?? event.created.toISOString(),
    correlationId: meta.$correlationId ?? event.id,
    causationId: meta.$causationId ?? null,
    actor: meta.actor ?? { kind: 'system', id: 'unknown' },
    data: event.data,
    prevHash: meta.prevHash ?? null,
    hash: meta.hash,
  };
}

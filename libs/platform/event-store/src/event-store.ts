import type { Actor, EventEnvelope } from '@hotline/contracts-events';

/** An event as stored: the full envelope of DESIGN §3, hash-chained per stream. */
export type RecordedEvent = EventEnvelope;

/** What a command handler asks to append. The store fills in revision, position, time and hashes. */
export interface NewEvent {
  eventId?: string;
  type: string;
  schemaVersion?: number;
  data: unknown;
  actor: Actor;
  occurredAt?: string;
  correlationId?: string;
  causationId?: string | null;
}

/**
 * Optimistic concurrency: a number is the revision the caller last saw
 * (the first event of a stream has revision 0).
 */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

export interface AppendResult {
  nextExpectedRevision: number;
  lastGlobalPosition: number;
  events: RecordedEvent[];
}

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive. Defaults to the start (forwards) or the end (backwards). */
  fromRevision?: number;
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive global position; 0 reads from the very start. */
  after?: number;
  maxCount?: number;
}

/** The event store port. Adapters: PostgreSQL and PGlite (one SQL implementation), EventStoreDB. */
export interface EventStore {
  readonly name: string;
  appendToStream(streamId: string, events: readonly NewEvent[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Calls `listener` after appends made through this instance; lets subscriptions wake without polling. */
  onAppended(listener: () => void): () => void;
  close(): Promise<void>;
}

export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${streamId}: expected revision ${String(expected)}, but the stream is at ${String(actual)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

export function checkExpectedRevision(streamId: string, expected: ExpectedRevision, actual: number | 'no_stream'): void {
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && actual === 'no_stream') ||
    (expected === 'stream_exists' && actual !== 'no_stream') ||
    (typeof expected === 'number' && expected === actual);
  if (!ok) {
    throw new WrongExpectedRevisionError(streamId, expected, actual);
  }
}

export const DEFAULT_READ_BATCH = 500;

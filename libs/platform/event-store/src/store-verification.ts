import { DEFAULT_READ_BATCH, type EventStore, type RecordedEvent } from './event-store';
import { ChainVerifier, type ChainVerdict, type StreamHead } from './hash-chain';

/** A store that also keeps each stream's head (the SQL store), so a deleted last event shows. */
export interface StoreWithHeads extends EventStore {
  streamHeads(): Promise<Map<string, StreamHead>>;
  streamHead(streamId: string): Promise<StreamHead | null>;
}

function hasHeads(store: EventStore): store is StoreWithHeads {
  const candidate = store as Partial<StoreWithHeads>;
  return typeof candidate.streamHeads === 'function' && typeof candidate.streamHead === 'function';
}

/** How far a verification has come: events and streams checked so far. */
export interface VerificationProgress {
  events: number;
  streams: number;
}

async function* pages(read: (cursor: RecordedEvent | null) => Promise<RecordedEvent[]>): AsyncGenerator<RecordedEvent[]> {
  let last: RecordedEvent | null = null;
  for (;;) {
    const batch = await read(last);
    if (batch.length === 0) return;
    yield batch;
    last = batch[batch.length - 1];
  }
}

/**
 * Verifies the hash chains of the whole store page by page (memory grows with the number of
 * streams, not of events) and, where the store records stream heads, that every stream still
 * ends where the head says: this catches the deletion of a last event, which leaves no gap
 * inside the chain. `onProgress` hears after each page, and where a broken link stopped it.
 */
export async function verifyStore(store: EventStore, onProgress?: (progress: VerificationProgress) => void): Promise<ChainVerdict> {
  const verifier = new ChainVerifier();
  for await (const batch of pages((last) => store.readAll({ after: last?.globalPosition ?? 0, maxCount: DEFAULT_READ_BATCH }))) {
    const intact = batch.every((event) => verifier.check(event));
    onProgress?.({ events: verifier.events, streams: verifier.streams });
    if (!intact) return verifier.verdict();
  }
  if (!hasHeads(store)) return verifier.verdict();
  for (const [streamId, head] of await store.streamHeads()) {
    const broken = headMismatch(verifier, streamId, head);
    if (broken) return broken;
  }
  return verifier.verdict();
}

/** Verifies one stream's chain, read page by page, and that it ends where the store's head says. */
export async function verifyStream(store: EventStore, streamId: string): Promise<ChainVerdict> {
  const verifier = new ChainVerifier();
  for await (const batch of pages((last) => store.readStream(streamId, { fromRevision: last ? last.streamRevision + 1 : 0, maxCount: DEFAULT_READ_BATCH }))) {
    for (const event of batch) {
      if (!verifier.check(event)) return verifier.verdict();
    }
  }
  const head = hasHeads(store) ? await store.streamHead(streamId) : null;
  return (head && headMismatch(verifier, streamId, head)) || verifier.verdict();
}

function headMismatch(verifier: ChainVerifier, streamId: string, head: StreamHead): ChainVerdict | null {
  const last = verifier.headOf(streamId);
  if (last && last.revision === head.revision && last.hash === head.hash) return null;
  return {
    intact: false,
    streams: verifier.streams,
    events: verifier.events,
    brokenAt: { streamId, streamRevision: head.revision, eventId: null, globalPosition: null, problem: 'revision_gap' },
  };
}

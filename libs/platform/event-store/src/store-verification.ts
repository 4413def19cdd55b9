import { DEFAULT_READ_BATCH, type EventStore, type RecordedEvent } from './event-store';
import { verifyChains, type ChainVerdict, type StreamHead } from './hash-chain';

/** A store that also keeps each stream's head (the SQL store), so a deleted last event shows. */
export interface StoreWithHeads extends EventStore {
  streamHeads(): Promise<Map<string, StreamHead>>;
}

function hasHeads(store: EventStore): store is StoreWithHeads {
  return typeof (store as Partial<StoreWithHeads>).streamHeads === 'function';
}

async function* everyEvent(store: EventStore, onProgress?: (events: number) => void): AsyncGenerator<RecordedEvent> {
  let after = 0;
  let seen = 0;
  for (;;) {
    const batch = await store.readAll({ after, maxCount: DEFAULT_READ_BATCH });
    if (batch.length === 0) return;
    yield* batch;
    seen += batch.length;
    onProgress?.(seen);
    after = batch[batch.length - 1].globalPosition;
  }
}

/**
 * Verifies the hash chains of the whole store and, where the store records stream heads, that
 * every stream still ends where the head says: this catches the deletion of a last event,
 * which leaves no gap inside the chain.
 */
export async function verifyStore(store: EventStore, onProgress?: (events: number) => void): Promise<ChainVerdict> {
  const events: RecordedEvent[] = [];
  const lastOf = new Map<string, RecordedEvent>();
  for await (const event of everyEvent(store, onProgress)) {
    events.push(event);
    lastOf.set(event.streamId, event);
  }
  const verdict = verifyChains(events);
  if (!verdict.intact || !hasHeads(store)) return verdict;
  for (const [streamId, head] of await store.streamHeads()) {
    const last = lastOf.get(streamId);
    if (!last || last.streamRevision !== head.revision || last.hash !== head.hash) {
      return {
        intact: false,
        streams: verdict.streams,
        events: verdict.events,
        brokenAt: { streamId, streamRevision: head.revision, eventId: null, globalPosition: null, problem: 'revision_gap' },
      };
    }
  }
  return verdict;
}

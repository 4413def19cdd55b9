import type { CheckpointStore } from './checkpoint-store';
import type { EventStore, RecordedEvent } from './event-store';
import { subscribeToAll } from './catch-up-subscription';

/** Just what a catch-up subscription uses of a store, with reads that finish when the test says. */
class SlowReadingStore {
  readonly events: RecordedEvent[] = [];
  private listeners: (() => void)[] = [];
  private pending: (() => void)[] = [];

  append(position: number): void {
    this.events.push({ globalPosition: position } as RecordedEvent);
    this.listeners.forEach((l) => l());
  }

  readAll({ after }: { after: number }): Promise<RecordedEvent[]> {
    // The snapshot is taken when the read starts, as a database read's would be.
    const snapshot = this.events.filter((e) => e.globalPosition > after);
    return new Promise((resolve) => this.pending.push(() => resolve(snapshot)));
  }

  onAppended(listener: () => void): () => void {
    this.listeners.push(listener);
    return () => (this.listeners = this.listeners.filter((l) => l !== listener));
  }

  async finishReads(): Promise<void> {
    while (this.pending.length > 0) this.pending.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const memoryCheckpoints = (): CheckpointStore => ({ load: async () => null, save: async () => undefined }) as unknown as CheckpointStore;

describe('catch-up subscription: caughtUp()', () => {
  it('is not answered by a read that started before the question (and so before the append it must cover)', async () => {
    const store = new SlowReadingStore();
    const handled: number[] = [];
    const subscription = subscribeToAll(store as unknown as EventStore, {
      subscriberId: 'test',
      checkpoints: memoryCheckpoints(),
      handle: async (events) => void handled.push(...events.map((e) => e.globalPosition)),
      pollIntervalMs: 60_000,
    });
    await new Promise((resolve) => setImmediate(resolve)); // the first read is now in flight, over an empty store
    store.append(1);
    let caughtUp = false;
    const answered = subscription.caughtUp().then(() => (caughtUp = true));
    await store.finishReads(); // the stale read returns nothing
    expect(caughtUp).toBe(false);
    for (let i = 0; i < 5 && !caughtUp; i++) await store.finishReads();
    await answered;
    expect(handled).toEqual([1]);
    const stopping = subscription.stop();
    await store.finishReads();
    await stopping;
  });
});

import type { CheckpointStore } from './checkpoint-store';
import { DEFAULT_READ_BATCH, type EventStore, type RecordedEvent } from './event-store';

export interface CatchUpOptions {
  subscriberId: string;
  checkpoints: CheckpointStore;
  /** Handles one batch in global order; the checkpoint moves past it only when this resolves. */
  handle: (events: RecordedEvent[]) => Promise<void>;
  /** Position to start from when no checkpoint is stored. */
  startAfter?: number;
  batchSize?: number;
  /** Upper bound on how long an append made by another process can go unnoticed. */
  pollIntervalMs?: number;
  onError?: (error: unknown, attempt: number) => void;
}

export interface CatchUpSubscription {
  /** Resolves once every event appended before the call has been handled. */
  caughtUp(): Promise<void>;
  position(): number;
  stop(): Promise<void>;
}

/**
 * A catch-up subscription to the whole store, built only on `readAll` so that every adapter
 * gets the same semantics: at-least-once, in global order, resumable from its checkpoint.
 */
export function subscribeToAll(store: EventStore, options: CatchUpOptions): CatchUpSubscription {
  const batchSize = options.batchSize ?? DEFAULT_READ_BATCH;
  const pollIntervalMs = options.pollIntervalMs ?? 250;
  let running = true;
  let position = 0;
  let wake: (() => void) | undefined;
  // Callers of caughtUp(), with the number of reads started before they asked: a waiter is
  // released only by an empty read that started after it asked, so it never hears "caught up"
  // from a read that could not have seen the events appended before the question.
  let waiters: { resolve: () => void; askedAfterRead: number }[] = [];
  let readsStarted = 0;
  // Set by every append, cleared before each read: an append that lands while a read is under
  // way (when there is nobody to wake) must not leave its event waiting a whole poll interval.
  let appendedSinceRead = false;
  const unsubscribe = store.onAppended(() => {
    appendedSinceRead = true;
    wake?.();
  });

  const releaseWaiters = (byRead = Number.POSITIVE_INFINITY) => {
    const released = waiters.filter((w) => w.askedAfterRead < byRead);
    waiters = waiters.filter((w) => w.askedAfterRead >= byRead);
    released.forEach((w) => w.resolve());
  };

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    });

  const loop = (async () => {
    position = (await options.checkpoints.load(options.subscriberId)) ?? options.startAfter ?? 0;
    let attempt = 0;
    while (running) {
      try {
        appendedSinceRead = false;
        const read = ++readsStarted;
        const batch = await store.readAll({ after: position, maxCount: batchSize });
        if (batch.length === 0) {
          releaseWaiters(read);
          if (!appendedSinceRead && waiters.length === 0) await sleep(pollIntervalMs);
          continue;
        }
        await options.handle(batch);
        position = batch[batch.length - 1].globalPosition;
        await options.checkpoints.save(options.subscriberId, position);
        attempt = 0;
      } catch (error) {
        attempt += 1;
        options.onError?.(error, attempt);
        await sleep(Math.min(100 * 2 ** attempt, 10_000));
      }
    }
  })();

  return {
    caughtUp() {
      return new Promise<void>((resolve) => {
        waiters.push({ resolve, askedAfterRead: readsStarted });
        wake?.();
      });
    },
    position: () => position,
    async stop() {
      running = false;
      unsubscribe();
      wake?.();
      await loop;
      releaseWaiters();
    },
  };
}

import { topicOf } from '@hotline/contracts-events';
import type { BusMessage, EventBus } from '@hotline/platform-event-bus';
import {
  InMemoryCheckpointStore,
  subscribeToAll,
  type CatchUpSubscription,
  type CheckpointStore,
  type EventStore,
  type RecordedEvent,
} from '@hotline/platform-event-store';
import { toBusMessage } from './integration-message';

export interface ForwarderOptions {
  store: EventStore;
  bus: EventBus;
  checkpoints: CheckpointStore;
  /** One forwarder per store; the name keys its checkpoint. */
  name?: string;
  topicFor?: (event: RecordedEvent) => string;
  /** Which events this forwarder owns, when several services share one store (EventStoreDB). */
  select?: (event: RecordedEvent) => boolean;
  batchSize?: number;
  pollIntervalMs?: number;
  onError?: (error: unknown, attempt: number) => void;
}

/**
 * Moves events from the store to the bus, at least once.
 * The checkpoint is saved only after the bus acknowledged a batch, so an event appended just
 * before a crash is published after the restart; a crash after publishing and before the
 * checkpoint republishes, which idempotent consumers absorb.
 * An in-process bus keeps nothing across restarts, so then the forwarder replays the store
 * from the start rather than trusting a checkpoint that outlived the messages.
 */
export class Forwarder {
  private subscription?: CatchUpSubscription;

  constructor(private readonly options: ForwarderOptions) {}

  get name(): string {
    return this.options.name ?? 'forwarder';
  }

  start(): void {
    if (this.subscription) return;
    const { store, bus } = this.options;
    const topicFor = this.options.topicFor ?? ((e: RecordedEvent) => topicOf(e.type));
    this.subscription = subscribeToAll(store, {
      subscriberId: this.name,
      checkpoints: bus.durable ? this.options.checkpoints : new InMemoryCheckpointStore(),
      batchSize: this.options.batchSize,
      pollIntervalMs: this.options.pollIntervalMs,
      onError: this.options.onError,
      handle: async (events) => {
        const byTopic = new Map<string, BusMessage[]>();
        for (const event of events) {
          if (this.options.select && !this.options.select(event)) continue;
          const topic = topicFor(event);
          byTopic.set(topic, [...(byTopic.get(topic) ?? []), toBusMessage(event)]);
        }
        for (const [topic, messages] of byTopic) await bus.publish(topic, messages);
      },
    });
  }

  /** Resolves when everything appended so far has been published. */
  async caughtUp(): Promise<void> {
    await this.subscription?.caughtUp();
  }

  position(): number {
    return this.subscription?.position() ?? 0;
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = undefined;
  }
}

import type { BusMessage, BusSubscription, EventBus } from '@hotline/platform-event-bus';

/** A publish→consume path the bus workload runs over: an event bus adapter or a raw baseline. */
export interface MessageChannel {
  readonly label: string;
  /** Resolves once the consumer is in place, so timing starts with nobody still joining. */
  start(onMessage: () => void): Promise<void>;
  publish(batch: BusMessage[]): Promise<void>;
  close(): Promise<void>;
}

/** The EventBus port as services use it: one topic, one consumer group. */
export function eventBusChannel(bus: EventBus, topic: string, groupId: string): MessageChannel {
  let subscription: BusSubscription | undefined;
  return {
    label: bus.name,
    start: async (onMessage) => {
      await bus.ensureTopics([topic]);
      subscription = await bus.subscribe({ groupId, topics: [topic], fromBeginning: true, handle: async () => onMessage() });
    },
    publish: (batch) => bus.publish(topic, batch),
    close: async () => {
      try {
        await subscription?.stop();
      } finally {
        await bus.close();
      }
    },
  };
}

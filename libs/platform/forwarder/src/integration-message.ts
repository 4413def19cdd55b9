import { EventEnvelopeSchema, topicOf, type EventCatalogue } from '@hotline/contracts-events';
import type { BusMessage, BusSubscription, ConsumedMessage, EventBus, RetryPolicy } from '@hotline/platform-event-bus';
import type { RecordedEvent } from '@hotline/platform-event-store';

export const EventHeaders = {
  type: 'x-event-type',
  id: 'x-event-id',
  schemaVersion: 'x-schema-version',
  correlationId: 'x-correlation-id',
} as const;

/** A stored event as a bus message: keyed by stream id, the whole envelope as JSON. */
export function toBusMessage(event: RecordedEvent): BusMessage {
  return {
    key: event.streamId,
    value: JSON.stringify(event),
    headers: {
      [EventHeaders.type]: event.type,
      [EventHeaders.id]: event.eventId,
      [EventHeaders.schemaVersion]: String(event.schemaVersion),
      [EventHeaders.correlationId]: event.correlationId,
    },
  };
}

/** Parses a bus message back into an envelope; with a catalogue, validates and upcasts the data too. */
export function fromBusMessage(message: Pick<ConsumedMessage, 'value'>, catalogue?: EventCatalogue): RecordedEvent {
  const raw: unknown = JSON.parse(message.value);
  return catalogue ? catalogue.parse(raw) : EventEnvelopeSchema.parse(raw);
}

export interface IntegrationConsumerOptions {
  groupId: string;
  /** Event types this consumer cares about; their contexts' topics are subscribed. */
  types: string[];
  catalogue?: EventCatalogue;
  handle: (event: RecordedEvent) => Promise<void>;
  retry?: Partial<RetryPolicy>;
}

/** Subscribes to the topics of the given event types and hands over only those types. */
export function consumeIntegrationEvents(bus: EventBus, options: IntegrationConsumerOptions): Promise<BusSubscription> {
  const wanted = new Set(options.types);
  const topics = [...new Set(options.types.map(topicOf))];
  return bus.subscribe({
    groupId: options.groupId,
    topics,
    retry: options.retry,
    handle: async (message) => {
      const type = message.headers?.[EventHeaders.type];
      if (type && !wanted.has(type)) return;
      const event = fromBusMessage(message, options.catalogue);
      if (wanted.has(event.type)) await options.handle(event);
    },
  });
}

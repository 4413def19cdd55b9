import { integrationEvents, type Actor } from '@hotline/contracts-events';
import type { DeadlineEvent } from '@hotline/deadline-domain';
import type { NewEvent, RecordedEvent } from '@hotline/platform-event-store';

/** The forwarder publishes a service's events by this prefix, to `hotline.deadline.events`. */
export const DEADLINE_EVENT_PREFIX = 'deadline.';
const STREAM_PREFIX = 'deadline-';

export function deadlineStreamId(deadlineId: string): string {
  return `${STREAM_PREFIX}${deadlineId}`;
}

/** Who asked and why, carried into the envelope for the audit trail. */
export interface CommandMetadata {
  readonly actor: Actor;
  readonly correlationId?: string;
  readonly causationId?: string | null;
}

/**
 * A domain event as the store keeps it. Types that other services consume are checked against
 * the catalogue here, so a contract break fails the command instead of reaching a consumer.
 */
export function toNewEvent(event: DeadlineEvent, metadata: CommandMetadata, occurredAt?: string): NewEvent {
  const type = `${DEADLINE_EVENT_PREFIX}${event.type}`;
  // The catalogue strips fields it does not know; the stored event keeps the domain's full data.
  const schemaVersion = integrationEvents.has(type) ? integrationEvents.prepare(type, event.data).schemaVersion : 1;
  return {
    type,
    schemaVersion,
    data: event.data,
    actor: metadata.actor,
    occurredAt,
    correlationId: metadata.correlationId,
    causationId: metadata.causationId ?? null,
  };
}

/** True for events of this service's deadline streams, even in a store shared with other services. */
export function isDeadlineEvent(event: RecordedEvent): boolean {
  return event.type.startsWith(DEADLINE_EVENT_PREFIX) && event.streamId.startsWith(STREAM_PREFIX);
}

export function toDeadlineEvent(event: RecordedEvent): DeadlineEvent {
  return { type: event.type.slice(DEADLINE_EVENT_PREFIX.length), data: event.data } as DeadlineEvent;
}

import { integrationEvents } from '@hotline/contracts-events';
import type { BusSubscription, EventBus, RetryPolicy } from '@hotline/platform-event-bus';
import { consumeIntegrationEvents } from '@hotline/platform-forwarder';
import { PLANNED_EVENT_TYPES } from './deadline-plan';
import { SESSION_PLANNED_EVENT_TYPES } from './session-deadline-plan';
import type { DeadlinePlanner } from './deadline-planner';

/** One consumer group for every replica of the deadline service: each event is planned by one of them. */
export const DEADLINE_CONSUMER_GROUP = 'deadline-service';

/**
 * Feeds intake's, routing's and the session service's stage events to the planner (one
 * subscription for every topic, as Kafka groups expect every member to subscribe to the same
 * topics). Topics are not ordered with each other; the plans cope with routing's assignment
 * arriving first, and with a question's events overtaking its session's. Delivery is
 * at least once (the offset is committed after the planner returns, failures are retried with
 * backoff, then dead-lettered with the reason); the planner's idempotence turns that into
 * exactly-once effects.
 */
export function consumeCaseProgress(bus: EventBus, planner: DeadlinePlanner, retry?: Partial<RetryPolicy>): Promise<BusSubscription> {
  return consumeIntegrationEvents(bus, {
    groupId: DEADLINE_CONSUMER_GROUP,
    types: [...PLANNED_EVENT_TYPES, ...SESSION_PLANNED_EVENT_TYPES],
    catalogue: integrationEvents,
    handle: planner.plan,
    retry,
  });
}

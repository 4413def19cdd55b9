import { DeadlineBreached, integrationEvents, ReportAccepted } from '@hotline/contracts-events';
import type { BusSubscription, EventBus, RetryPolicy } from '@hotline/platform-event-bus';
import { consumeIntegrationEvents } from '@hotline/platform-forwarder';
import type { DeadlineBreachEscalation } from './deadline-breach-consumer';
import type { ReportIntake } from './report-intake-consumer';

/** One consumer group for every replica of the routing service: each message is handled by one of them. */
export const ROUTING_CONSUMER_GROUP = 'routing-service';

/**
 * One subscription for both topics: Kafka groups expect every member to subscribe to the same
 * topics. Delivery is at least once (failures retried with backoff, then dead-lettered with the
 * reason); each handler turns that into exactly-once effects on the case streams.
 */
export function consumeRoutingInputs(
  bus: EventBus,
  handlers: { readonly reports: ReportIntake; readonly breaches: DeadlineBreachEscalation },
  retry?: Partial<RetryPolicy>,
): Promise<BusSubscription> {
  return consumeIntegrationEvents(bus, {
    groupId: ROUTING_CONSUMER_GROUP,
    types: [ReportAccepted.type, DeadlineBreached.type],
    catalogue: integrationEvents,
    handle: async (event) => {
      if (event.type === ReportAccepted.type) await handlers.reports.receive(event);
      else await handlers.breaches.receive(event);
    },
    retry,
  });
}

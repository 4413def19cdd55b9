import { integrationEvents, OfficerRostered, type CatalogueEvent } from '@hotline/contracts-events';
import type { BusSubscription, EventBus, ProcessedEvents, RetryPolicy } from '@hotline/platform-event-bus';
import { consumeIntegrationEvents } from '@hotline/platform-forwarder';
import type { AccountStore } from './account-store';
import type { SecurityLog } from './security-log';

/** One consumer group for every gateway replica: each roster line is applied by one of them. */
export const IDENTITY_CONSUMER_GROUP = 'identity';
const CONSUMER = 'identity-roster-accounts';

/**
 * H3 "importing the roster creates accounts and grants permissions": routing announces each
 * rostered officer, and the account is created (without a password) or brought in line with the
 * roster, once per event even when the bus delivers it again.
 */
export function keepRosteredAccounts(
  bus: EventBus,
  dependencies: { readonly accounts: AccountStore; readonly processed: ProcessedEvents; readonly log: SecurityLog; readonly now: () => Date },
  retry?: Partial<RetryPolicy>,
): Promise<BusSubscription> {
  return consumeIntegrationEvents(bus, {
    groupId: IDENTITY_CONSUMER_GROUP,
    types: [OfficerRostered.type],
    catalogue: integrationEvents,
    retry,
    handle: async (event) => {
      const { data, actor } = event as CatalogueEvent<typeof OfficerRostered>;
      await dependencies.processed.applyOnce(CONSUMER, event.eventId, async (tx) => {
        await dependencies.accounts.keepRostered(data, dependencies.now(), tx);
        await dependencies.log.record({ event: 'account_rostered', username: data.email.toLowerCase(), detail: { unitCode: data.unitCode, role: data.role, by: actor.id } }, tx);
      });
    },
  });
}

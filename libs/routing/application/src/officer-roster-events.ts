import { integrationEvents, OfficerRostered, type Actor } from '@hotline/contracts-events';
import type { EventStore } from '@hotline/platform-event-store';
import type { Officer } from '@hotline/routing-domain';

const STREAM_PREFIX = 'roster-officer-';

/**
 * H3 "importing the roster creates accounts": every officer an import stored is announced as
 * `routing.OfficerRostered`, one stream per e-mail, and identity keeps the accounts from these.
 * The rows are stored first; should the append fail, the import reports the failure and importing
 * the same sheet again announces them (identity's consumer is idempotent, an update is harmless).
 */
export class OfficerRosterEvents {
  constructor(private readonly store: EventStore) {}

  async announce(officers: readonly Officer[], actor: Actor, at: Date): Promise<void> {
    for (const officer of officers) {
      const data = { email: officer.email, unitCode: officer.unitCode, fullName: officer.fullName, role: officer.role, rosteredAt: at.toISOString() };
      const { schemaVersion } = integrationEvents.prepare(OfficerRostered.type, data);
      await this.store.appendToStream(`${STREAM_PREFIX}${officer.email}`, [{ type: OfficerRostered.type, schemaVersion, data, actor, occurredAt: data.rosteredAt }], {
        expectedRevision: 'any',
      });
    }
  }
}

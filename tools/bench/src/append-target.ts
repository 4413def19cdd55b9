import type { EventStore } from '@hotline/platform-event-store';
import type { AppendCall } from './event-workload';

/** Something the append workload can be run against: an event store adapter or a raw baseline. */
export interface AppendTarget {
  readonly label: string;
  append(call: AppendCall): Promise<void>;
}

/** Drives the EventStore port as a command handler would: each append states the revision it last saw. */
export function eventStoreTarget(store: EventStore): AppendTarget {
  const revisions = new Map<string, number>();
  return {
    label: store.name,
    append: async ({ streamId, events }) => {
      const result = await store.appendToStream(streamId, events, { expectedRevision: revisions.get(streamId) ?? 'no_stream' });
      revisions.set(streamId, result.nextExpectedRevision);
    },
  };
}

import { DEFAULT_READ_BATCH, type EventStore, type RecordedEvent } from './event-store';

/** Every event of one stream, oldest first, read page by page. */
export async function readWholeStream(store: EventStore, streamId: string): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for (;;) {
    const last = events[events.length - 1];
    const page = await store.readStream(streamId, { fromRevision: last ? last.streamRevision + 1 : 0, maxCount: DEFAULT_READ_BATCH });
    events.push(...page);
    if (page.length < DEFAULT_READ_BATCH) return events;
  }
}

/**
 * The history of an aggregate kept in several streams (a report and the views of its reporter's
 * identity, a case's deadlines), in the order the store recorded it.
 */
export async function historyOfStreams(store: EventStore, streamIds: Iterable<string>): Promise<RecordedEvent[]> {
  const streams = await Promise.all([...new Set(streamIds)].map((id) => readWholeStream(store, id)));
  return streams.flat().sort((a, b) => a.globalPosition - b.globalPosition);
}

/**
 * What the store held at an instant: the events recorded up to it. Replaying these, never a read
 * model, is how an auditor sees a past state; recordedAt, not occurredAt, since a call entered
 * late was not known before it was recorded.
 */
export function recordedBy(events: readonly RecordedEvent[], instant: Date): RecordedEvent[] {
  const at = instant.getTime();
  return events.filter((event) => Date.parse(event.recordedAt) <= at);
}

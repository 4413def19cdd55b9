import type { Actor } from '@hotline/contracts-events';
import { uuidv7 } from '@hotline/contracts-events';
import type { AppendCall } from './event-workload';

/** The values of one row of the events table, as the SQL event store writes them. */
export interface RawEventRow {
  globalPosition: number;
  eventId: string;
  streamId: string;
  streamRevision: number;
  type: string;
  schemaVersion: number;
  data: unknown;
  actor: Actor;
  occurredAt: string;
  recordedAt: string;
  correlationId: string;
  causationId: string | null;
  prevHash: string | null;
  hash: string;
}

/**
 * Turns the workload's calls into complete rows without what the store adds: no position
 * counter in the database, no stream head lookup, no SHA-256. Positions and revisions are
 * counted here, and hashes are 64-hex strings of the same shape that cost nothing to make.
 */
export class RawEventRows {
  private position = 0;
  private readonly heads = new Map<string, { revision: number; hash: string }>();

  rowsFor({ streamId, events }: AppendCall): RawEventRow[] {
    const now = new Date();
    const recordedAt = now.toISOString();
    return events.map((event) => {
      const head = this.heads.get(streamId);
      const globalPosition = ++this.position;
      const eventId = uuidv7(now.getTime());
      const hash = globalPosition.toString(16).padStart(64, '0');
      const row: RawEventRow = {
        globalPosition,
        eventId,
        streamId,
        streamRevision: head ? head.revision + 1 : 0,
        type: event.type,
        schemaVersion: event.schemaVersion ?? 1,
        data: event.data,
        actor: event.actor,
        occurredAt: event.occurredAt ?? recordedAt,
        recordedAt,
        correlationId: event.correlationId ?? eventId,
        causationId: event.causationId ?? null,
        prevHash: head?.hash ?? null,
        hash,
      };
      this.heads.set(streamId, { revision: row.streamRevision, hash });
      return row;
    });
  }
}

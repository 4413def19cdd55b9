import { historyOfStreams, verifyStore, verifyStream, type ChainVerdict, type EventStore, type RecordedEvent, type VerificationProgress } from '@hotline/platform-event-store';
import { deadlineStreamId } from './stored-deadline-event';

const STREAM_PREFIX = deadlineStreamId('');

/** What auditors read of the deadline service (DESIGN §1): deadlines' histories and the hash chains. */
export class DeadlineAudit {
  constructor(private readonly store: EventStore) {}

  /** The events of several deadlines (a case's), in store order. */
  history(deadlineIds: readonly string[]): Promise<RecordedEvent[]> {
    return historyOfStreams(this.store, deadlineIds.map(deadlineStreamId));
  }

  /** One stream's chain, or without a stream the whole of the deadline service's store, page by page. */
  verify(streamId?: string | null, onProgress?: (progress: VerificationProgress) => void): Promise<ChainVerdict> {
    return streamId ? verifyStream(this.store, streamId) : verifyStore(this.store, onProgress);
  }

  /** The deadline a stream of this store belongs to; null for any other stream. */
  static deadlineIdOfStream(streamId: string): string | null {
    return streamId.startsWith(STREAM_PREFIX) && streamId.length > STREAM_PREFIX.length ? streamId.slice(STREAM_PREFIX.length) : null;
  }
}

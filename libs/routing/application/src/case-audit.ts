import { evolveCase, initialCaseState, type CaseState } from '@hotline/routing-domain';
import { readWholeStream, recordedBy, verifyStore, verifyStream, type ChainVerdict, type EventStore, type RecordedEvent, type VerificationProgress } from '@hotline/platform-event-store';
import { caseStreamId, isCaseEvent, toCaseEvent } from './stored-case-event';

/** A case as the store held it at an instant, replayed through the case lifecycle's evolve. */
export interface CaseAsOf {
  state: CaseState;
  /** The events replayed; 0 when the instant precedes the case. */
  eventsApplied: number;
  lastRevision: number | null;
}

const STREAM_PREFIX = caseStreamId('');

/**
 * What auditors read of routing (DESIGN §1): a case's full history in routing's store, its state
 * as of any instant replayed from the events (never from the read model), and the hash chains.
 */
export class CaseAudit {
  constructor(private readonly store: EventStore) {}

  history(caseId: string): Promise<RecordedEvent[]> {
    return readWholeStream(this.store, caseStreamId(caseId));
  }

  async caseAsOf(caseId: string, at: Date): Promise<CaseAsOf> {
    const known = recordedBy(await this.history(caseId), at).filter(isCaseEvent);
    const state = known.map(toCaseEvent).reduce(evolveCase, initialCaseState());
    return { state, eventsApplied: known.length, lastRevision: known.length > 0 ? known[known.length - 1].streamRevision : null };
  }

  /** One stream's chain, or without a stream the whole of routing's store, page by page. */
  verify(streamId?: string | null, onProgress?: (progress: VerificationProgress) => void): Promise<ChainVerdict> {
    return streamId ? verifyStream(this.store, streamId) : verifyStore(this.store, onProgress);
  }

  /** The case a stream of routing's store belongs to; null for any other stream. */
  static caseIdOfStream(streamId: string): string | null {
    return streamId.startsWith(STREAM_PREFIX) && streamId.length > STREAM_PREFIX.length ? streamId.slice(STREAM_PREFIX.length) : null;
  }
}

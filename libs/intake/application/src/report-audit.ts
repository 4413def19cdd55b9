import { openingReportIdOf, reportDecider, type ReportEvent, type ReportState } from '@hotline/intake-domain';
import {
  historyOfStreams,
  readWholeStream,
  recordedBy,
  verifyStore,
  verifyStream,
  type ChainVerdict,
  type EventStore,
  type RecordedEvent,
  type VerificationProgress,
} from '@hotline/platform-event-store';
import type { ReportReadModel } from './report-read-model';
import { identityViewsStreamId, reportStreamId } from './report-streams';

const INTAKE_PREFIX = 'intake.';

/** A report as the store held it at an instant, replayed through the report decider. */
export interface ReportAsOf {
  state: ReportState;
  /** The events replayed; 0 when the instant precedes the report. */
  eventsApplied: number;
  lastRevision: number | null;
}

/**
 * What auditors read of intake (DESIGN §1): a case's history in intake's store, a report as of
 * any instant replayed from its events (never from the read model), and the hash chains.
 */
export class ReportAudit {
  constructor(
    private readonly store: EventStore,
    private readonly reports: Pick<ReportReadModel, 'reportIdsOfCase'>,
  ) {}

  /** The report that opened the case and the duplicates linked to it. */
  async reportIdsOfCase(caseId: string): Promise<string[]> {
    const opening = openingReportIdOf(caseId);
    return [...new Set([...(opening ? [opening] : []), ...(await this.reports.reportIdsOfCase(caseId))])];
  }

  /** Intake's part of a case's history: its reports' events and every view of their reporters' identity, in store order. */
  async historyOfReports(reportIds: readonly string[]): Promise<RecordedEvent[]> {
    return historyOfStreams(this.store, reportIds.flatMap((id) => [reportStreamId(id), identityViewsStreamId(id)]));
  }

  async reportAsOf(reportId: string, at: Date): Promise<ReportAsOf> {
    const known = recordedBy(await readWholeStream(this.store, reportStreamId(reportId)), at).filter((e) => e.type.startsWith(INTAKE_PREFIX));
    const state = known.map(toReportEvent).reduce(reportDecider.evolve, reportDecider.initialState());
    return { state, eventsApplied: known.length, lastRevision: known.length > 0 ? known[known.length - 1].streamRevision : null };
  }

  /** One stream's chain, or without a stream the whole of intake's store, page by page. */
  verify(streamId?: string | null, onProgress?: (progress: VerificationProgress) => void): Promise<ChainVerdict> {
    return streamId ? verifyStream(this.store, streamId) : verifyStore(this.store, onProgress);
  }
}

function toReportEvent(event: RecordedEvent): ReportEvent {
  return { type: event.type.slice(INTAKE_PREFIX.length), data: event.data } as ReportEvent;
}

import type { TrackedReport } from '@hotline/intake-application';
import { reportStageWording } from './report-stage-wording';

// Asia/Ho_Chi_Minh has had no daylight saving since 1975, so a fixed offset is exact.
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** An instant as a reporter in Vietnam reads it, with its offset: '2026-03-02T09:10:00+07:00'. */
export function vietnamInstant(utc: string): string {
  return `${new Date(Date.parse(utc) + VIETNAM_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

/**
 * The reporter's status page: the current stage and the history, linked case's stages included.
 * The report's own received line always exists, so the history is never empty.
 */
export function publicReportStatus(report: TrackedReport) {
  const history = report.history.map((progress) => ({
    stage: progress.stage,
    at: vietnamInstant(progress.at),
    unitCode: progress.unitCode,
    text: reportStageWording(progress),
  }));
  const latest = history[history.length - 1];
  return {
    trackingCode: report.trackingCode,
    status: report.status,
    receivedAt: report.receivedAt,
    stage: latest?.stage ?? 'received',
    statusText: latest?.text ?? reportStageWording({ stage: 'received', unitCode: null, detail: null }),
    history,
  };
}

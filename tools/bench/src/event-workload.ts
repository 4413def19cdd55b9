import type { Actor } from '@hotline/contracts-events';
import type { NewEvent } from '@hotline/platform-event-store';

export const STREAM_COUNT = 100;

/** One appendToStream call of the workload. */
export interface AppendCall {
  streamId: string;
  events: NewEvent[];
}

const officer: Actor = { kind: 'officer', id: 'officer-bench', unitCode: '01' };

/**
 * `total` events in calls of `batchSize`, round-robin over STREAM_COUNT streams, built up
 * front so the timed loop measures the writes and not the object building.
 */
export function planAppends(total: number, batchSize: number, streamPrefix: string): AppendCall[] {
  const calls: AppendCall[] = [];
  for (let done = 0; done < total; done += batchSize) {
    const size = Math.min(batchSize, total - done);
    calls.push({
      streamId: `${streamPrefix}-case-${calls.length % STREAM_COUNT}`,
      events: Array.from({ length: size }, (_, k) => reportAccepted(done + k)),
    });
  }
  return calls;
}

/** Shaped like intake.ReportAccepted, the most frequent event of the hotline. */
function reportAccepted(n: number): NewEvent {
  return {
    type: 'intake.ReportAccepted',
    actor: officer,
    data: {
      reportId: `report-${n}`,
      trackingCode: `HL-${String(n).padStart(6, '0')}`,
      channel: 'phone',
      receivedAt: '2026-02-14T07:30:00+07:00',
      pollutionType: 'emissions',
      nature: 'continuous',
      urgent: n % 10 === 0,
      legalTrack: 'pollution',
      provinceCode: '01',
      communeCode: '00004',
      latitude: 21.0285,
      longitude: 105.8542,
      duplicateOfCaseId: null,
    },
  };
}

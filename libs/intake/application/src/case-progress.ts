import { CaseAccepted, CaseAssigned, CaseClosed, CaseEscalated, CaseReopened, HandlingRecorded, ResultFedBack, VerificationRecorded, type DataOf } from '@hotline/contracts-events';
import type { RecordedEvent } from '@hotline/platform-event-store';
import type { ReportProgress } from './report-stage';

/** Routing's events that move a case along a stage its reporters are told about. */
export const CASE_PROGRESS_EVENT_TYPES = [
  CaseAssigned.type,
  CaseEscalated.type,
  CaseAccepted.type,
  VerificationRecorded.type,
  HandlingRecorded.type,
  ResultFedBack.type,
  CaseClosed.type,
  CaseReopened.type,
] as const;

export type CaseProgressEventType = (typeof CASE_PROGRESS_EVENT_TYPES)[number];

export interface CaseProgress extends ReportProgress {
  readonly caseId: string;
}

type Step = { caseId: string; unitCode: string; at: string };

/**
 * What a reporter learns from one of routing's events, parsed through the catalogue. Only the unit
 * and the feedback message travel: officers' names, findings and internal reasons stay with routing.
 * An escalation is, for the reporter, one more forwarding to the unit now in charge.
 */
export function caseProgressOf(event: RecordedEvent & { type: CaseProgressEventType }): CaseProgress {
  const step = (stage: CaseProgress['stage'], data: Step, detail: string | null = null): CaseProgress => ({ caseId: data.caseId, stage, at: data.at, unitCode: data.unitCode, detail });
  switch (event.type) {
    case 'routing.CaseAssigned': {
      const data = event.data as DataOf<typeof CaseAssigned>;
      return step('forwarded', { caseId: data.caseId, unitCode: data.unitCode, at: event.occurredAt });
    }
    case 'routing.CaseEscalated': {
      const data = event.data as DataOf<typeof CaseEscalated>;
      return step('forwarded', { caseId: data.caseId, unitCode: data.toUnitCode, at: event.occurredAt });
    }
    case 'routing.CaseAccepted':
      return step('accepted', event.data as Step);
    case 'routing.VerificationRecorded':
      return step('verified', event.data as Step);
    case 'routing.HandlingRecorded':
      return step('handled', event.data as Step);
    case 'routing.ResultFedBack': {
      const data = event.data as DataOf<typeof ResultFedBack>;
      return step('fed_back', data, data.message);
    }
    case 'routing.CaseClosed':
      return step('closed', event.data as Step);
    case 'routing.CaseReopened':
      return step('reopened', event.data as Step);
    default: {
      const unreachable: never = event.type;
      return unreachable;
    }
  }
}

export function isCaseProgressEvent(event: RecordedEvent): event is RecordedEvent & { type: CaseProgressEventType } {
  return (CASE_PROGRESS_EVENT_TYPES as readonly string[]).includes(event.type);
}

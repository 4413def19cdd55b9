import type { CaseAccepted, CaseAssigned, CaseEscalated, CaseOpened, DataOf, ReportAccepted, ReportReceived } from '@hotline/contracts-events';
import type { SlaStep } from '@hotline/deadline-domain';
import type { CaseFact, CaseFactChange } from './case-facts';
import { intakeDeskOf } from './intake-desk';

/** The stage events that start, stop or move deadlines (H9, H10), as the catalogue delivers them. */
export const PLANNED_EVENT_TYPES = [
  'intake.ReportReceived',
  'intake.ReportAccepted',
  'intake.ReportRejected',
  'routing.CaseOpened',
  'routing.CaseAssigned',
  'routing.CaseAccepted',
  'routing.VerificationRecorded',
  'routing.HandlingRecorded',
  'routing.ResultFedBack',
  'routing.CaseClosed',
  'routing.CaseEscalated',
] as const;

export type PlannedEventType = (typeof PLANNED_EVENT_TYPES)[number];

/** A stage event: its type, its data (parsed by the catalogue) and when it happened. */
export interface StageEvent {
  readonly type: PlannedEventType;
  readonly data: unknown;
  readonly occurredAt: string;
}

export interface Conditions {
  readonly urgent: boolean;
  readonly sudden: boolean;
}

/** What the planner does for one stage event, in order. */
export type PlannedAction =
  | { readonly kind: 'record'; readonly caseId: string; readonly changes: readonly CaseFactChange[] }
  | { readonly kind: 'schedule'; readonly caseId: string; readonly step: SlaStep; readonly triggeredAt: string; readonly conditions: Conditions }
  | { readonly kind: 'reclassify'; readonly caseId: string; readonly step: SlaStep; readonly conditions: Conditions; readonly at: string }
  | { readonly kind: 'complete'; readonly caseId: string; readonly step: SlaStep; readonly at: string }
  /** Routing's assignment may be handled before intake's acceptance (two topics): then the forward step ends when it did. */
  | { readonly kind: 'complete_if_forwarded'; readonly caseId: string }
  | { readonly kind: 'cancel'; readonly caseId: string; readonly step: SlaStep; readonly reason: string };

/** The step-by-step limits a closed case may still have open. */
const CASE_STEPS_CANCELLED_ON_CLOSE: readonly SlaStep[] = ['accept', 'verify', 'handle', 'feedback', 'complaint_accept'];

const REJECTED = 'Phản ánh không thuộc phạm vi, đã bị từ chối / The report was rejected as out of scope';
const CLOSED = 'Vụ việc đã đóng / The case was closed';

type Step = { readonly caseId: string; readonly unitCode: string; readonly at: string };

/**
 * Turns a stage event into deadline actions, given what is known of its case (for intake's
 * acceptance and rejection, the case is found through the report). Each stage completes its own
 * limit and starts the next one's:
 *
 * - received → `enter` starts at receipt, at the normal limit: urgency is only known when the
 *   report is classified, which is also the moment it is entered. The acceptance then restates
 *   the conditions, so an urgent report's entry is judged against the urgent limit counted from
 *   receipt (2 h by default), and completes `enter`.
 * - accepted → `forward` starts (1 h after entry), unless the report joins an open case, which
 *   already has a unit. Rejected → `enter` is cancelled.
 * - routing's first assignment completes `forward` and starts `accept`; and so on down H9.
 */
export function deadlinePlanFor(event: StageEvent, facts: CaseFact | undefined): PlannedAction[] {
  const known: Conditions = { urgent: facts?.urgent ?? false, sudden: facts?.nature === 'sudden' };
  switch (event.type) {
    case 'intake.ReportReceived': {
      const data = event.data as DataOf<typeof ReportReceived>;
      const { caseId } = data;
      return [
        { kind: 'record', caseId, changes: [{ kind: 'received', reportId: data.reportId, deskUnitCode: intakeDeskOf(data.provinceCode) }] },
        { kind: 'schedule', caseId, step: 'enter', triggeredAt: data.receivedAt, conditions: { urgent: false, sudden: false } },
      ];
    }
    case 'intake.ReportAccepted': {
      const data = event.data as DataOf<typeof ReportAccepted>;
      if (!facts) return []; // received before this service followed intake: no clock of the desk to move
      const { caseId } = facts;
      const at = event.occurredAt;
      const conditions = { urgent: data.urgent, sudden: data.nature === 'sudden' };
      const joinsOpenCase = data.duplicateOfCaseId !== null;
      const ownCase: PlannedAction[] = [
        { kind: 'schedule', caseId, step: 'forward', triggeredAt: at, conditions },
        { kind: 'complete_if_forwarded', caseId },
        ...legalTrackClock(caseId, data),
      ];
      return [
        { kind: 'record', caseId, changes: [{ kind: 'conditions', nature: data.nature, urgent: data.urgent }] },
        { kind: 'reclassify', caseId, step: 'enter', conditions, at },
        { kind: 'complete', caseId, step: 'enter', at },
        ...(joinsOpenCase ? [] : ownCase),
      ];
    }
    case 'intake.ReportRejected':
      return facts ? [{ kind: 'cancel', caseId: facts.caseId, step: 'enter', reason: REJECTED }] : [];
    case 'routing.CaseOpened': {
      const data = event.data as DataOf<typeof CaseOpened>;
      return [
        { kind: 'record', caseId: data.caseId, changes: [{ kind: 'conditions', nature: data.nature, urgent: data.urgent }] },
        { kind: 'schedule', caseId: data.caseId, step: 'whole_case', triggeredAt: event.occurredAt, conditions: { urgent: data.urgent, sudden: data.nature === 'sudden' } },
      ];
    }
    case 'routing.CaseAssigned': {
      const { caseId, unitCode } = event.data as DataOf<typeof CaseAssigned>;
      // Recorded before completing: an acceptance handled at the same time then sees the forwarding.
      return [
        { kind: 'record', caseId, changes: [{ kind: 'forwarded', at: event.occurredAt }, { kind: 'unit', unitCode }] },
        { kind: 'complete', caseId, step: 'forward', at: event.occurredAt },
        { kind: 'schedule', caseId, step: 'accept', triggeredAt: event.occurredAt, conditions: known },
      ];
    }
    case 'routing.CaseAccepted': {
      const data = event.data as DataOf<typeof CaseAccepted>;
      return [{ kind: 'complete', caseId: data.caseId, step: 'complaint_accept', at: data.at }, ...nextStep(data, 'accept', 'verify', known)];
    }
    case 'routing.VerificationRecorded':
      return nextStep(event.data as Step, 'verify', 'handle', known);
    case 'routing.HandlingRecorded':
      return nextStep(event.data as Step, 'handle', 'feedback', known);
    case 'routing.ResultFedBack': {
      const data = event.data as Step;
      return [{ kind: 'complete', caseId: data.caseId, step: 'feedback', at: data.at }];
    }
    case 'routing.CaseClosed': {
      const data = event.data as Step;
      return [
        { kind: 'complete', caseId: data.caseId, step: 'whole_case', at: data.at },
        { kind: 'complete', caseId: data.caseId, step: 'denunciation_resolve', at: data.at },
        ...CASE_STEPS_CANCELLED_ON_CLOSE.map((step) => ({ kind: 'cancel', caseId: data.caseId, step, reason: CLOSED }) as const),
      ];
    }
    case 'routing.CaseEscalated': {
      // Escalating is routing's decision; here it only moves the open limits to the new unit.
      const data = event.data as DataOf<typeof CaseEscalated>;
      return [{ kind: 'record', caseId: data.caseId, changes: [{ kind: 'unit', unitCode: data.toUnitCode }] }];
    }
    default: {
      const unreachable: never = event.type;
      return unreachable;
    }
  }
}

/**
 * H7, counted from receipt: a complaint must be taken on within 10 days (done when the unit
 * accepts the case); a denunciation resolved within 30 days, extendable twice (done when the case
 * closes). A pollution report has no clock of its own track.
 */
function legalTrackClock(caseId: string, report: DataOf<typeof ReportAccepted>): PlannedAction[] {
  const conditions = { urgent: report.urgent, sudden: report.nature === 'sudden' };
  switch (report.legalTrack) {
    case 'complaint':
      return [{ kind: 'schedule', caseId, step: 'complaint_accept', triggeredAt: report.receivedAt, conditions }];
    case 'denunciation':
      return [{ kind: 'schedule', caseId, step: 'denunciation_resolve', triggeredAt: report.receivedAt, conditions }];
    case 'pollution':
      return [];
    default: {
      const unreachable: never = report.legalTrack;
      return unreachable;
    }
  }
}

function nextStep(data: Step, done: SlaStep, next: SlaStep, conditions: Conditions): PlannedAction[] {
  return [
    { kind: 'complete', caseId: data.caseId, step: done, at: data.at },
    { kind: 'schedule', caseId: data.caseId, step: next, triggeredAt: data.at, conditions },
  ];
}

/** How the planner finds the case an event is about: by case id, or for intake's decisions, by report. */
export function caseKeyOf(event: StageEvent): { readonly caseId: string } | { readonly reportId: string } {
  const data = event.data as { caseId?: string; reportId: string };
  return event.type === 'intake.ReportAccepted' || event.type === 'intake.ReportRejected' ? { reportId: data.reportId } : { caseId: data.caseId! };
}

import type { CaseEvent } from './case-events';
import { CaseRuleViolation } from './case-rule-violation';
import type { CaseState, OpenedCase } from './case-state';
import type { UnitCode } from '@hotline/shared-organisation';

export function initialCaseState(): CaseState {
  return { status: 'not_opened' };
}

export function evolveCase(state: CaseState, event: CaseEvent): CaseState {
  switch (event.type) {
    case 'CaseOpened':
      return {
        status: 'received',
        caseId: event.data.caseId,
        reportId: event.data.reportId,
        linkedReportIds: [],
        reported: event.data,
        classification: null,
        currentUnit: event.data.receivingUnit,
        forwardedFrom: null,
        coHandlers: [],
      };
    case 'CaseClassified': {
      const { pollutionType, nature, severity, urgent, interProvincial, legalTrack } = event.data;
      return { ...opened(state), status: 'classified', classification: { pollutionType, nature, severity, urgent, interProvincial, legalTrack } };
    }
    case 'CaseAssigned':
      return handedTo(opened(state), event.data.unitCode, event.data.from);
    case 'CaseAccepted':
      return { ...opened(state), status: 'accepted' };
    case 'CaseHandedBack':
      // Back where it was forwarded from, to be routed again.
      return { ...opened(state), status: 'classified', currentUnit: event.data.to, forwardedFrom: null };
    case 'VerificationRecorded':
      return { ...opened(state), status: 'verified' };
    case 'HandlingRecorded':
      return { ...opened(state), status: 'handled' };
    case 'ResultFedBack':
      return { ...opened(state), status: 'fed_back' };
    case 'CaseClosed':
      return { ...opened(state), status: 'closed' };
    case 'CaseTransferred':
      return handedTo(opened(state), event.data.to, event.data.from);
    case 'CaseEscalated': {
      // The level above takes the case over at the stage it has reached.
      const current = opened(state);
      return { ...current, currentUnit: event.data.to, coHandlers: current.coHandlers.filter((u) => u !== event.data.to) };
    }
    case 'CoHandlersAdded': {
      const current = opened(state);
      return { ...current, coHandlers: [...current.coHandlers, ...event.data.coHandlers] };
    }
    case 'CaseReopened':
      return { ...opened(state), status: 'reopened' };
    case 'ReportLinked': {
      const current = opened(state);
      return { ...current, linkedReportIds: [...current.linkedReportIds, event.data.reportId] };
    }
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

/** A unit that becomes the lead stops being one of its own co-handlers. */
function handedTo(current: OpenedCase, unit: UnitCode, from: UnitCode): OpenedCase {
  return { ...current, status: 'assigned', currentUnit: unit, forwardedFrom: from, coHandlers: current.coHandlers.filter((u) => u !== unit) };
}

function opened(state: CaseState): OpenedCase {
  // Only a corrupt stream gets here: every other event follows CaseOpened.
  if (state.status === 'not_opened') throw new CaseRuleViolation('case_not_opened');
  return state;
}

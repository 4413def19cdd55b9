import type { SessionEvent } from './session-events';
import { SessionRuleViolation } from './session-rule-violation';
import type { PlannedSession, SessionState } from './session-state';

export function initialSessionState(): SessionState {
  return { status: 'none' };
}

export function evolveSession(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'SessionPlanned': {
      const { sessionId, at: _at, by: _by, intakeOpensAt: _opens, announceBy: _due, ...plan } = event.data;
      return { status: 'draft', sessionId, plan, announcement: null, startedAt: null, endedAt: null, report: null, reportOverdue: false, announcementOverdue: false };
    }
    case 'SessionPlanRevised': {
      const { sessionId: _id, at: _at, by: _by, intakeOpensAt: _opens, announceBy: _due, ...plan } = event.data;
      // A new schedule is a new announcement day: an earlier one missed no longer applies.
      return { ...planned(state), plan, announcementOverdue: false };
    }
    case 'SessionAnnounced': {
      const { intakeOpensAt, intakeClosesAt, policyVersion, announcedAt } = event.data;
      return { ...planned(state), status: 'announced', announcement: { window: { opensAt: intakeOpensAt, closesAt: intakeClosesAt }, policyVersion, announcedAt } };
    }
    case 'SessionStarted':
      return { ...planned(state), status: 'live', startedAt: event.data.startedAt };
    case 'SessionEnded':
      return { ...planned(state), status: 'answering', endedAt: event.data.endedAt };
    case 'ResultsReportSubmitted':
      return { ...planned(state), status: 'reported', report: { submittedAt: event.data.submittedAt, submittedBy: event.data.submittedBy } };
    case 'SessionClosed':
      return { ...planned(state), status: 'closed' };
    case 'ResultsReportOverdue':
      return { ...planned(state), reportOverdue: true };
    case 'AnnouncementOverdue':
      return { ...planned(state), announcementOverdue: true };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

function planned(state: SessionState): PlannedSession {
  // Only a corrupt stream gets here: every other event follows SessionPlanned.
  if (state.status === 'none') throw new SessionRuleViolation('session_not_found');
  return state;
}

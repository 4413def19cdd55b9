import type { BilingualText } from '@hotline/shared-contact';
import { announcementDueFor } from './announcement-due';
import { intakeWindowFor, lateAnnouncementWording, latestAnnouncementDate } from './intake-window';
import { authorizeOfficer } from './session-authorization';
import type { AnnounceSession, PlanSession, ReviseSessionPlan, SessionCommand, SubmitResultsReport } from './session-commands';
import type { SessionEvent } from './session-events';
import { evolveSession, initialSessionState } from './session-evolution';
import type { SessionAction } from './session-permissions';
import { SessionRuleViolation } from './session-rule-violation';
import type { PlannedSession, SessionState } from './session-state';
import { phaseWording, type SessionStatus } from './session-status';
import { dateWording, isInstant, toUtcInstant, vietnamDateOf, type Instant } from './vietnam-time';

export interface SessionDecider {
  decide(command: SessionCommand, state: SessionState): SessionEvent[];
  evolve(state: SessionState, event: SessionEvent): SessionState;
  initialState(): SessionState;
}

/** The Session aggregate (S1–S5): its plan, announcement, live broadcast and results report. */
export const sessionDecider: SessionDecider = { decide: decideSession, evolve: evolveSession, initialState: initialSessionState };

type Stamp = { readonly sessionId: string; readonly at: Instant; readonly by: SessionCommand['actor'] };

export function decideSession(command: SessionCommand, state: SessionState): SessionEvent[] {
  const at = utcInstant(command.data.now);
  if (command.type === 'PlanSession') return planSession(command, state, at);
  if (state.status === 'none') throw new SessionRuleViolation('session_not_found');
  const stamp: Stamp = { sessionId: state.sessionId, at, by: command.actor };
  switch (command.type) {
    case 'ReviseSessionPlan':
      return revisePlan(command, permitted('plan', command, state, ['draft']), stamp);
    case 'AnnounceSession':
      return announce(command, permitted('announce', command, state, ['draft']), stamp);
    case 'StartSession': {
      const session = permitted('run', command, state, ['announced']);
      if (vietnamDateOf(at) !== vietnamDateOf(session.plan.startsAt)) {
        const day = dateWording(vietnamDateOf(session.plan.startsAt));
        throw new SessionRuleViolation('not_session_day', { vi: `(ngày ${day.vi})`, en: `(on ${day.en})` });
      }
      return [{ type: 'SessionStarted', data: { ...stamp, startedAt: at } }];
    }
    case 'EndSession': {
      const { plan } = permitted('run', command, state, ['live']);
      return [{ type: 'SessionEnded', data: { ...stamp, hostUnitCode: plan.hostUnitCode, startsAt: plan.startsAt, endsAt: plan.endsAt, endedAt: at } }];
    }
    case 'SubmitResultsReport':
      return submitReport(command, permitted('report', command, state, ['answering']), stamp);
    case 'CloseSession':
      permitted('report', command, state, ['reported']);
      return [{ type: 'SessionClosed', data: stamp }];
    case 'RecordReportOverdue':
      if (command.actor.kind !== 'system') throw new SessionRuleViolation('forbidden_role');
      // A breach reported twice (redelivery) is recorded once.
      return state.reportOverdue ? [] : [{ type: 'ResultsReportOverdue', data: { ...stamp, deadlineId: command.data.deadlineId, dueAt: utcInstant(command.data.dueAt) } }];
    case 'RecordAnnouncementOverdue': {
      if (command.actor.kind !== 'system') throw new SessionRuleViolation('forbidden_role');
      // Redelivered, or a breach of a day since moved (or met): nothing to record.
      const stale = state.announcementOverdue || state.status !== 'draft';
      return stale ? [] : [{ type: 'AnnouncementOverdue', data: { ...stamp, deadlineId: command.data.deadlineId, dueAt: utcInstant(command.data.dueAt) } }];
    }
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

function planSession(command: PlanSession, state: SessionState, at: Instant): SessionEvent[] {
  if (state.status !== 'none') throw new SessionRuleViolation('already_planned');
  const { plan, sessionId, policy } = command.data;
  authorizeOfficer('plan', command.actor, { hostUnitCode: plan.hostUnitCode, coHostUnitCodes: [] });
  return [{ type: 'SessionPlanned', data: { sessionId, ...plan, ...announcementDueFor(plan, policy.rules), at, by: command.actor } }];
}

function revisePlan(command: ReviseSessionPlan, _session: PlannedSession, stamp: Stamp): SessionEvent[] {
  // Moving a session to another host needs the right to plan for that host too.
  authorizeOfficer('plan', command.actor, { hostUnitCode: command.data.plan.hostUnitCode, coHostUnitCodes: [] });
  const { plan, policy } = command.data;
  return [{ type: 'SessionPlanRevised', data: { ...stamp, ...plan, ...announcementDueFor(plan, policy.rules) } }];
}

function announce(command: AnnounceSession, session: PlannedSession, stamp: Stamp): SessionEvent[] {
  const { policy } = command.data;
  const today = vietnamDateOf(stamp.at);
  if (policy.effectiveFrom > today) throw new Error(`Calendar policy version ${policy.version} is not in effect on ${today}`);
  const window = intakeWindowFor(session.plan, policy.rules);
  const latest = latestAnnouncementDate(window, policy.rules);
  if (today > latest) throw new SessionRuleViolation('announcement_too_late', lateAnnouncementWording(latest, today, policy.rules));
  const { hostUnitCode, coHostUnitCodes, topic, startsAt, endsAt } = session.plan;
  return [
    {
      type: 'SessionAnnounced',
      data: { ...stamp, hostUnitCode, coHostUnitCodes, topic, startsAt, endsAt, intakeOpensAt: window.opensAt, intakeClosesAt: window.closesAt, announcedAt: stamp.at, policyVersion: policy.version },
    },
  ];
}

function submitReport(command: SubmitResultsReport, session: PlannedSession, stamp: Stamp): SessionEvent[] {
  const officer = authorizeOfficer('report', command.actor, session.plan);
  return [
    {
      type: 'ResultsReportSubmitted',
      data: {
        ...stamp,
        hostUnitCode: session.plan.hostUnitCode,
        submittedAt: stamp.at,
        submittedBy: { officerId: officer.officerId, unitCode: officer.unitCode },
        totals: command.data.totals,
      },
    },
  ];
}

/** Checks, in order: the role and jurisdiction, then the session's state. */
function permitted(action: SessionAction, command: SessionCommand, state: PlannedSession, allowed: readonly SessionStatus[]): PlannedSession {
  authorizeOfficer(action, command.actor, state.plan);
  if (!allowed.includes(state.status)) throw new SessionRuleViolation('invalid_state', stateDetail(state.status, allowed));
  return state;
}

function stateDetail(current: SessionStatus, allowed: readonly SessionStatus[]): BilingualText {
  return {
    vi: `Buổi giao lưu ${phaseWording(current).vi}; chỉ được khi: ${allowed.map((s) => phaseWording(s).vi).join(', ')}.`,
    en: `The session is ${phaseWording(current).en}; only when: ${allowed.map((s) => phaseWording(s).en).join(', ')}.`,
  };
}

function utcInstant(instant: Instant): Instant {
  if (!isInstant(instant)) throw new SessionRuleViolation('invalid_instant', { vi: `(“${instant}”)`, en: `(“${instant}”)` });
  return toUtcInstant(instant);
}

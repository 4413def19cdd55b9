import type { IntakeWindow } from './intake-window';
import type { SessionOfficial } from './session-plan';
import type { SessionState } from './session-state';
import type { SessionStatus } from './session-status';
import type { UnitCode } from './unit-code';
import { isBefore, type Instant } from './vietnam-time';

/**
 * What a question's decisions need to know of its session: a value the application reads from
 * the session's stream, never a port, so the question decider stays pure.
 */
export interface SessionFacts {
  readonly sessionId: string;
  readonly status: SessionStatus;
  readonly hostUnitCode: UnitCode;
  readonly coHostUnitCodes: readonly UnitCode[];
  /** Null before the announcement; closes early if the session was ended before its scheduled end. */
  readonly window: IntakeWindow | null;
  /** The topics a question may be asked under: the sub-topics, or the topic when there are none. */
  readonly topics: readonly string[];
  readonly officials: readonly SessionOfficial[];
  readonly endedAt: Instant | null;
}

export function sessionFactsOf(state: SessionState): SessionFacts | null {
  if (state.status === 'none') return null;
  const { plan, announcement, endedAt } = state;
  const window = announcement && {
    opensAt: announcement.window.opensAt,
    closesAt: endedAt && isBefore(endedAt, announcement.window.closesAt) ? endedAt : announcement.window.closesAt,
  };
  return {
    sessionId: state.sessionId,
    status: state.status,
    hostUnitCode: plan.hostUnitCode,
    coHostUnitCodes: plan.coHostUnitCodes,
    window,
    topics: plan.subtopics.length > 0 ? plan.subtopics : [plan.topic],
    officials: plan.officials,
    endedAt,
  };
}

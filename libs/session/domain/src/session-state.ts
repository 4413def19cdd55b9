import type { IntakeWindow } from './intake-window';
import type { SessionPlan } from './session-plan';
import type { SessionStatus } from './session-status';
import type { UnitCode } from './unit-code';
import type { Instant } from './vietnam-time';

export interface SessionAnnouncement {
  readonly window: IntakeWindow;
  readonly policyVersion: number;
  readonly announcedAt: Instant;
}

export interface PlannedSession {
  readonly status: SessionStatus;
  readonly sessionId: string;
  readonly plan: SessionPlan;
  readonly announcement: SessionAnnouncement | null;
  readonly startedAt: Instant | null;
  readonly endedAt: Instant | null;
  readonly report: { readonly submittedAt: Instant; readonly submittedBy: { readonly officerId: string; readonly unitCode: UnitCode } } | null;
  readonly reportOverdue: boolean;
  /** S2's last announcement day passed while still a draft. */
  readonly announcementOverdue: boolean;
}

export type SessionState = { readonly status: 'none' } | PlannedSession;

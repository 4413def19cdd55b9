import type { DeadlineTerms } from './deadline-events';
import type { LocalDate } from './local-date';
import type { SlaStep } from './sla-step';
import type { Instant } from './vietnam-time';

export interface ScheduledDeadline {
  readonly status: 'running' | 'paused' | 'completed' | 'cancelled';
  readonly deadlineId: string;
  readonly subjectId: string;
  readonly step: SlaStep;
  readonly policyVersion: number;
  readonly triggeredAt: Instant;
  readonly conditions: { readonly urgent: boolean; readonly sudden: boolean };
  readonly terms: DeadlineTerms;
  readonly dueAt: Instant;
  readonly warnAt: Instant;
  readonly nominalLastDay: LocalDate | null;
  readonly pausedAt: Instant | null;
  readonly warningSent: boolean;
  readonly breached: boolean;
  readonly extensionsUsed: number;
}

export type DeadlineState = { readonly status: 'unscheduled' } | ScheduledDeadline;

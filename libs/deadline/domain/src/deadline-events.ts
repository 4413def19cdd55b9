import type { DeadlineBreached as DeadlineBreachedIntegrationEvent, EventType } from '@hotline/contracts-events';
import type { BilingualText } from './bilingual-text';
import type { LocalDate } from './local-date';
import type { SlaTimeLimit } from './sla-limit';
import type { SlaExtensionRule } from './sla-rule';
import type { SlaStep } from './sla-step';
import type { Instant } from './vietnam-time';

interface Message<Type extends string, Data> {
  readonly type: Type;
  readonly data: Data;
}

/**
 * The rule as it stood when the deadline was scheduled: a later policy version must not
 * change a running deadline, and replaying the stream must not need the policy table.
 */
export interface DeadlineTerms {
  readonly limit: SlaTimeLimit;
  readonly warnBeforeHours: number;
  readonly pausable: boolean;
  readonly extension: SlaExtensionRule | null;
}

export type DeadlineScheduled = Message<
  'DeadlineScheduled',
  {
    readonly deadlineId: string;
    readonly subjectId: string;
    readonly step: SlaStep;
    readonly triggeredAt: Instant;
    readonly scheduledAt: Instant;
    readonly dueAt: Instant;
    readonly warnAt: Instant;
    readonly nominalLastDay: LocalDate | null;
    readonly policyVersion: number;
    readonly conditions: { readonly urgent: boolean; readonly sudden: boolean };
    readonly terms: DeadlineTerms;
    readonly explanation: BilingualText;
  }
>;

export type DeadlinePaused = Message<'DeadlinePaused', { readonly deadlineId: string; readonly pausedAt: Instant; readonly reason: string }>;

interface Rescheduled {
  readonly deadlineId: string;
  readonly newDueAt: Instant;
  readonly newWarnAt: Instant;
  readonly newNominalLastDay: LocalDate | null;
  readonly explanation: BilingualText;
}

export type DeadlineResumed = Message<'DeadlineResumed', Rescheduled & { readonly pausedAt: Instant; readonly resumedAt: Instant; readonly reason: string }>;

export type DeadlineExtended = Message<
  'DeadlineExtended',
  Rescheduled & { readonly extendedAt: Instant; readonly by: SlaTimeLimit; readonly reason: string; readonly extensionNumber: number }
>;

/** The limit for the new conditions, counted again from the original trigger. */
export type DeadlineReclassified = Message<
  'DeadlineReclassified',
  Rescheduled & {
    readonly reclassifiedAt: Instant;
    readonly conditions: { readonly urgent: boolean; readonly sudden: boolean };
    readonly limit: SlaTimeLimit;
    readonly warnBeforeHours: number;
  }
>;

export type DeadlineWarningDue = Message<
  'DeadlineWarningDue',
  {
    readonly deadlineId: string;
    readonly subjectId: string;
    readonly step: SlaStep;
    readonly dueAt: Instant;
    readonly warnAt: Instant;
    readonly policyVersion: number;
  }
>;

type IntegrationBreachData = typeof DeadlineBreachedIntegrationEvent extends EventType<string, infer Data> ? Data : never;

/** Same fields as the integration event 'deadline.DeadlineBreached', with the step typed. */
export type DeadlineBreached = Message<'DeadlineBreached', Readonly<Omit<IntegrationBreachData, 'step'>> & { readonly step: SlaStep }>;

export type DeadlineCompleted = Message<
  'DeadlineCompleted',
  {
    readonly deadlineId: string;
    readonly subjectId: string;
    readonly step: SlaStep;
    readonly completedAt: Instant;
    readonly dueAt: Instant;
    readonly onTime: boolean;
    readonly policyVersion: number;
  }
>;

export type DeadlineCancelled = Message<'DeadlineCancelled', { readonly deadlineId: string; readonly reason: string }>;

export type DeadlineEvent =
  | DeadlineScheduled
  | DeadlinePaused
  | DeadlineResumed
  | DeadlineExtended
  | DeadlineReclassified
  | DeadlineWarningDue
  | DeadlineBreached
  | DeadlineCompleted
  | DeadlineCancelled;

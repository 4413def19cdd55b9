import type { SlaPolicy } from './sla-policy';
import type { SlaTimeLimit } from './sla-limit';
import type { SlaStep } from './sla-step';
import type { Instant } from './vietnam-time';

interface Message<Type extends string, Data> {
  readonly type: Type;
  readonly data: Data;
}

export type ScheduleDeadline = Message<
  'ScheduleDeadline',
  {
    readonly deadlineId: string;
    /** The case or session the limit applies to. */
    readonly subjectId: string;
    readonly step: SlaStep;
    readonly triggeredAt: Instant;
    readonly now: Instant;
    readonly urgent?: boolean;
    readonly sudden?: boolean;
    /**
     * A due instant the subject fixes rather than a duration counted from the trigger (S2: the
     * end of the last day an announcement is allowed). The policy's rule then only sets how early
     * officers are warned and whether the clock may stop.
     */
    readonly dueAt?: Instant;
    readonly policy: SlaPolicy;
  }
>;
export type PauseDeadline = Message<'PauseDeadline', { readonly reason: string; readonly now: Instant }>;
export type ResumeDeadline = Message<'ResumeDeadline', { readonly reason: string; readonly now: Instant }>;
export type ExtendDeadline = Message<'ExtendDeadline', { readonly by: SlaTimeLimit; readonly reason: string; readonly now: Instant }>;
/**
 * The subject's conditions became known after the clock started: a report is classified urgent
 * only when it is entered, after its `enter` clock began at receipt. `policy` must be the version
 * the deadline was scheduled under: a deadline keeps its version.
 */
export type ReclassifyDeadline = Message<
  'ReclassifyDeadline',
  { readonly urgent: boolean; readonly sudden: boolean; readonly policy: SlaPolicy; readonly now: Instant }
>;
export type CompleteDeadline = Message<'CompleteDeadline', { readonly now: Instant }>;
/** Sent by a scheduler; emits warnings and breaches that have come due. */
export type Tick = Message<'Tick', { readonly now: Instant }>;
export type CancelDeadline = Message<'CancelDeadline', { readonly reason: string }>;

export type DeadlineCommand =
  | ScheduleDeadline
  | PauseDeadline
  | ResumeDeadline
  | ExtendDeadline
  | ReclassifyDeadline
  | CompleteDeadline
  | Tick
  | CancelDeadline;

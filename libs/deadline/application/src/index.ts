export { type Clock, systemClock } from './clock';
export {
  CalendarTable,
  type CalendarYearReplacement,
  type CalendarYearView,
  CALENDAR_SEED_ACTOR,
  calendarExceptionInputSchema,
  InvalidCalendarExceptionError,
  type CalendarExceptionInput,
  type CalendarExceptionRow,
} from './calendar-table';
export {
  SlaPolicyTable,
  NoSlaPolicyInEffectError,
  SLA_POLICY_SEED_ACTOR,
  type SlaLimitSubmission,
  type SlaPolicyPublication,
  type SlaPolicyVersion,
  type SlaRuleSubmission,
} from './sla-policy-table';
export { DEADLINE_EVENT_PREFIX, deadlineStreamId, type CommandMetadata } from './stored-deadline-event';
export { DeadlineAdjustments, type AdjustingOfficer } from './deadline-adjustments';
export { DeadlineAudit } from './deadline-audit';
export { DeadlineRepository, type CalendarSource, type HandledDeadlineCommand, type LoadedDeadline } from './deadline-repository';
export { DurableTimers, type DurableTimer, type TimerBacklog, type TimerKind, type TimerStatus } from './durable-timers';
export { TimerScheduler, type TimerSchedulerOptions } from './timer-scheduler';
export { CaseFacts, type CaseFact, type CaseFactChange } from './case-facts';
export { INTAKE_DESK_STEPS, intakeDeskOf } from './intake-desk';
export { deadlinePlanFor, PLANNED_EVENT_TYPES, type PlannedAction, type StageEvent } from './deadline-plan';
export { DeadlinePlanner, deadlineIdFor, type DeadlinePlannerDependencies } from './deadline-planner';
export { sessionDeadlinePlanFor, SESSION_PLANNED_EVENT_TYPES, type SessionPlannedAction, type SessionStageEvent } from './session-deadline-plan';
export { SessionDeadlines, type SessionDeadlinesDependencies } from './session-deadline-planner';
export { SessionSubjects } from './session-subjects';
export { consumeCaseProgress, DEADLINE_CONSUMER_GROUP } from './integration-consumer';
export { DeadlineReadModel, type DeadlineStatus, type DeadlineView } from './deadline-read-model';
export { InvalidCursorError, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page } from '@hotline/platform-sql';
export { startDeadlineFeatures, type DeadlineFeatureOptions, type DeadlineFeatures } from './start-deadline-features';

export type { BilingualText, FieldError } from '@hotline/shared-contact';
export {
  type Instant,
  type LocalDate,
  isInstant,
  toUtcInstant,
  readVietnamInstant,
  vietnamDateOf,
  startOfVietnamDay,
  addCalendarDays,
  isLocalDate,
  inVietnamTime,
  vietnamTimeWording,
  dateWording,
} from './vietnam-time';
export { CENTRAL_UNIT_CODE, type UnitCode, isProvinceCode, isHostUnitCode, isKnownUnitCode, readUnitCode, unitCovers } from './unit-code';
export { foldedKey, searchTerms } from './searchable-text';

// Who acts, and what each role may do.
export { OFFICER_ROLES, type OfficerRole, type OfficerActor, type PublicActor, type SystemActor, type SessionActor } from './session-actor';
export { SESSION_PERMISSIONS, actionWording, roleWording, type SessionAction, type PermissionScope, type ActionPermission } from './session-permissions';
export { authorizeOfficer, mayAct, type SessionUnits } from './session-authorization';
export { SessionRuleViolation, type SessionRuleViolationCode } from './session-rule-violation';

// Calendar rules (S1–S3) and the intake window.
export { DEFAULT_SESSION_CALENDAR_POLICY, readNextCalendarPolicy, type SessionCalendarPolicy, type SessionCalendarRules, type CalendarPolicyReading } from './session-calendar-policy';
export {
  intakeWindowFor,
  intakeWindowPosition,
  latestAnnouncementDate,
  earliestSessionDateAnnouncedOn,
  outsideWindowWording,
  type IntakeWindow,
  type IntakeWindowPosition,
} from './intake-window';
export { announcementDueFor, type AnnouncementDue } from './announcement-due';
export { provinceQuotas, type HeldSession, type ProvinceQuota } from './province-quota';

// The Session aggregate.
export { readSessionPlan, type SessionPlan, type SessionOfficial, type SessionPlanReading } from './session-plan';
export { SESSION_STATUSES, phaseWording, type SessionStatus, type SessionPhase } from './session-status';
export type * from './session-commands';
export type * from './session-events';
export type { SessionState, PlannedSession, SessionAnnouncement } from './session-state';
export { sessionDecider, decideSession, type SessionDecider } from './session-decider';
export { evolveSession, initialSessionState } from './session-evolution';
export { sessionFactsOf, type SessionFacts } from './session-facts';

// The Question aggregate.
export { readQuestionSubmission, ASKER_KINDS, QUESTION_TEXT_LIMITS, type Asker, type AskerKind, type QuestionSubmission, type QuestionSubmissionReading } from './question-submission';
export { REASON_LIMITS, ANSWER_LIMITS } from './question-text';
export { QUESTION_STATUSES, type QuestionStatus, type QuestionState, type AskedQuestion } from './question-state';
export { questionStatusWording } from './question-guards';
export type * from './question-commands';
export type * from './question-events';
export { questionDecider, decideQuestion, type QuestionDecider } from './question-decider';
export { evolveQuestion, initialQuestionState } from './question-evolution';

// The results report (S5).
export { NO_QUESTIONS, type ResultsTotals } from './results-totals';
export { resultsReportOf, type ReportedQuestion, type ResultsReport } from './results-report';
export { resultsReportCsv } from './results-report-csv';

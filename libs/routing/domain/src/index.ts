export type { BilingualText } from './bilingual-text';
export { vietnamDateOf, type Instant, type LocalDate } from './vietnam-date';
export type { FieldError } from './field-error';

// Organisation (H1) and jurisdiction (DESIGN §3): the platform's one organisation library, as routing decides with it.
export {
  ADMINISTRATIVE_LEVELS,
  type AdministrativeLevel,
  levelWording,
  CENTRAL_UNIT_CODE,
  type UnitCode,
  provinceUnitCode,
  communeUnitCode,
  levelOfUnitCode,
  parseUnitCode,
  type OrganisationUnit,
  CENTRAL_UNIT,
  currentAdministrativeUnits,
  OrganisationError,
  type OrganisationErrorCode,
  Jurisdiction,
  nationalJurisdiction,
} from '@hotline/shared-organisation';
export { locateCase, type CaseLocation, type CaseLocationProblem, type CaseLocationReading } from './case-location';

// Hotline directory (H2).
export { readVietnamesePhoneNumber, type PhoneNumberKind, type PhoneNumberProblem, type PhoneNumberReading } from '@hotline/shared-contact';
export {
  DEFAULT_INSTITUTIONAL_EMAIL_POLICY,
  readInstitutionalEmail,
  type InstitutionalEmailPolicy,
  type EmailProblem,
  type EmailReading,
} from './institutional-email-policy';
export { validateHotlineUnit, type HotlineUnit, type HotlineUnitInput, type HotlineUnitField, type HotlineUnitValidation } from './hotline-unit';
export { HotlineDirectory } from './hotline-directory';
export { DIRECTORY_PERMISSIONS, authorizeDirectoryChange, type DirectoryChange, type DirectoryAdministrator } from './directory-administration';
export { DirectoryRuleViolation, type DirectoryRuleViolationCode } from './directory-rule-violation';

// Officers and roster (H3).
export { OFFICER_ROLES, type OfficerRole, roleWording } from './officer-role';
export { officerRoleNamed } from './officer-role-name';
export type { Officer } from './officer';
export { ROSTER_FIELDS, type RosterField, rosterFieldOfHeader, rosterFieldLabel } from './roster-column';
export { importRoster, type RosterRow, type RosterRejection, type RosterImport, type RosterImportOptions } from './roster-import';
export { rosterTableOf, importRosterSheet, type SheetRow, type RosterTable } from './roster-sheet';

// Assignment rules.
export {
  CASE_SEVERITIES,
  POLLUTION_NATURES,
  type CaseSeverity,
  type PollutionNature,
  type CasePollutionType,
  type CaseLegalTrack,
  type RoutingFacts,
} from './routing-facts';
export type { AssignmentRule, AssignmentCondition, AssignmentTarget } from './assignment-rule';
export { assignmentRulesSchema, type AssignmentRulesDefinition } from './assignment-rules-schema';
export { AssignmentRulesValidationError, type AssignmentRulesIssue } from './assignment-rules-issue';
export { AssignmentError, type AssignmentErrorCode } from './assignment-error';
export { AssignmentRules, type Assignment, type AssignmentRulesValidation } from './assignment-rules';
export { defaultAssignmentRules } from './default-assignment-rules';
export { nextAssignmentRules, type AssignmentRulesSubmission, type AssignmentRulesPublicationContext } from './assignment-rules-publication';

// The Case aggregate (H9).
export { CASE_STATUSES, type CaseStatus, statusWording } from './case-status';
export { CASE_TRANSITIONS, STATUSES_ALLOWING, type CaseTransition, transitionWording } from './case-transition';
export type { CaseActor, OfficerActor, SystemActor } from './case-actor';
export { DEFAULT_CASE_PERMISSIONS, type CasePermissions, type PermissionScope, type TransitionPermission } from './case-permissions';
export type { CaseClassification } from './case-classification';
export type * from './case-commands';
export type * from './case-events';
export type { CaseState, OpenedCase } from './case-state';
export { CaseRuleViolation, type CaseRuleViolationCode } from './case-rule-violation';
export type { CaseDecisionContext } from './case-decision-context';
export { evolveCase, initialCaseState } from './case-evolution';
export { caseLifecycle, decideCase, type CaseLifecycle, type CaseLifecycleSettings } from './case-lifecycle';

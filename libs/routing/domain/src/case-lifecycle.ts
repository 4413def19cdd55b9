import { authorizeActor, requireStatusFor } from './case-authorization';
import type { CaseCommand, ClassifyCase, FeedBackResult, LinkReport, OpenCase, RecordHandling, RecordVerification, ReopenCase } from './case-commands';
import type { CaseDecisionContext, EventStamp } from './case-decision-context';
import type { CaseEvent } from './case-events';
import { evolveCase, initialCaseState } from './case-evolution';
import { locateCase } from './case-location';
import { DEFAULT_CASE_PERMISSIONS, type CasePermissions } from './case-permissions';
import { addCoHandlers, escalateCase, forwardCase, handBackCase, transferCase } from './case-routing-decisions';
import { CaseRuleViolation } from './case-rule-violation';
import type { CaseState, OpenedCase } from './case-state';
import { requiredText } from './case-text-requirement';
import type { CaseTransition } from './case-transition';
import type { HotlineDirectory } from './hotline-directory';
import { isInstant, toUtcInstant, type Instant } from './vietnam-date';

export interface CaseLifecycle {
  decide(command: CaseCommand, state: CaseState): CaseEvent[];
  evolve(state: CaseState, event: CaseEvent): CaseState;
  initialState(): CaseState;
}

export interface CaseLifecycleSettings {
  readonly directory: HotlineDirectory;
  readonly permissions?: CasePermissions;
}

/** The Case aggregate (H9). The directory and the permissions table are values it decides with, not ports. */
export function caseLifecycle(settings: CaseLifecycleSettings): CaseLifecycle {
  const context: CaseDecisionContext = { directory: settings.directory, permissions: settings.permissions ?? DEFAULT_CASE_PERMISSIONS };
  return {
    decide: (command, state) => decideCase(command, state, context),
    evolve: evolveCase,
    initialState: initialCaseState,
  };
}

const TRANSITION_OF: Record<Exclude<CaseCommand, OpenCase>['type'], CaseTransition> = {
  ClassifyCase: 'classify',
  ForwardCase: 'forward',
  AcceptCase: 'accept',
  HandBackCase: 'hand_back',
  RecordVerification: 'record_verification',
  RecordHandling: 'record_handling',
  FeedBackResult: 'feed_back',
  CloseCase: 'close',
  TransferCase: 'transfer',
  EscalateCase: 'escalate',
  AddCoHandlers: 'add_co_handlers',
  ReopenCase: 'reopen',
  LinkReport: 'link_report',
};

export function decideCase(command: CaseCommand, state: CaseState, context: CaseDecisionContext): CaseEvent[] {
  const at = utcInstant(command.data.now);
  if (command.type === 'OpenCase') return openCase(command, state, context, at);
  // The platform escalates on its own only when a deadline was breached.
  const systemAllowed = command.type !== 'EscalateCase' || command.data.cause.kind === 'deadline_breached';
  const current = permittedCase(command, state, context, systemAllowed);
  const stamp: EventStamp = { caseId: current.caseId, at, by: command.actor };
  switch (command.type) {
    case 'ClassifyCase':
      return classifyCase(command, stamp);
    case 'ForwardCase':
      return forwardCase(command, current, context, stamp);
    case 'AcceptCase':
      return [{ type: 'CaseAccepted', data: { ...stamp, unitCode: current.currentUnit } }];
    case 'HandBackCase':
      return handBackCase(command, current, stamp);
    case 'RecordVerification':
      return recordVerification(command, current, stamp);
    case 'RecordHandling':
      return recordHandling(command, current, stamp);
    case 'FeedBackResult':
      return feedBackResult(command, current, stamp);
    case 'CloseCase':
      return [{ type: 'CaseClosed', data: { ...stamp, unitCode: current.currentUnit } }];
    case 'TransferCase':
      return transferCase(command, current, context, stamp);
    case 'EscalateCase':
      return escalateCase(command, current, context, stamp);
    case 'AddCoHandlers':
      return addCoHandlers(command, current, context, stamp);
    case 'ReopenCase':
      return reopenCase(command, current, stamp);
    case 'LinkReport':
      return linkReport(command, current, stamp);
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

/** Checks, in order: the case exists, (a) the role, (b) the jurisdiction, (c) the stage. */
function permittedCase(command: Exclude<CaseCommand, OpenCase>, state: CaseState, context: CaseDecisionContext, systemAllowed: boolean): OpenedCase {
  if (state.status === 'not_opened') throw new CaseRuleViolation('case_not_opened');
  const transition = TRANSITION_OF[command.type];
  authorizeActor(transition, command.actor, state.currentUnit, context.permissions, context.directory.jurisdiction, systemAllowed);
  requireStatusFor(transition, state);
  return state;
}

function openCase(command: OpenCase, state: CaseState, context: CaseDecisionContext, at: Instant): CaseEvent[] {
  if (state.status !== 'not_opened') throw new CaseRuleViolation('already_opened');
  const { caseId, reportId, receivingUnit, provinceCode, communeCode, pollutionType, nature, urgent, legalTrack, receivedAt } = command.data;
  authorizeActor('open', command.actor, receivingUnit, context.permissions, context.directory.jurisdiction);
  if (!context.directory.unit(receivingUnit)) throw new CaseRuleViolation('unknown_unit', { vi: `(${receivingUnit})`, en: `(${receivingUnit})` });
  const location = locateCase(context.directory.jurisdiction, provinceCode, communeCode);
  if (!location.ok) throw new CaseRuleViolation('unknown_location', location.message);
  const reported = { reportId, receivingUnit, provinceCode, communeCode, pollutionType, nature, urgent, legalTrack, receivedAt: utcInstant(receivedAt) };
  return [{ type: 'CaseOpened', data: { caseId, ...reported, at, by: command.actor } }];
}

function classifyCase(command: ClassifyCase, stamp: EventStamp): CaseEvent[] {
  const { pollutionType, nature, severity, urgent, interProvincial, legalTrack } = command.data;
  return [{ type: 'CaseClassified', data: { ...stamp, pollutionType, nature, severity, urgent, interProvincial, legalTrack } }];
}

function recordVerification(command: RecordVerification, current: OpenedCase, stamp: EventStamp): CaseEvent[] {
  const findings = requiredText(command.data.findings, 'details_required');
  return [{ type: 'VerificationRecorded', data: { ...stamp, unitCode: current.currentUnit, findings, pollutionConfirmed: command.data.pollutionConfirmed } }];
}

function recordHandling(command: RecordHandling, current: OpenedCase, stamp: EventStamp): CaseEvent[] {
  const measures = requiredText(command.data.measures, 'details_required');
  return [{ type: 'HandlingRecorded', data: { ...stamp, unitCode: current.currentUnit, measures } }];
}

function feedBackResult(command: FeedBackResult, current: OpenedCase, stamp: EventStamp): CaseEvent[] {
  const message = requiredText(command.data.message, 'details_required');
  const reportIds = [current.reportId, ...current.linkedReportIds];
  return [{ type: 'ResultFedBack', data: { ...stamp, unitCode: current.currentUnit, message, reportIds } }];
}

function reopenCase(command: ReopenCase, current: OpenedCase, stamp: EventStamp): CaseEvent[] {
  const reason = requiredText(command.data.reason, 'reason_required');
  return [{ type: 'CaseReopened', data: { ...stamp, unitCode: current.currentUnit, reason } }];
}

function linkReport(command: LinkReport, current: OpenedCase, stamp: EventStamp): CaseEvent[] {
  const reportId = requiredText(command.data.reportId, 'details_required');
  if (reportId === current.reportId || current.linkedReportIds.includes(reportId)) {
    throw new CaseRuleViolation('already_linked', { vi: `(${reportId})`, en: `(${reportId})` });
  }
  return [{ type: 'ReportLinked', data: { ...stamp, reportId } }];
}

function utcInstant(instant: Instant): Instant {
  if (!isInstant(instant)) throw new CaseRuleViolation('invalid_instant', { vi: `(“${instant}”)`, en: `(“${instant}”)` });
  return toUtcInstant(instant);
}

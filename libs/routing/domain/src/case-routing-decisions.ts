import { AssignmentError } from './assignment-error';
import type { Assignment, AssignmentRules } from './assignment-rules';
import type { AddCoHandlers, CaseRouting, EscalateCase, ForwardCase, HandBackCase, TransferCase } from './case-commands';
import type { CaseDecisionContext, EventStamp } from './case-decision-context';
import type { CaseEvent } from './case-events';
import { CaseRuleViolation } from './case-rule-violation';
import type { OpenedCase } from './case-state';
import { requiredText } from './case-text-requirement';
import type { OrganisationUnit, UnitCode } from '@hotline/shared-organisation';
import { vietnamDateOf } from './vietnam-date';

export function forwardCase(command: ForwardCase, current: OpenedCase, context: CaseDecisionContext, stamp: EventStamp): CaseEvent[] {
  const target = assignmentOf(command.data.routing, current, context, stamp);
  return [{ type: 'CaseAssigned', data: { ...stamp, from: current.currentUnit, ...target } }];
}

type Target = Pick<Extract<CaseEvent, { type: 'CaseAssigned' }>['data'], 'unitCode' | 'level' | 'reason' | 'rule'>;

function assignmentOf(routing: CaseRouting, current: OpenedCase, context: CaseDecisionContext, stamp: EventStamp): Target {
  if (routing.by === 'officer') {
    const reason = requiredText(routing.reason, 'reason_required');
    const unit = knownUnit(routing.unitCode, context);
    // The officer's own words, in the one language they were written in.
    return { unitCode: unit.code, level: unit.level, reason: { vi: reason, en: reason }, rule: null };
  }
  const { rules } = routing;
  const today = vietnamDateOf(stamp.at);
  if (!rules.isInEffectOn(today)) {
    throw new CaseRuleViolation('rules_not_in_effect', {
      vi: `Phiên bản ${rules.version} có hiệu lực từ ${rules.effectiveFrom}, hôm nay là ${today}.`,
      en: `Version ${rules.version} takes effect on ${rules.effectiveFrom}; today is ${today}.`,
    });
  }
  const assignment = assignByRules(rules, current, context);
  return { unitCode: assignment.unitCode, level: assignment.level, reason: assignment.reason, rule: { id: assignment.ruleId, version: assignment.rulesVersion } };
}

function assignByRules(rules: AssignmentRules, current: OpenedCase, context: CaseDecisionContext): Assignment {
  if (current.classification === null) throw new CaseRuleViolation('not_classified');
  const facts = { ...current.classification, provinceCode: current.reported.provinceCode, communeCode: current.reported.communeCode };
  try {
    return rules.assign(facts, context.directory);
  } catch (error) {
    if (error instanceof AssignmentError) throw new CaseRuleViolation('unknown_unit', error.text);
    throw error;
  }
}

export function handBackCase(command: HandBackCase, current: OpenedCase, stamp: EventStamp): CaseEvent[] {
  const reason = requiredText(command.data.reason, 'reason_required');
  const to = current.forwardedFrom ?? current.reported.receivingUnit;
  return [{ type: 'CaseHandedBack', data: { ...stamp, from: current.currentUnit, to, reason } }];
}

export function transferCase(command: TransferCase, current: OpenedCase, context: CaseDecisionContext, stamp: EventStamp): CaseEvent[] {
  const reason = requiredText(command.data.reason, 'reason_required');
  const target = knownUnit(command.data.toUnit, context);
  if (target.code === current.currentUnit) throw new CaseRuleViolation('same_unit', { vi: `(${target.code})`, en: `(${target.code})` });
  requireTargetInScope(command, target.code, context);
  return [{ type: 'CaseTransferred', data: { ...stamp, from: current.currentUnit, to: target.code, toLevel: target.level, reason } }];
}

/** An administrator reassigns within their own tree; a unit head may send a misrouted case anywhere. */
function requireTargetInScope(command: TransferCase, target: UnitCode, context: CaseDecisionContext): void {
  const { actor } = command;
  if (actor.kind !== 'officer') return;
  if (context.permissions.transfer.officers[actor.role] !== 'jurisdiction') return;
  if (context.directory.jurisdiction.covers(actor.unitCode, target)) return;
  throw new CaseRuleViolation('outside_jurisdiction', {
    vi: `Đơn vị nhận ${target} không thuộc phạm vi quản lý của ${actor.unitCode}.`,
    en: `The receiving unit ${target} is outside ${actor.unitCode}’s jurisdiction.`,
  });
}

export function escalateCase(command: EscalateCase, current: OpenedCase, context: CaseDecisionContext, stamp: EventStamp): CaseEvent[] {
  const { cause } = command.data;
  const recorded = cause.kind === 'officer_decision' ? { ...cause, reason: requiredText(cause.reason, 'reason_required') } : cause;
  const above = context.directory.jurisdiction.parentOf(current.currentUnit);
  if (above === null) throw new CaseRuleViolation('no_level_above', { vi: `(${current.currentUnit})`, en: `(${current.currentUnit})` });
  return [{ type: 'CaseEscalated', data: { ...stamp, from: current.currentUnit, to: above.code, toLevel: above.level, cause: recorded } }];
}

export function addCoHandlers(command: AddCoHandlers, current: OpenedCase, context: CaseDecisionContext, stamp: EventStamp): CaseEvent[] {
  const reason = requiredText(command.data.reason, 'reason_required');
  const coHandlers = [...new Set(command.data.unitCodes)];
  if (coHandlers.length === 0) throw new CaseRuleViolation('invalid_co_handler', { vi: 'Chưa chọn đơn vị nào.', en: 'No unit was given.' });
  coHandlers.forEach((code) => requireCoHandler(code, current, context));
  return [{ type: 'CoHandlersAdded', data: { ...stamp, leadUnit: current.currentUnit, coHandlers, reason } }];
}

/** Co-handling joins provinces (H9), so each co-handler is another province's unit. */
function requireCoHandler(code: UnitCode, current: OpenedCase, context: CaseDecisionContext): void {
  const unit = knownUnit(code, context);
  const leadProvince = context.directory.jurisdiction.provinceOf(current.currentUnit);
  const refuse = (vi: string, en: string) => new CaseRuleViolation('invalid_co_handler', { vi: `${code}: ${vi}`, en: `${code}: ${en}` });
  if (unit.level !== 'province') throw refuse('đơn vị phối hợp phải là đơn vị cấp tỉnh.', 'a co-handler must be a province unit.');
  if (unit.code === leadProvince?.code) throw refuse('là tỉnh của đơn vị chủ trì.', 'is the lead unit’s own province.');
  if (current.coHandlers.includes(unit.code)) throw refuse('đã là đơn vị phối hợp.', 'is already a co-handler.');
}

function knownUnit(code: UnitCode, context: CaseDecisionContext): OrganisationUnit {
  const unit = context.directory.unit(code);
  if (!unit) throw new CaseRuleViolation('unknown_unit', { vi: `(${code})`, en: `(${code})` });
  return unit;
}

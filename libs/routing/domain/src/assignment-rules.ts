import { type AdministrativeLevel, type OrganisationUnit, CENTRAL_UNIT_CODE, type UnitCode } from '@hotline/shared-organisation';
import { AssignmentError } from './assignment-error';
import type { AssignmentRule, AssignmentTarget } from './assignment-rule';
import { conditionHolds } from './assignment-rule';
import { issuesFromZod, AssignmentRulesValidationError, type AssignmentRulesIssue } from './assignment-rules-issue';
import { assignmentRulesSchema, type AssignmentRulesDefinition } from './assignment-rules-schema';
import type { BilingualText } from './bilingual-text';
import { locateCase, type CaseLocation } from './case-location';
import type { HotlineDirectory } from './hotline-directory';
import type { RoutingFacts } from './routing-facts';
import type { LocalDate } from './vietnam-date';

/** The competent unit for a case, and the rule that chose it. */
export interface Assignment {
  readonly unitCode: UnitCode;
  readonly level: AdministrativeLevel;
  readonly ruleId: string;
  readonly rulesVersion: number;
  readonly reason: BilingualText;
}

export type AssignmentRulesValidation =
  | { readonly ok: true; readonly rules: AssignmentRules }
  | { readonly ok: false; readonly issues: readonly AssignmentRulesIssue[] };

/**
 * A version of the table that sends each case to its competent unit. Administrators change it
 * like any policy: a new version with the date it takes effect. The first matching rule wins.
 */
export class AssignmentRules {
  private constructor(private readonly definition: AssignmentRulesDefinition) {}

  get version(): number {
    return this.definition.version;
  }

  get effectiveFrom(): LocalDate {
    return this.definition.effectiveFrom;
  }

  get rules(): readonly AssignmentRule[] {
    return this.definition.rules;
  }

  /** Checks a submitted version; with `previous`, it must be the next version and not take effect earlier. */
  static validate(input: unknown, previous?: AssignmentRules): AssignmentRulesValidation {
    const parsed = assignmentRulesSchema.safeParse(input);
    if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error.issues) };
    const issues = previous ? succession(parsed.data, previous) : [];
    return issues.length > 0 ? { ok: false, issues } : { ok: true, rules: new AssignmentRules(structuredClone(parsed.data)) };
  }

  /** Like `validate`, but throws `AssignmentRulesValidationError`. */
  static parse(input: unknown, previous?: AssignmentRules): AssignmentRules {
    const result = AssignmentRules.validate(input, previous);
    if (!result.ok) throw new AssignmentRulesValidationError(result.issues);
    return result.rules;
  }

  isInEffectOn(date: LocalDate): boolean {
    return date >= this.effectiveFrom;
  }

  assign(facts: RoutingFacts, directory: HotlineDirectory): Assignment {
    const reading = locateCase(directory.jurisdiction, facts.provinceCode, facts.communeCode);
    if (!reading.ok) throw new AssignmentError(reading.problem, reading.message);
    for (const rule of this.definition.rules) {
      if (!conditionHolds(rule.when, facts)) continue;
      const unit = targetUnit(rule.target, reading.location, directory);
      if (unit) return { unitCode: unit.code, level: unit.level, ruleId: rule.id, rulesVersion: this.version, reason: rule.reason };
    }
    // The schema demands a catch-all last rule, whose target always exists or throws above.
    throw new Error('Assignment rules without a catch-all rule');
  }

  toDefinition(): AssignmentRulesDefinition {
    return structuredClone(this.definition);
  }
}

/** The unit a target names for this case, or null when a commune target does not apply. */
function targetUnit(target: AssignmentTarget, location: CaseLocation, directory: HotlineDirectory): OrganisationUnit | null {
  switch (target.kind) {
    case 'central':
      return directory.unit(CENTRAL_UNIT_CODE)!;
    case 'province':
      return location.province;
    case 'commune':
      return location.commune && directory.runsHotline(location.commune.code) ? location.commune : null;
    case 'unit':
      return directory.unit(target.unitCode) ?? unknownTarget(target.unitCode);
    default: {
      const unreachable: never = target;
      return unreachable;
    }
  }
}

function unknownTarget(unitCode: UnitCode): never {
  throw new AssignmentError('unknown_target_unit', {
    vi: `Quy tắc phân công chuyển tới đơn vị ${unitCode} không có trong danh mục.`,
    en: `An assignment rule sends cases to ${unitCode}, which is not a known unit.`,
  });
}

function succession(next: AssignmentRulesDefinition, previous: AssignmentRules): AssignmentRulesIssue[] {
  const issues: AssignmentRulesIssue[] = [];
  if (next.version !== previous.version + 1) {
    issues.push({
      field: 'version',
      message: { vi: `phải là ${previous.version + 1} (phiên bản hiện hành là ${previous.version})`, en: `must be ${previous.version + 1} (the current version is ${previous.version})` },
    });
  }
  if (next.effectiveFrom < previous.effectiveFrom) {
    issues.push({
      field: 'effectiveFrom',
      message: { vi: `không được sớm hơn ${previous.effectiveFrom}`, en: `must not be earlier than ${previous.effectiveFrom}` },
    });
  }
  return issues;
}

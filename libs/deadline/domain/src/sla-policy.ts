import type { LocalDate } from './local-date';
import type { SlaRuleLimit } from './sla-limit';
import { issueFor, issuesFromZod, SlaPolicyValidationError, type SlaPolicyIssue } from './sla-policy-issue';
import { slaPolicySchema, type SlaPolicyDefinition } from './sla-policy-schema';
import type { SlaConditions, SlaRule } from './sla-rule';
import type { SlaStep } from './sla-step';

export type SlaPolicyValidation =
  | { readonly ok: true; readonly policy: SlaPolicy }
  | { readonly ok: false; readonly issues: readonly SlaPolicyIssue[] };

/**
 * A version of the time-limit table (H10, H7, S5). Every number is an administrator's to change;
 * each version records the date it took effect, and running deadlines keep the version they
 * were scheduled under.
 */
export class SlaPolicy {
  private constructor(private readonly definition: SlaPolicyDefinition) {}

  get version(): number {
    return this.definition.version;
  }

  get effectiveFrom(): LocalDate {
    return this.definition.effectiveFrom;
  }

  get rules(): Readonly<Record<SlaStep, SlaRule>> {
    return this.definition.rules;
  }

  /** Checks a submitted version; with `previous`, it must be the next version and not take effect earlier. */
  static validate(input: unknown, previous?: SlaPolicy): SlaPolicyValidation {
    const parsed = slaPolicySchema.safeParse(input, { reportInput: true });
    if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error.issues) };
    const issues = previous ? succession(parsed.data, previous) : [];
    return issues.length > 0 ? { ok: false, issues } : { ok: true, policy: new SlaPolicy(structuredClone(parsed.data)) };
  }

  /** Like `validate`, but throws `SlaPolicyValidationError`. */
  static parse(input: unknown, previous?: SlaPolicy): SlaPolicy {
    const result = SlaPolicy.validate(input, previous);
    if (!result.ok) throw new SlaPolicyValidationError(result.issues);
    return result.policy;
  }

  ruleFor(step: SlaStep): SlaRule {
    return this.definition.rules[step];
  }

  /** The limit that applies to `step` under the given conditions (sudden wins over urgent). */
  limitFor(step: SlaStep, conditions: SlaConditions = {}): SlaRuleLimit {
    const rule = this.ruleFor(step);
    if (conditions.sudden && rule.sudden) return rule.sudden;
    if (conditions.urgent && rule.urgent) return rule.urgent;
    return rule.limit;
  }

  isInEffectOn(date: LocalDate): boolean {
    return date >= this.effectiveFrom;
  }

  toDefinition(): SlaPolicyDefinition {
    return structuredClone(this.definition);
  }
}

function succession(next: SlaPolicyDefinition, previous: SlaPolicy): SlaPolicyIssue[] {
  const issues: SlaPolicyIssue[] = [];
  if (next.version !== previous.version + 1) {
    issues.push(
      issueFor('version', {
        vi: `phải là ${previous.version + 1} (phiên bản hiện hành là ${previous.version}), nhận được ${next.version}`,
        en: `must be ${previous.version + 1} (the current version is ${previous.version}), got ${next.version}`,
      }),
    );
  }
  if (next.effectiveFrom < previous.effectiveFrom) {
    issues.push(
      issueFor('effectiveFrom', {
        vi: `không được sớm hơn ngày hiệu lực của phiên bản ${previous.version} (${previous.effectiveFrom})`,
        en: `must not be earlier than version ${previous.version}'s effective date (${previous.effectiveFrom})`,
      }),
    );
  }
  return issues;
}

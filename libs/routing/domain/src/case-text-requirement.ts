import { CaseRuleViolation, type CaseRuleViolationCode } from './case-rule-violation';

/** Reasons and findings are what auditors read later, so blank text is refused rather than stored. */
export function requiredText(text: string, code: Extract<CaseRuleViolationCode, 'reason_required' | 'details_required'>): string {
  const trimmed = text.trim();
  if (trimmed === '') throw new CaseRuleViolation(code);
  return trimmed;
}

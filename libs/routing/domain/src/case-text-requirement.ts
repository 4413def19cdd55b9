import { readPlainText } from '@hotline/shared-contact';
import { CaseRuleViolation, type CaseRuleViolationCode } from './case-rule-violation';

const MAX_CASE_TEXT = 10_000;
const LABEL = { vi: 'Nội dung', en: 'Text' };

/**
 * Reasons and findings are what auditors read later, so blank text is refused rather than
 * stored, and so is text the platform's rule for typed text refuses (markup, control characters).
 */
export function requiredText(text: string, code: Extract<CaseRuleViolationCode, 'reason_required' | 'details_required'>): string {
  if (text.trim() === '') throw new CaseRuleViolation(code);
  const reading = readPlainText(text, LABEL, { min: 1, max: MAX_CASE_TEXT });
  if (!reading.ok) throw new CaseRuleViolation('text_not_plain');
  return reading.text;
}

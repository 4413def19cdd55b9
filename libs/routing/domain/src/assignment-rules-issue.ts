import type { z } from 'zod';
import type { BilingualText } from './bilingual-text';

/** One problem with a submitted rules table, e.g. field 'rules.2.target.unitCode'. */
export interface AssignmentRulesIssue {
  readonly field: string;
  readonly message: BilingualText;
}

export class AssignmentRulesValidationError extends Error {
  constructor(readonly issues: readonly AssignmentRulesIssue[]) {
    super(`Invalid assignment rules: ${issues.map((i) => `${i.field}: ${i.message.en}`).join(' | ')}`);
    this.name = 'AssignmentRulesValidationError';
  }
}

export function issuesFromZod(issues: readonly z.core.$ZodIssue[]): AssignmentRulesIssue[] {
  return issues.map((issue) => ({ field: issue.path.join('.'), message: problemOf(issue) }));
}

function problemOf(issue: z.core.$ZodIssue): BilingualText {
  const custom = (issue as { params?: { message?: BilingualText } }).params?.message;
  if (custom) return custom;
  if (issue.code === 'invalid_type' && issue.input === undefined) return { vi: 'bắt buộc phải có', en: 'is required' };
  if (issue.code === 'unrecognized_keys') return { vi: `trường không được phép: ${issue.keys.join(', ')}`, en: `fields not allowed: ${issue.keys.join(', ')}` };
  return { vi: `không hợp lệ (${issue.message})`, en: `invalid (${issue.message})` };
}

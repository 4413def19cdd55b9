import { AssignmentRules, type AssignmentRulesValidation } from './assignment-rules';
import type { AssignmentRulesIssue } from './assignment-rules-issue';
import type { Jurisdiction } from '@hotline/shared-organisation';
import type { LocalDate } from './vietnam-date';

/** What an administrator submits: the rules and the day they take effect; the version number is the platform's to give. */
export interface AssignmentRulesSubmission {
  readonly effectiveFrom: unknown;
  readonly rules: unknown;
}

export interface AssignmentRulesPublicationContext {
  /** The day of publication, on the Vietnam calendar. */
  readonly today: LocalDate;
  readonly jurisdiction: Jurisdiction;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The version after `latest`, checked as a whole before anything is stored:
 * - the table's own shape (assignmentRulesSchema), field by field;
 * - it takes effect no earlier than `latest` (which may itself be scheduled) and no earlier than
 *   tomorrow: the version in effect on a day never changes once that day has begun, so a case is
 *   always routed by the rules of the day it was reported, whenever the message is processed;
 * - every unit a rule names exists, or the rule would fail on the first case it matches.
 */
export function nextAssignmentRules(submission: AssignmentRulesSubmission, latest: AssignmentRules, context: AssignmentRulesPublicationContext): AssignmentRulesValidation {
  const validation = AssignmentRules.validate({ version: latest.version + 1, effectiveFrom: submission.effectiveFrom, rules: submission.rules }, latest);
  const issues: AssignmentRulesIssue[] = validation.ok ? [] : [...validation.issues];
  const { effectiveFrom } = submission;
  if (typeof effectiveFrom === 'string' && ISO_DATE.test(effectiveFrom) && effectiveFrom <= context.today && !issues.some((i) => i.field === 'effectiveFrom')) {
    issues.push({
      field: 'effectiveFrom',
      message: {
        vi: `phải sau hôm nay (${context.today}): phiên bản mới có hiệu lực sớm nhất từ ngày mai, để vụ việc đã phân công trong ngày giữ nguyên quy tắc`,
        en: `must be after today (${context.today}): a new version takes effect tomorrow at the earliest, so cases routed today keep their rules`,
      },
    });
  }
  if (validation.ok) issues.push(...unknownUnits(validation.rules, context.jurisdiction));
  return issues.length > 0 ? { ok: false, issues } : validation;
}

function unknownUnits(rules: AssignmentRules, jurisdiction: Jurisdiction): AssignmentRulesIssue[] {
  return rules.rules.flatMap((rule, index) =>
    rule.target.kind === 'unit' && !jurisdiction.has(rule.target.unitCode)
      ? [{ field: `rules.${index}.target.unitCode`, message: { vi: `không có đơn vị ${rule.target.unitCode} trong danh mục`, en: `there is no unit ${rule.target.unitCode}` } }]
      : [],
  );
}

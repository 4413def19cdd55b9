import type { z } from 'zod';
import type { BilingualText } from './bilingual-text';
import { SLA_STEPS } from './sla-step';

/** One problem with a submitted policy, naming the field in both languages. */
export interface SlaPolicyIssue {
  /** Dotted path, e.g. 'rules.verify.limit.amount'. */
  readonly field: string;
  readonly message: BilingualText;
}

export class SlaPolicyValidationError extends Error {
  constructor(readonly issues: readonly SlaPolicyIssue[]) {
    super(`Invalid SLA policy: ${issues.map((i) => i.message.en).join(' | ')}`);
    this.name = 'SlaPolicyValidationError';
  }
}

const FIELD_LABELS: Record<string, BilingualText> = {
  version: { vi: 'phiên bản', en: 'version' },
  effectiveFrom: { vi: 'ngày có hiệu lực', en: 'effective date' },
  rules: { vi: 'bảng thời hạn', en: 'rules table' },
  limit: { vi: 'thời hạn', en: 'limit' },
  urgent: { vi: 'thời hạn khi khẩn cấp', en: 'urgent limit' },
  sudden: { vi: 'thời hạn khi sự cố đột xuất', en: 'sudden-incident limit' },
  unit: { vi: 'đơn vị tính', en: 'unit' },
  amount: { vi: 'độ dài thời hạn', en: 'amount' },
  warnBeforeHours: { vi: 'số giờ cảnh báo trước hạn', en: 'hours of warning before the limit' },
  pausable: { vi: 'cho phép tạm dừng', en: 'pausable' },
  extension: { vi: 'gia hạn', en: 'extension' },
  maxTimes: { vi: 'số lần gia hạn tối đa', en: 'maximum number of extensions' },
};

export function issueFor(field: string, problem: BilingualText): SlaPolicyIssue {
  const label = labelOf(field);
  return {
    field,
    message: {
      vi: `Trường “${field}” (${label.vi}): ${problem.vi}.`,
      en: `Field “${field}” (${label.en}): ${problem.en}.`,
    },
  };
}

function labelOf(field: string): BilingualText {
  const known = FIELD_LABELS[field.split('.').at(-1)!];
  if (known) return known;
  return field.startsWith('rules.') ? { vi: 'bước xử lý', en: 'step' } : { vi: 'chính sách', en: 'policy' };
}

export function issuesFromZod(issues: readonly z.core.$ZodIssue[]): SlaPolicyIssue[] {
  return issues.flatMap((issue) => {
    const field = issue.path.join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => issueFor(field ? `${field}.${key}` : key, unknownKeyProblem(field)));
    }
    return [issueFor(field, problemOf(issue))];
  });
}

function unknownKeyProblem(parent: string): BilingualText {
  return parent === 'rules'
    ? { vi: `bước không xác định; các bước hợp lệ: ${SLA_STEPS.join(', ')}`, en: `unknown step; known steps: ${SLA_STEPS.join(', ')}` }
    : { vi: 'trường không được phép', en: 'field not allowed' };
}

function problemOf(issue: z.core.$ZodIssue): BilingualText {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { vi: 'bắt buộc phải có', en: 'is required' };
      if (issue.expected === 'int') return { vi: 'phải là số nguyên', en: 'must be a whole number' };
      return { vi: `sai kiểu dữ liệu, cần ${issue.expected}`, en: `wrong type, expected ${issue.expected}` };
    case 'too_small':
      return issue.minimum === 0 && !issue.inclusive
        ? { vi: 'phải là số dương (lớn hơn 0)', en: 'must be positive (greater than 0)' }
        : { vi: `phải ≥ ${issue.minimum}`, en: `must be ≥ ${issue.minimum}` };
    case 'invalid_value':
      return { vi: `phải là một trong: ${issue.values.join(', ')}`, en: `must be one of: ${issue.values.join(', ')}` };
    case 'invalid_format':
      return issue.format === 'date'
        ? { vi: 'phải là ngày hợp lệ dạng YYYY-MM-DD', en: 'must be a valid date YYYY-MM-DD' }
        : { vi: `sai định dạng ${issue.format}`, en: `invalid ${issue.format} format` };
    case 'custom':
      return (issue.params?.['message'] as BilingualText | undefined) ?? { vi: issue.message, en: issue.message };
    default:
      return { vi: `không hợp lệ (${issue.message})`, en: `invalid (${issue.message})` };
  }
}

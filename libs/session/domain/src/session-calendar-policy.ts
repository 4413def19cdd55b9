import type { FieldError } from '@hotline/shared-contact';
import { addCalendarDays, dateWording, isLocalDate, type LocalDate } from './vietnam-time';

/**
 * The calendar rules of online sessions (S1–S3). The answer and report limits of S5 are time
 * limits like the hotline's, so they live in the deadline service's SLA policy (session_answer,
 * session_report), counted in working days there.
 */
export interface SessionCalendarRules {
  /** S2: the announcement is published at least this many days before question intake opens. */
  readonly announcementLeadDays: number;
  /** S3: intake opens at 00:00 (Vietnam) this many days before the session day. */
  readonly intakeOpensDaysBefore: number;
  /** S1: each province holds at least this many sessions a year. */
  readonly minSessionsPerProvincePerYear: number;
  /** S1: the ministry holds this many rounds a year. */
  readonly ministryRoundsPerYear: number;
}

/** One version of the rules, with the first day (Vietnam calendar) it applies to announcements. */
export interface SessionCalendarPolicy {
  readonly version: number;
  readonly effectiveFrom: LocalDate;
  readonly rules: SessionCalendarRules;
}

/** Version 1: the defaults of DESIGN S1–S3, in effect with the first year of the seeded calendar. */
export const DEFAULT_SESSION_CALENDAR_POLICY: SessionCalendarPolicy = {
  version: 1,
  effectiveFrom: '2024-01-01',
  rules: { announcementLeadDays: 5, intakeOpensDaysBefore: 7, minSessionsPerProvincePerYear: 2, ministryRoundsPerYear: 2 },
};

const RULE_LIMITS: Record<keyof SessionCalendarRules, { min: number; max: number; label: string }> = {
  announcementLeadDays: { min: 0, max: 60, label: 'số ngày thông báo trước / announcement lead days' },
  intakeOpensDaysBefore: { min: 1, max: 60, label: 'số ngày nhận câu hỏi trước buổi giao lưu / days of question intake' },
  minSessionsPerProvincePerYear: { min: 0, max: 52, label: 'số buổi tối thiểu mỗi tỉnh mỗi năm / sessions per province per year' },
  ministryRoundsPerYear: { min: 0, max: 52, label: 'số đợt của Bộ mỗi năm / ministry rounds per year' },
};

export type CalendarPolicyReading = { readonly ok: true; readonly policy: SessionCalendarPolicy } | { readonly ok: false; readonly errors: readonly FieldError[] };

/**
 * The next version an administrator submits: whole numbers within sensible bounds, taking effect
 * tomorrow at the earliest (announcements already made keep the version they were made under).
 */
export function readNextCalendarPolicy(input: { readonly rules: Record<string, unknown>; readonly effectiveFrom: unknown }, current: SessionCalendarPolicy, today: LocalDate): CalendarPolicyReading {
  const errors: FieldError[] = [];
  const rules: Partial<Record<keyof SessionCalendarRules, number>> = {};
  for (const [key, limit] of Object.entries(RULE_LIMITS) as [keyof SessionCalendarRules, (typeof RULE_LIMITS)[keyof SessionCalendarRules]][]) {
    const value = input.rules[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < limit.min || value > limit.max) {
      errors.push({ field: `rules.${key}`, message: { vi: `Phải là số nguyên từ ${limit.min} đến ${limit.max}.`, en: `Must be a whole number from ${limit.min} to ${limit.max}.` } });
    } else rules[key] = value;
  }
  const tomorrow = addCalendarDays(today, 1);
  const effectiveFrom = input.effectiveFrom;
  if (typeof effectiveFrom !== 'string' || !isLocalDate(effectiveFrom)) {
    errors.push({ field: 'effectiveFrom', message: { vi: 'Ngày hiệu lực theo dạng YYYY-MM-DD.', en: 'The effective date as YYYY-MM-DD.' } });
  } else if (effectiveFrom < tomorrow) {
    const earliest = dateWording(tomorrow);
    errors.push({ field: 'effectiveFrom', message: { vi: `Sớm nhất là ngày mai (${earliest.vi}).`, en: `Tomorrow (${earliest.en}) at the earliest.` } });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, policy: { version: current.version + 1, effectiveFrom: effectiveFrom as LocalDate, rules: rules as SessionCalendarRules } };
}

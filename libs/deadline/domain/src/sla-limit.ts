import type { BilingualText } from './bilingual-text';

export const SLA_LIMIT_UNITS = ['clock_hours', 'working_days', 'calendar_days'] as const;
export type SlaLimitUnit = (typeof SLA_LIMIT_UNITS)[number];

/** How long a step may take (W2). */
export interface SlaTimeLimit {
  readonly unit: SlaLimitUnit;
  readonly amount: number;
}

/** A limit as the policy table states it, with how early officers are warned. */
export interface SlaRuleLimit extends SlaTimeLimit {
  readonly warnBeforeHours: number;
}

/** A day counts as 24 hours here: only to size warnings, never to compute a due date. */
export function nominalHoursOf(limit: SlaTimeLimit): number {
  return limit.unit === 'clock_hours' ? limit.amount : limit.amount * 24;
}

/**
 * A quarter of the limit, at least one hour, but never more than half of it: a 1-hour limit
 * warned 1 hour ahead would warn the moment it starts.
 */
export function defaultWarnBeforeHours(limit: SlaTimeLimit): number {
  const nominal = nominalHoursOf(limit);
  return Math.min(Math.max(nominal * 0.25, 1), nominal * 0.5);
}

export function withDefaultWarning(limit: SlaTimeLimit): SlaRuleLimit {
  return { ...limit, warnBeforeHours: defaultWarnBeforeHours(limit) };
}

export function limitWording(limit: SlaTimeLimit): BilingualText {
  switch (limit.unit) {
    case 'clock_hours': {
      const hours = Number(limit.amount.toFixed(2));
      return { vi: `${hours} giờ`, en: `${hours} clock hour${hours === 1 ? '' : 's'}` };
    }
    case 'working_days':
      return { vi: `${limit.amount} ngày làm việc`, en: `${limit.amount} working day${limit.amount === 1 ? '' : 's'}` };
    case 'calendar_days':
      return { vi: `${limit.amount} ngày`, en: `${limit.amount} calendar day${limit.amount === 1 ? '' : 's'}` };
    default: {
      const unreachable: never = limit.unit;
      return unreachable;
    }
  }
}

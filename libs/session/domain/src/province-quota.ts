import type { BilingualText } from '@hotline/shared-contact';
import { nationalJurisdiction } from '@hotline/shared-organisation';
import type { SessionCalendarRules } from './session-calendar-policy';
import type { SessionStatus } from './session-status';
import { vietnamDateOf, type Instant } from './vietnam-time';

export interface HeldSession {
  readonly hostUnitCode: string;
  readonly coHostUnitCodes: readonly string[];
  readonly startsAt: Instant;
  readonly status: SessionStatus;
}

export interface ProvinceQuota {
  readonly unitCode: string;
  readonly provinceName: BilingualText;
  readonly sessions: number;
  readonly required: number;
  /** Fewer sessions than S1 asks for in that year: flagged for the ministry. */
  readonly belowMinimum: boolean;
}

/**
 * S1 "each province holds at least 2 sessions a year": every current province with the sessions
 * it hosted or co-hosted in the year (Vietnam calendar), drafts not counted, those below the
 * minimum flagged. Checked as a figure, not a deadline: the year is the limit.
 */
export function provinceQuotas(sessions: readonly HeldSession[], year: number, rules: SessionCalendarRules): ProvinceQuota[] {
  const counts = new Map<string, number>();
  for (const session of sessions) {
    if (session.status === 'draft' || vietnamDateOf(session.startsAt).slice(0, 4) !== String(year)) continue;
    for (const unit of new Set([session.hostUnitCode, ...session.coHostUnitCodes])) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  return nationalJurisdiction()
    .unitsAt('province')
    .map((province) => {
      const held = counts.get(province.code) ?? 0;
      return { unitCode: province.code, provinceName: province.name, sessions: held, required: rules.minSessionsPerProvincePerYear, belowMinimum: held < rules.minSessionsPerProvincePerYear };
    });
}

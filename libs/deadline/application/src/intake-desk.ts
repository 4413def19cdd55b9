import type { SlaStep } from '@hotline/deadline-domain';

/**
 * The steps before a case has a competent unit (H10 "enter", "forward"): they belong to the intake
 * desk that has the report, stay listed under it, and do not move when routing assigns the case.
 */
export const INTAKE_DESK_STEPS: readonly SlaStep[] = ['enter', 'forward'];

/**
 * The unit whose intake desk has a report: its province's (P<code>) once the address is placed,
 * otherwise the ministry's (BTNMT), which takes reports nobody could place yet. Decided at receipt;
 * choosing the place later does not move the entry clock.
 */
export function intakeDeskOf(provinceCode: string | null): string {
  return provinceCode === null ? 'BTNMT' : `P${provinceCode}`;
}

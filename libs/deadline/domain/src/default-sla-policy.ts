import { SlaPolicy } from './sla-policy';
import type { SlaPolicyDefinition } from './sla-policy-schema';
import { withDefaultWarning } from './sla-limit';
import { SESSION_ANNOUNCE_RULE } from './session-announce-rule';

const hours = (amount: number) => withDefaultWarning({ unit: 'clock_hours', amount });
const workingDays = (amount: number) => withDefaultWarning({ unit: 'working_days', amount });
const calendarDays = (amount: number) => withDefaultWarning({ unit: 'calendar_days', amount });

/**
 * Version 1: the defaults of DESIGN.md H10 (hotline, 1098/BTNMT-TCMT and 174/QĐ-BTNMT),
 * H7 (complaints and denunciations) and S5 (online sessions). The regulation's own effective
 * date was not available; version 1 takes effect with the first year of the seeded calendar.
 */
const DEFAULT_SLA_POLICY_DEFINITION: SlaPolicyDefinition = {
  version: 1,
  effectiveFrom: '2024-01-01',
  rules: {
    enter: { limit: hours(6), urgent: hours(2), pausable: false },
    forward: { limit: hours(1), pausable: false },
    accept: { limit: workingDays(1), pausable: false },
    // Waiting on another agency's records or a joint inspection stops the clock.
    verify: { limit: workingDays(5), sudden: hours(24), pausable: true },
    handle: { limit: workingDays(15), pausable: true },
    feedback: { limit: workingDays(2), pausable: false },
    whole_case: { limit: calendarDays(30), pausable: false },
    complaint_accept: { limit: calendarDays(10), pausable: false },
    denunciation_resolve: { limit: calendarDays(30), pausable: false, extension: { unit: 'calendar_days', amount: 30, maxTimes: 2 } },
    session_answer: { limit: workingDays(5), pausable: false },
    session_report: { limit: workingDays(7), pausable: false },
    session_announce: SESSION_ANNOUNCE_RULE,
  },
};

export function defaultSlaPolicy(): SlaPolicy {
  return SlaPolicy.parse(DEFAULT_SLA_POLICY_DEFINITION);
}

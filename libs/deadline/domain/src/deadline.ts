import type { BilingualText } from './bilingual-text';
import type {
  CancelDeadline,
  CompleteDeadline,
  DeadlineCommand,
  ExtendDeadline,
  PauseDeadline,
  ReclassifyDeadline,
  ResumeDeadline,
  ScheduleDeadline,
  Tick,
} from './deadline-commands';
import { DeadlineClock } from './deadline-clock';
import type { DeadlineEvent, DeadlineTerms } from './deadline-events';
import { DeadlineRuleViolation } from './deadline-rule-violation';
import type { DeadlineState, ScheduledDeadline } from './deadline-state';
import type { DueDate } from './due-date';
import { instantWording } from './date-wording';
import { limitWording } from './sla-limit';
import { addClockHours, isAtOrAfter, isBefore, toUtcInstant, vietnamDateOf, type Instant } from './vietnam-time';
import type { WorkingDayCalendar } from './working-day-calendar';

export interface DeadlineDecider {
  decide(command: DeadlineCommand, state: DeadlineState): DeadlineEvent[];
  evolve(state: DeadlineState, event: DeadlineEvent): DeadlineState;
  initialState(): DeadlineState;
}

/** The Deadline aggregate. The calendar is a value the decider counts with, not a port. */
export function deadlineDecider(calendar: WorkingDayCalendar): DeadlineDecider {
  const clock = new DeadlineClock(calendar);
  return {
    decide: (command, state) => decideDeadline(command, state, clock),
    evolve: evolveDeadline,
    initialState: initialDeadlineState,
  };
}

export function initialDeadlineState(): DeadlineState {
  return { status: 'unscheduled' };
}

export function decideDeadline(command: DeadlineCommand, state: DeadlineState, clock: DeadlineClock): DeadlineEvent[] {
  switch (command.type) {
    case 'ScheduleDeadline':
      return schedule(command, state, clock);
    case 'PauseDeadline':
      return pause(command, openDeadline(state));
    case 'ResumeDeadline':
      return resume(command, openDeadline(state), clock);
    case 'ExtendDeadline':
      return extend(command, openDeadline(state), clock);
    case 'ReclassifyDeadline':
      return reclassify(command, openDeadline(state), clock);
    case 'CompleteDeadline':
      return complete(command, openDeadline(state));
    case 'Tick':
      return tick(command, state);
    case 'CancelDeadline':
      return cancel(command, openDeadline(state));
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

function schedule({ data }: ScheduleDeadline, state: DeadlineState, clock: DeadlineClock): DeadlineEvent[] {
  if (state.status !== 'unscheduled') throw new DeadlineRuleViolation('already_scheduled');
  const triggerDay = vietnamDateOf(data.triggeredAt);
  if (!data.policy.isInEffectOn(triggerDay)) {
    throw new DeadlineRuleViolation('policy_not_in_effect', {
      vi: `Phiên bản ${data.policy.version} có hiệu lực từ ${data.policy.effectiveFrom}, ngày phát sinh ${triggerDay}.`,
      en: `Version ${data.policy.version} takes effect on ${data.policy.effectiveFrom}; the trigger date is ${triggerDay}.`,
    });
  }
  const conditions = { urgent: data.urgent ?? false, sudden: data.sudden ?? false };
  const { warnBeforeHours, ...limit } = data.policy.limitFor(data.step, conditions);
  const rule = data.policy.ruleFor(data.step);
  const terms: DeadlineTerms = { limit, warnBeforeHours, pausable: rule.pausable, extension: rule.extension ?? null };
  const due = data.dueAt === undefined ? clock.dueDate(data.triggeredAt, limit) : clock.fixedDueDate(data.triggeredAt, data.dueAt);
  return [
    {
      type: 'DeadlineScheduled',
      data: {
        deadlineId: data.deadlineId,
        subjectId: data.subjectId,
        step: data.step,
        triggeredAt: toUtcInstant(data.triggeredAt),
        scheduledAt: toUtcInstant(data.now),
        dueAt: due.dueAt,
        warnAt: warnAtFor(due, terms),
        nominalLastDay: due.nominalLastDay,
        policyVersion: data.policy.version,
        conditions,
        terms,
        explanation: due.explanation,
      },
    },
  ];
}

function pause({ data }: PauseDeadline, state: ScheduledDeadline): DeadlineEvent[] {
  if (state.status === 'paused') throw new DeadlineRuleViolation('already_paused');
  if (!state.terms.pausable) throw new DeadlineRuleViolation('step_not_pausable', stepDetail(state));
  requireReason(data.reason);
  // Once overdue the breach is a fact; stopping the clock afterwards would hide it.
  if (isAtOrAfter(data.now, state.dueAt)) throw new DeadlineRuleViolation('already_overdue');
  return [{ type: 'DeadlinePaused', data: { deadlineId: state.deadlineId, pausedAt: toUtcInstant(data.now), reason: data.reason } }];
}

function resume({ data }: ResumeDeadline, state: ScheduledDeadline, clock: DeadlineClock): DeadlineEvent[] {
  if (state.status !== 'paused' || state.pausedAt === null) throw new DeadlineRuleViolation('not_paused');
  requireReason(data.reason);
  if (isBefore(data.now, state.pausedAt)) throw new DeadlineRuleViolation('resume_before_pause');
  const due = clock.resumedDueDate(state, state.terms.limit, state.pausedAt, data.now);
  return [
    {
      type: 'DeadlineResumed',
      data: { ...rescheduled(state, due), pausedAt: state.pausedAt, resumedAt: toUtcInstant(data.now), reason: data.reason },
    },
  ];
}

/**
 * The limit of the new conditions counted from the original trigger, as if they had been known
 * from the start (an urgent report's 2 hours run from receipt). Nothing when the limit is the
 * same. A pause or an extension already moved the due date on the old terms, and replaying them
 * on new ones would be guesswork, so those are refused.
 */
function reclassify({ data }: ReclassifyDeadline, state: ScheduledDeadline, clock: DeadlineClock): DeadlineEvent[] {
  if (data.policy.version !== state.policyVersion) {
    throw new DeadlineRuleViolation('policy_version_mismatch', { vi: `(phiên bản ${state.policyVersion})`, en: `(version ${state.policyVersion})` });
  }
  const conditions = { urgent: data.urgent, sudden: data.sudden };
  const { warnBeforeHours, ...limit } = data.policy.limitFor(state.step, conditions);
  if (limit.unit === state.terms.limit.unit && limit.amount === state.terms.limit.amount && warnBeforeHours === state.terms.warnBeforeHours) return [];
  if (state.status === 'paused' || state.extensionsUsed > 0) throw new DeadlineRuleViolation('not_reclassifiable', stepDetail(state));
  const due = clock.dueDate(state.triggeredAt, limit);
  const at = instantWording(data.now);
  const wording = limitWording(limit);
  const explanation = {
    vi: `Phân loại lại lúc ${at.vi} (${conditionsWording(conditions).vi}): áp dụng thời hạn ${wording.vi}. ${due.explanation.vi}`,
    en: `Reclassified at ${at.en} (${conditionsWording(conditions).en}): the limit is ${wording.en}. ${due.explanation.en}`,
  };
  return [
    {
      type: 'DeadlineReclassified',
      data: { ...rescheduled({ ...state, terms: { ...state.terms, warnBeforeHours } }, { ...due, explanation }), reclassifiedAt: toUtcInstant(data.now), conditions, limit, warnBeforeHours },
    },
  ];
}

function conditionsWording(conditions: { urgent: boolean; sudden: boolean }): BilingualText {
  if (conditions.sudden) return { vi: 'sự cố đột xuất', en: 'sudden incident' };
  if (conditions.urgent) return { vi: 'khẩn', en: 'urgent' };
  return { vi: 'thông thường', en: 'normal' };
}

function extend({ data }: ExtendDeadline, state: ScheduledDeadline, clock: DeadlineClock): DeadlineEvent[] {
  const rule = state.terms.extension;
  if (rule === null) throw new DeadlineRuleViolation('not_extendable', stepDetail(state));
  if (state.status === 'paused') throw new DeadlineRuleViolation('extension_not_allowed_while_paused');
  if (state.extensionsUsed >= rule.maxTimes) {
    throw new DeadlineRuleViolation('extension_limit_reached', { vi: `Tối đa ${rule.maxTimes} lần.`, en: `At most ${rule.maxTimes}.` });
  }
  if (data.by.unit !== rule.unit || !(data.by.amount > 0) || data.by.amount > rule.amount) {
    const most = limitWording(rule);
    throw new DeadlineRuleViolation('extension_exceeds_rule', { vi: `Mỗi lần tối đa ${most.vi}.`, en: `At most ${most.en} each time.` });
  }
  requireReason(data.reason);
  if (isAtOrAfter(data.now, state.dueAt)) throw new DeadlineRuleViolation('already_overdue');
  const due = clock.extendedDueDate(state, data.by);
  return [
    {
      type: 'DeadlineExtended',
      data: {
        ...rescheduled(state, due),
        extendedAt: toUtcInstant(data.now),
        by: data.by,
        reason: data.reason,
        extensionNumber: state.extensionsUsed + 1,
      },
    },
  ];
}

function complete({ data }: CompleteDeadline, state: ScheduledDeadline): DeadlineEvent[] {
  // A paused clock stopped at the pause, so that is the moment measured against the limit.
  const measuredAt = state.pausedAt ?? data.now;
  return [
    {
      type: 'DeadlineCompleted',
      data: {
        deadlineId: state.deadlineId,
        subjectId: state.subjectId,
        step: state.step,
        completedAt: toUtcInstant(data.now),
        dueAt: state.dueAt,
        onTime: isBefore(measuredAt, state.dueAt),
        policyVersion: state.policyVersion,
      },
    },
  ];
}

/**
 * A tick observes time rather than changing the deadline, so ticking a paused or closed one
 * yields nothing (a scheduler racing a completion must not fail). Past the limit, only the
 * breach is reported: a warning after the fact would be noise.
 */
function tick({ data }: Tick, state: DeadlineState): DeadlineEvent[] {
  if (state.status === 'unscheduled') throw new DeadlineRuleViolation('not_scheduled');
  if (state.status !== 'running') return [];
  const { deadlineId, subjectId, step, dueAt, warnAt, policyVersion } = state;
  const facts = { deadlineId, subjectId, step, dueAt, policyVersion };
  if (isAtOrAfter(data.now, dueAt)) return state.breached ? [] : [{ type: 'DeadlineBreached', data: facts }];
  if (isAtOrAfter(data.now, warnAt) && !state.warningSent) return [{ type: 'DeadlineWarningDue', data: { ...facts, warnAt } }];
  return [];
}

function cancel({ data }: CancelDeadline, state: ScheduledDeadline): DeadlineEvent[] {
  requireReason(data.reason);
  return [{ type: 'DeadlineCancelled', data: { deadlineId: state.deadlineId, reason: data.reason } }];
}

export function evolveDeadline(state: DeadlineState, event: DeadlineEvent): DeadlineState {
  switch (event.type) {
    case 'DeadlineScheduled': {
      const { deadlineId, subjectId, step, policyVersion, triggeredAt, conditions, terms, dueAt, warnAt, nominalLastDay } = event.data;
      return {
        status: 'running',
        ...{ deadlineId, subjectId, step, policyVersion, triggeredAt, conditions, terms, dueAt, warnAt, nominalLastDay },
        pausedAt: null,
        warningSent: false,
        breached: false,
        extensionsUsed: 0,
      };
    }
    case 'DeadlinePaused':
      return { ...scheduled(state), status: 'paused', pausedAt: event.data.pausedAt };
    case 'DeadlineResumed':
      return { ...rescheduledState(scheduled(state), event.data, event.data.resumedAt), status: 'running', pausedAt: null };
    case 'DeadlineExtended': {
      const current = scheduled(state);
      return { ...rescheduledState(current, event.data, event.data.extendedAt), extensionsUsed: current.extensionsUsed + 1 };
    }
    case 'DeadlineReclassified': {
      const current = scheduled(state);
      const { conditions, limit, warnBeforeHours, reclassifiedAt } = event.data;
      return { ...rescheduledState(current, event.data, reclassifiedAt), conditions, terms: { ...current.terms, limit, warnBeforeHours } };
    }
    case 'DeadlineWarningDue':
      return { ...scheduled(state), warningSent: true };
    case 'DeadlineBreached':
      return { ...scheduled(state), warningSent: true, breached: true };
    case 'DeadlineCompleted':
      return { ...scheduled(state), status: 'completed' };
    case 'DeadlineCancelled':
      return { ...scheduled(state), status: 'cancelled' };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

/** A new limit re-arms the warning only if its warning time is still ahead. */
type Rescheduling = Pick<Extract<DeadlineEvent, { type: 'DeadlineResumed' }>['data'], 'newDueAt' | 'newWarnAt' | 'newNominalLastDay'>;

function rescheduledState(state: ScheduledDeadline, change: Rescheduling, at: Instant): ScheduledDeadline {
  return {
    ...state,
    dueAt: change.newDueAt,
    warnAt: change.newWarnAt,
    nominalLastDay: change.newNominalLastDay,
    warningSent: state.warningSent && !isBefore(at, change.newWarnAt),
  };
}

function rescheduled(state: ScheduledDeadline, due: DueDate) {
  return {
    deadlineId: state.deadlineId,
    newDueAt: due.dueAt,
    newWarnAt: warnAtFor(due, state.terms),
    newNominalLastDay: due.nominalLastDay,
    explanation: due.explanation,
  };
}

function warnAtFor(due: DueDate, terms: DeadlineTerms): Instant {
  return addClockHours(due.dueAt, -terms.warnBeforeHours);
}

function openDeadline(state: DeadlineState): ScheduledDeadline {
  if (state.status === 'unscheduled') throw new DeadlineRuleViolation('not_scheduled');
  if (state.status === 'completed' || state.status === 'cancelled') throw new DeadlineRuleViolation('already_closed');
  return state;
}

function scheduled(state: DeadlineState): ScheduledDeadline {
  // Only a corrupt stream could get here: every later event follows DeadlineScheduled.
  if (state.status === 'unscheduled') throw new DeadlineRuleViolation('not_scheduled');
  return state;
}

function requireReason(reason: string): void {
  if (reason.trim() === '') throw new DeadlineRuleViolation('reason_required');
}

function stepDetail(state: ScheduledDeadline): BilingualText {
  return { vi: `(bước: ${state.step})`, en: `(step: ${state.step})` };
}

import { deciderSpec } from '@hotline/platform-testing';
import { vietnamHolidays2024To2027 } from '@hotline/reference-data';
import {
  deadlineDecider,
  DeadlineRuleViolation,
  defaultSlaPolicy,
  SlaPolicy,
  WorkingDayCalendar,
  type DeadlineEvent,
  type ReclassifyDeadline,
  type ScheduleDeadline,
  type SlaStep,
} from './index';

const decider = deadlineDecider(WorkingDayCalendar.fromHolidayRows(vietnamHolidays2024To2027()));
const spec = deciderSpec(decider);
const policy = defaultSlaPolicy();

const schedule = (step: SlaStep, triggeredAt: string, extra: Partial<ScheduleDeadline['data']> = {}): ScheduleDeadline => ({
  type: 'ScheduleDeadline',
  data: { deadlineId: `dl-${step}`, subjectId: 'case-42', step, triggeredAt, now: triggeredAt, policy, ...extra },
});
const scheduled = (command: ScheduleDeadline): DeadlineEvent => decider.decide(command, decider.initialState())[0];
const later = (given: DeadlineEvent[], command: Parameters<typeof decider.decide>[0]): DeadlineEvent[] => [
  ...given,
  ...decider.decide(command, given.reduce(decider.evolve, decider.initialState())),
];

// Verification, 5 working days, triggered Mon 2 Mar 2026 10:00 Vietnam time:
// Tue 3, Wed 4, Thu 5, Fri 6, Mon 9 → due 24:00 Mon 9 Mar = 17:00 UTC; warned 30 h before.
const verifyScheduled = scheduled(schedule('verify', '2026-03-02T03:00:00Z'));
const DUE = '2026-03-09T17:00:00.000Z';
const WARN = '2026-03-08T11:00:00.000Z';
const facts = { deadlineId: 'dl-verify', subjectId: 'case-42', step: 'verify', dueAt: DUE, policyVersion: 1 } as const;
const warning: DeadlineEvent = { type: 'DeadlineWarningDue', data: { ...facts, warnAt: WARN } };
const breach: DeadlineEvent = { type: 'DeadlineBreached', data: facts };
const paused: DeadlineEvent = { type: 'DeadlinePaused', data: { deadlineId: 'dl-verify', pausedAt: '2026-03-04T03:00:00.000Z', reason: 'Chờ kết quả quan trắc của Sở' } };
const tick = (now: string) => ({ type: 'Tick', data: { now } }) as const;
const RESUMED_BECAUSE = 'Đã có kết quả quan trắc';

describe('Deadline decider', () => {
  describe('a limit due at a fixed instant (S2: the announcement’s last day)', () => {
    // Due by 24:00 Fri 17/04/2026 Vietnam time whatever the weekends: not counted from the trigger.
    const announce = schedule('session_announce', '2026-04-10T09:00:00+07:00', { dueAt: '2026-04-18T00:00:00+07:00' });

    it('is due at that instant, warned 2 days before, its last day named in the explanation', () => {
      const event = scheduled(announce);
      expect(event).toMatchObject({
        type: 'DeadlineScheduled',
        data: { step: 'session_announce', dueAt: '2026-04-17T17:00:00.000Z', warnAt: '2026-04-15T17:00:00.000Z', nominalLastDay: '2026-04-17', terms: { pausable: false, extension: null } },
      });
      if (event.type !== 'DeadlineScheduled') throw new Error('not scheduled');
      expect(event.data.explanation.vi).toContain('17/04/2026');
      expect(event.data.explanation.en).toContain('2026-04-17');
    });

    it('is breached at that instant, not before', () => {
      const given = [scheduled(announce)];
      expect(later(given, tick('2026-04-17T16:59:59Z')).at(-1)?.type).toBe('DeadlineWarningDue');
      expect(later(given, tick('2026-04-17T17:00:00Z')).at(-1)).toMatchObject({ type: 'DeadlineBreached', data: { dueAt: '2026-04-17T17:00:00.000Z' } });
    });

    it('is kept by policy versions published before the step existed', () => {
      const { session_announce: _omitted, ...older } = policy.toDefinition().rules;
      const parsed = SlaPolicy.parse({ version: 1, effectiveFrom: '2024-01-01', rules: older });
      expect(parsed.ruleFor('session_announce')).toEqual(policy.ruleFor('session_announce'));
    });
  });

  describe('scheduling', () => {
    it('computes the due date, the warning time and the explanation, in UTC', () => {
      spec
        .given([])
        .when(schedule('verify', '2026-03-02T10:00:00+07:00', { now: '2026-03-02T10:05:00+07:00' }))
        .then([
          {
            type: 'DeadlineScheduled',
            data: {
              deadlineId: 'dl-verify',
              subjectId: 'case-42',
              step: 'verify',
              triggeredAt: '2026-03-02T03:00:00.000Z',
              scheduledAt: '2026-03-02T03:05:00.000Z',
              dueAt: DUE,
              warnAt: WARN,
              nominalLastDay: '2026-03-09',
              policyVersion: 1,
              conditions: { urgent: false, sudden: false },
              terms: { limit: { unit: 'working_days', amount: 5 }, warnBeforeHours: 30, pausable: true, extension: null },
              explanation: { vi: expect.stringContaining('Hạn: 24:00 Thứ Hai 09/03/2026'), en: expect.stringContaining('Due: 24:00 on Mon 2026-03-09') },
            },
          },
        ]);
    });

    it('applies the urgent entry limit (2 clock hours, through Tết)', () => {
      spec
        .given([])
        .when(schedule('enter', '2026-02-17T01:00:00Z', { urgent: true }))
        .then([{ type: 'DeadlineScheduled', data: expect.objectContaining({ dueAt: '2026-02-17T03:00:00.000Z', warnAt: '2026-02-17T02:00:00.000Z' }) }]);
    });

    it('applies the sudden-incident verification limit (24 clock hours)', () => {
      spec
        .given([])
        .when(schedule('verify', '2026-02-13T03:00:00Z', { sudden: true }))
        .then([{ type: 'DeadlineScheduled', data: expect.objectContaining({ dueAt: '2026-02-14T03:00:00.000Z', conditions: { urgent: false, sudden: true } }) }]);
    });

    it('refuses to schedule twice', () => {
      spec.given([verifyScheduled]).when(schedule('verify', '2026-03-02T03:00:00Z')).thenThrows(DeadlineRuleViolation, /already_scheduled/);
    });

    it('refuses a policy version not yet in effect on the trigger date', () => {
      const v2 = SlaPolicy.parse({ ...policy.toDefinition(), version: 2, effectiveFrom: '2026-06-01' }, policy);
      spec.given([]).when(schedule('verify', '2026-03-02T03:00:00Z', { policy: v2 })).thenThrows(DeadlineRuleViolation, /policy_not_in_effect/);
    });
  });

  describe('ticking', () => {
    it('before the warning time: nothing', () => {
      spec.given([verifyScheduled]).when(tick('2026-03-08T10:59:59Z')).then([]);
    });

    it('at the warning time: one warning', () => {
      spec.given([verifyScheduled]).when(tick(WARN)).then([warning]);
    });

    it('after a warning, before the limit: nothing more', () => {
      spec.given([verifyScheduled, warning]).when(tick('2026-03-09T16:59:59Z')).then([]);
    });

    it('at the limit: one breach', () => {
      spec.given([verifyScheduled, warning]).when(tick(DUE)).then([breach]);
    });

    it('after the breach: nothing, ever again', () => {
      spec.given([verifyScheduled, warning, breach]).when(tick('2026-03-10T00:00:00Z')).then([]);
      spec.given([verifyScheduled, warning, breach]).when(tick('2026-04-10T00:00:00Z')).then([]);
    });

    it('first tick already past the limit: the breach alone, no late warning', () => {
      spec.given([verifyScheduled]).when(tick('2026-03-12T00:00:00Z')).then([breach]);
    });

    it('the whole story: schedule → tick → warn → breach → quiet', () => {
      let history = later([], schedule('verify', '2026-03-02T03:00:00Z'));
      for (const now of ['2026-03-05T00:00:00Z', WARN, '2026-03-09T00:00:00Z', DUE, '2026-03-10T00:00:00Z', '2026-03-11T00:00:00Z']) {
        history = later(history, tick(now));
      }
      expect(history.map((e) => e.type)).toEqual(['DeadlineScheduled', 'DeadlineWarningDue', 'DeadlineBreached']);
    });

    it('a paused or closed deadline yields nothing; an unknown one is an error', () => {
      spec.given([verifyScheduled, paused]).when(tick('2026-03-20T00:00:00Z')).then([]);
      spec.given([verifyScheduled, { type: 'DeadlineCancelled', data: { deadlineId: 'dl-verify', reason: 'Trùng vụ việc' } }]).when(tick('2026-03-20T00:00:00Z')).then([]);
      spec.given([]).when(tick('2026-03-20T00:00:00Z')).thenThrows(DeadlineRuleViolation, /not_scheduled/);
    });
  });

  describe('pausing and resuming', () => {
    const resumed: DeadlineEvent = {
      type: 'DeadlineResumed',
      data: {
        deadlineId: 'dl-verify',
        pausedAt: '2026-03-04T03:00:00.000Z',
        resumedAt: '2026-03-16T02:00:00.000Z',
        reason: RESUMED_BECAUSE,
        // Left at the pause (Wed 4): Thu 5, Fri 6, Mon 9 = 3 → from Tue 17: Tue 17, Wed 18, Thu 19.
        newDueAt: '2026-03-19T17:00:00.000Z',
        newWarnAt: '2026-03-18T11:00:00.000Z',
        newNominalLastDay: '2026-03-19',
        explanation: expect.objectContaining({ vi: expect.stringContaining('còn lại khi tạm dừng: 3 ngày làm việc') }),
      },
    };

    it('pauses a verification while waiting on another agency', () => {
      spec
        .given([verifyScheduled])
        .when({ type: 'PauseDeadline', data: { reason: 'Chờ kết quả quan trắc của Sở', now: '2026-03-04T10:00:00+07:00' } })
        .then([paused]);
    });

    it('resuming pushes the due date by the working days left at the pause', () => {
      spec.given([verifyScheduled, paused]).when({ type: 'ResumeDeadline', data: { reason: RESUMED_BECAUSE, now: '2026-03-16T02:00:00Z' } }).then([resumed]);
    });

    it('after resuming, the old due date no longer breaches, the new one does', () => {
      const history = later([verifyScheduled, paused], { type: 'ResumeDeadline', data: { reason: RESUMED_BECAUSE, now: '2026-03-16T02:00:00Z' } });
      spec.given(history).when(tick(DUE)).then([]);
      spec.given(history).when(tick('2026-03-19T17:00:00Z')).then([{ type: 'DeadlineBreached', data: { ...facts, dueAt: '2026-03-19T17:00:00.000Z' } }]);
    });

    it('a new due date re-arms a warning already sent, once', () => {
      const warnedThenPaused: DeadlineEvent[] = [verifyScheduled, warning, { ...paused, data: { ...paused.data, pausedAt: '2026-03-08T12:00:00.000Z' } }];
      const history = later(warnedThenPaused, { type: 'ResumeDeadline', data: { reason: RESUMED_BECAUSE, now: '2026-03-16T02:00:00Z' } });
      const newWarn = (history.at(-1) as Extract<DeadlineEvent, { type: 'DeadlineResumed' }>).data.newWarnAt;
      const rewarned = later(history, tick(newWarn));
      expect(rewarned.at(-1)).toEqual({ type: 'DeadlineWarningDue', data: expect.objectContaining({ warnAt: newWarn }) });
      spec.given(rewarned).when(tick(newWarn)).then([]);
    });

    it('refuses to pause a step the policy does not allow to pause', () => {
      const accept = scheduled(schedule('accept', '2026-03-02T03:00:00Z'));
      spec.given([accept]).when({ type: 'PauseDeadline', data: { reason: 'Chờ', now: '2026-03-02T04:00:00Z' } }).thenThrows(DeadlineRuleViolation, /step_not_pausable/);
    });

    it('refuses to pause twice, to resume a running deadline, or to resume before the pause', () => {
      spec.given([verifyScheduled, paused]).when({ type: 'PauseDeadline', data: { reason: 'Chờ', now: '2026-03-05T03:00:00Z' } }).thenThrows(DeadlineRuleViolation, /already_paused/);
      spec.given([verifyScheduled]).when({ type: 'ResumeDeadline', data: { reason: RESUMED_BECAUSE, now: '2026-03-05T03:00:00Z' } }).thenThrows(DeadlineRuleViolation, /not_paused/);
      spec.given([verifyScheduled, paused]).when({ type: 'ResumeDeadline', data: { reason: RESUMED_BECAUSE, now: '2026-03-03T03:00:00Z' } }).thenThrows(DeadlineRuleViolation, /resume_before_pause/);
    });

    it('refuses to resume without a reason', () => {
      spec.given([verifyScheduled, paused]).when({ type: 'ResumeDeadline', data: { reason: ' ', now: '2026-03-16T02:00:00Z' } }).thenThrows(DeadlineRuleViolation, /reason_required/);
    });

    it('refuses to pause once the limit has passed, or without a reason', () => {
      spec.given([verifyScheduled]).when({ type: 'PauseDeadline', data: { reason: 'Chờ', now: DUE } }).thenThrows(DeadlineRuleViolation, /already_overdue/);
      spec.given([verifyScheduled]).when({ type: 'PauseDeadline', data: { reason: '  ', now: '2026-03-04T03:00:00Z' } }).thenThrows(DeadlineRuleViolation, /reason_required/);
    });

    it('the error carries a code and a Vietnamese and English message', () => {
      const accept = scheduled(schedule('accept', '2026-03-02T03:00:00Z'));
      const state = decider.evolve(decider.initialState(), accept);
      try {
        decider.decide({ type: 'PauseDeadline', data: { reason: 'Chờ', now: '2026-03-02T04:00:00Z' } }, state);
      } catch (error) {
        expect(error).toBeInstanceOf(DeadlineRuleViolation);
        expect((error as DeadlineRuleViolation).code).toBe('step_not_pausable');
        expect((error as DeadlineRuleViolation).text.vi).toContain('không được phép tạm dừng');
        expect((error as DeadlineRuleViolation).text.en).toContain('does not allow');
      }
      expect.assertions(4);
    });
  });

  describe('extending a denunciation (H7: 30 days, +30, +30 again)', () => {
    // 30 calendar days from Mon 2 Mar 2026 → Wed 1 Apr.
    const denunciation = scheduled(schedule('denunciation_resolve', '2026-03-02T03:00:00Z'));
    const extend = (now: string, amount = 30) => ({ type: 'ExtendDeadline', data: { by: { unit: 'calendar_days', amount }, reason: 'Vụ việc phức tạp', now } }) as const;
    const first: DeadlineEvent = {
      type: 'DeadlineExtended',
      data: {
        deadlineId: 'dl-denunciation_resolve',
        extendedAt: '2026-03-25T03:00:00.000Z',
        by: { unit: 'calendar_days', amount: 30 },
        reason: 'Vụ việc phức tạp',
        extensionNumber: 1,
        // Nominal Wed 1 Apr + 30 = Fri 1 May (Labour Day) → Sat, Sun → Mon 4 May.
        newDueAt: '2026-05-04T17:00:00.000Z',
        newWarnAt: '2026-04-27T05:00:00.000Z',
        newNominalLastDay: '2026-05-01',
        explanation: expect.anything(),
      },
    };

    it('is scheduled for 24:00 on Wed 1 Apr', () => {
      expect(denunciation).toMatchObject({ data: { dueAt: '2026-04-01T17:00:00.000Z', terms: { extension: { maxTimes: 2 } } } });
    });

    it('extends once by 30 days', () => {
      spec.given([denunciation]).when(extend('2026-03-25T03:00:00Z')).then([first]);
    });

    it('extends a second time by 30 days', () => {
      // Nominal Fri 1 May + 30 = Sun 31 May → Mon 1 Jun.
      spec
        .given([denunciation, first])
        .when(extend('2026-04-28T03:00:00Z'))
        .then([{ type: 'DeadlineExtended', data: expect.objectContaining({ extensionNumber: 2, newDueAt: '2026-06-01T17:00:00.000Z' }) }]);
    });

    it('refuses a third extension', () => {
      const history = later([denunciation, first], extend('2026-04-28T03:00:00Z'));
      spec.given(history).when(extend('2026-05-20T03:00:00Z')).thenThrows(DeadlineRuleViolation, /extension_limit_reached/);
    });

    it('refuses more than 30 days, another unit, a passed limit', () => {
      spec.given([denunciation]).when(extend('2026-03-25T03:00:00Z', 45)).thenThrows(DeadlineRuleViolation, /extension_exceeds_rule/);
      spec
        .given([denunciation])
        .when({ type: 'ExtendDeadline', data: { by: { unit: 'working_days', amount: 10 }, reason: 'Phức tạp', now: '2026-03-25T03:00:00Z' } })
        .thenThrows(DeadlineRuleViolation, /extension_exceeds_rule/);
      spec.given([denunciation]).when(extend('2026-04-01T17:00:00Z')).thenThrows(DeadlineRuleViolation, /already_overdue/);
    });

    it('refuses to extend any other step', () => {
      spec.given([verifyScheduled]).when(extend('2026-03-03T03:00:00Z')).thenThrows(DeadlineRuleViolation, /not_extendable/);
    });
  });

  describe('reclassifying: an entry clock started at receipt learns the report is urgent (H10: 2 h instead of 6 h)', () => {
    // Received Mon 2 Mar 2026 08:00 in Hà Nội (01:00 UTC): normal entry due 14:00 (07:00 UTC).
    const entry = scheduled(schedule('enter', '2026-03-02T01:00:00Z'));
    const urgent = (now: string, extra: Partial<ReclassifyDeadline['data']> = {}): ReclassifyDeadline => ({ type: 'ReclassifyDeadline', data: { urgent: true, sudden: false, policy, now, ...extra } });
    const reclassified: DeadlineEvent = {
      type: 'DeadlineReclassified',
      data: {
        deadlineId: 'dl-enter',
        reclassifiedAt: '2026-03-02T02:00:00.000Z',
        conditions: { urgent: true, sudden: false },
        limit: { unit: 'clock_hours', amount: 2 },
        warnBeforeHours: 1,
        newDueAt: '2026-03-02T03:00:00.000Z',
        newWarnAt: '2026-03-02T02:00:00.000Z',
        newNominalLastDay: null,
        explanation: { vi: expect.stringContaining('Phân loại lại lúc'), en: expect.stringContaining('the limit is 2 clock hours') },
      },
    };

    it('counts the urgent limit from receipt, not from the classification', () => {
      expect(entry).toMatchObject({ data: { dueAt: '2026-03-02T07:00:00.000Z', conditions: { urgent: false } } });
      spec.given([entry]).when(urgent('2026-03-02T09:00:00+07:00')).then([reclassified]);
    });

    it('judges the entry against the urgent limit from then on', () => {
      const history = [entry, reclassified];
      spec
        .given(history)
        .when({ type: 'CompleteDeadline', data: { now: '2026-03-02T04:00:00Z' } })
        .then([{ type: 'DeadlineCompleted', data: expect.objectContaining({ dueAt: '2026-03-02T03:00:00.000Z', onTime: false }) }]);
      spec.given(history).when(tick('2026-03-02T03:00:00Z')).then([{ type: 'DeadlineBreached', data: { deadlineId: 'dl-enter', subjectId: 'case-42', step: 'enter', dueAt: '2026-03-02T03:00:00.000Z', policyVersion: 1 } }]);
    });

    it('changes nothing when the conditions give the same limit', () => {
      spec.given([entry]).when(urgent('2026-03-02T02:00:00Z', { urgent: false })).then([]);
      spec.given([entry, reclassified]).when(urgent('2026-03-02T02:30:00Z')).then([]);
    });

    it('keeps the policy version the deadline was scheduled under', () => {
      const v2 = SlaPolicy.parse({ ...policy.toDefinition(), version: 2, effectiveFrom: '2026-03-01' }, policy);
      spec.given([entry]).when(urgent('2026-03-02T02:00:00Z', { policy: v2 })).thenThrows(DeadlineRuleViolation, /policy_version_mismatch/);
    });

    it('refuses a paused deadline and a closed one', () => {
      spec.given([verifyScheduled, paused]).when({ type: 'ReclassifyDeadline', data: { urgent: false, sudden: true, policy, now: '2026-03-05T03:00:00Z' } }).thenThrows(DeadlineRuleViolation, /not_reclassifiable/);
      const completed = later([entry], { type: 'CompleteDeadline', data: { now: '2026-03-02T02:00:00Z' } });
      spec.given(completed).when(urgent('2026-03-02T02:00:00Z')).thenThrows(DeadlineRuleViolation, /already_closed/);
    });
  });

  describe('completing and cancelling', () => {
    const completed = (now: string, onTime: boolean): DeadlineEvent => ({
      type: 'DeadlineCompleted',
      data: { ...facts, completedAt: now, onTime },
    });

    it('completed before the limit is on time', () => {
      spec.given([verifyScheduled, warning]).when({ type: 'CompleteDeadline', data: { now: '2026-03-09T16:59:59.000Z' } }).then([completed('2026-03-09T16:59:59.000Z', true)]);
    });

    it('completed at or after the limit is late', () => {
      spec.given([verifyScheduled, warning, breach]).when({ type: 'CompleteDeadline', data: { now: '2026-03-10T02:00:00.000Z' } }).then([completed('2026-03-10T02:00:00.000Z', false)]);
    });

    it('completed while paused is measured at the pause', () => {
      spec.given([verifyScheduled, paused]).when({ type: 'CompleteDeadline', data: { now: '2026-03-20T02:00:00.000Z' } }).then([completed('2026-03-20T02:00:00.000Z', true)]);
    });

    it('refuses to complete a completed deadline, or one never scheduled', () => {
      spec
        .given([verifyScheduled, completed('2026-03-05T02:00:00.000Z', true)])
        .when({ type: 'CompleteDeadline', data: { now: '2026-03-06T02:00:00Z' } })
        .thenThrows(DeadlineRuleViolation, /already_closed/);
      spec.given([]).when({ type: 'CompleteDeadline', data: { now: '2026-03-06T02:00:00Z' } }).thenThrows(DeadlineRuleViolation, /not_scheduled/);
    });

    it('cancels with a reason, once', () => {
      const cancelled: DeadlineEvent = { type: 'DeadlineCancelled', data: { deadlineId: 'dl-verify', reason: 'Vụ việc được nhập vào vụ việc khác' } };
      spec.given([verifyScheduled]).when({ type: 'CancelDeadline', data: { reason: 'Vụ việc được nhập vào vụ việc khác' } }).then([cancelled]);
      spec.given([verifyScheduled, cancelled]).when({ type: 'CancelDeadline', data: { reason: 'Lại' } }).thenThrows(DeadlineRuleViolation, /already_closed/);
      spec.given([verifyScheduled, cancelled]).when({ type: 'PauseDeadline', data: { reason: 'Chờ', now: '2026-03-04T03:00:00Z' } }).thenThrows(DeadlineRuleViolation, /already_closed/);
      spec.given([verifyScheduled]).when({ type: 'CancelDeadline', data: { reason: '' } }).thenThrows(DeadlineRuleViolation, /reason_required/);
    });
  });
});

import { defaultSlaPolicy, SlaPolicy, SlaPolicyValidationError, type SlaPolicyDefinition } from './index';

const v1 = defaultSlaPolicy();
const nextVersion = (change: (draft: SlaPolicyDefinition) => void = () => undefined): unknown => {
  const draft = v1.toDefinition();
  draft.version = 2;
  draft.effectiveFrom = '2026-07-01';
  change(draft);
  return draft;
};
const issuesOf = (input: unknown, previous?: SlaPolicy) => {
  const result = SlaPolicy.validate(input, previous);
  if (result.ok) throw new Error('expected the policy to be rejected');
  return result.issues;
};

describe('SlaPolicy', () => {
  it('version 1 holds the H10, H7 and S5 defaults', () => {
    expect(v1.version).toBe(1);
    expect(v1.effectiveFrom).toBe('2024-01-01');
    expect(v1.limitFor('enter')).toEqual({ unit: 'clock_hours', amount: 6, warnBeforeHours: 1.5 });
    expect(v1.limitFor('enter', { urgent: true })).toEqual({ unit: 'clock_hours', amount: 2, warnBeforeHours: 1 });
    expect(v1.limitFor('forward')).toEqual({ unit: 'clock_hours', amount: 1, warnBeforeHours: 0.5 });
    expect(v1.limitFor('accept')).toEqual({ unit: 'working_days', amount: 1, warnBeforeHours: 6 });
    expect(v1.limitFor('verify')).toEqual({ unit: 'working_days', amount: 5, warnBeforeHours: 30 });
    expect(v1.limitFor('verify', { sudden: true })).toEqual({ unit: 'clock_hours', amount: 24, warnBeforeHours: 6 });
    expect(v1.limitFor('handle')).toEqual({ unit: 'working_days', amount: 15, warnBeforeHours: 90 });
    expect(v1.limitFor('feedback')).toEqual({ unit: 'working_days', amount: 2, warnBeforeHours: 12 });
    expect(v1.limitFor('whole_case')).toEqual({ unit: 'calendar_days', amount: 30, warnBeforeHours: 180 });
    expect(v1.limitFor('complaint_accept')).toEqual({ unit: 'calendar_days', amount: 10, warnBeforeHours: 60 });
    expect(v1.limitFor('denunciation_resolve')).toEqual({ unit: 'calendar_days', amount: 30, warnBeforeHours: 180 });
    expect(v1.ruleFor('denunciation_resolve').extension).toEqual({ unit: 'calendar_days', amount: 30, maxTimes: 2 });
    expect(v1.limitFor('session_answer')).toEqual({ unit: 'working_days', amount: 5, warnBeforeHours: 30 });
    expect(v1.limitFor('session_report')).toEqual({ unit: 'working_days', amount: 7, warnBeforeHours: 42 });
  });

  it('allows pausing only while verifying or handling', () => {
    const pausable = Object.entries(v1.rules).filter(([, rule]) => rule.pausable).map(([step]) => step);
    expect(pausable).toEqual(['verify', 'handle']);
  });

  it('ignores conditions a step has no override for, and lets sudden win over urgent', () => {
    expect(v1.limitFor('handle', { urgent: true, sudden: true })).toEqual(v1.limitFor('handle'));
    expect(v1.limitFor('verify', { urgent: true, sudden: true }).amount).toBe(24);
  });

  it('accepts the next version and keeps it apart from the caller’s object', () => {
    const input = nextVersion((d) => {
      (d.rules.handle.limit as { amount: number }).amount = 10;
    });
    const v2 = SlaPolicy.parse(input, v1);
    expect(v2.version).toBe(2);
    expect(v2.limitFor('handle').amount).toBe(10);
    (input as SlaPolicyDefinition).rules.handle.limit = { unit: 'working_days', amount: 99, warnBeforeHours: 1 };
    expect(v2.limitFor('handle').amount).toBe(10);
    expect(v1.limitFor('handle').amount).toBe(15);
  });

  it('names the field in Vietnamese and English when an amount is not positive', () => {
    const issues = issuesOf(nextVersion((d) => ((d.rules.verify.limit as { amount: number }).amount = -1)), v1);
    expect(issues).toEqual([
      {
        field: 'rules.verify.limit.amount',
        message: {
          vi: 'Trường “rules.verify.limit.amount” (độ dài thời hạn): phải là số dương (lớn hơn 0).',
          en: 'Field “rules.verify.limit.amount” (amount): must be positive (greater than 0).',
        },
      },
    ]);
  });

  it('rejects an unknown step and a missing one', () => {
    const issues = issuesOf(
      nextVersion((d) => {
        const rules = d.rules as Record<string, unknown>;
        rules['inspect'] = rules['verify'];
        delete rules['handle'];
      }),
      v1,
    );
    expect(issues.map((i) => i.field).sort()).toEqual(['rules.handle', 'rules.inspect']);
    expect(issues.find((i) => i.field === 'rules.inspect')!.message.vi).toContain('bước không xác định');
    expect(issues.find((i) => i.field === 'rules.inspect')!.message.en).toContain('unknown step');
    expect(issues.find((i) => i.field === 'rules.handle')!.message).toEqual({
      vi: 'Trường “rules.handle” (bước xử lý): bắt buộc phải có.',
      en: 'Field “rules.handle” (step): is required.',
    });
  });

  it('requires the version to follow the current one', () => {
    const issues = issuesOf(nextVersion((d) => (d.version = 3)), v1);
    expect(issues).toEqual([
      {
        field: 'version',
        message: {
          vi: 'Trường “version” (phiên bản): phải là 2 (phiên bản hiện hành là 1), nhận được 3.',
          en: 'Field “version” (version): must be 2 (the current version is 1), got 3.',
        },
      },
    ]);
  });

  it('rejects an effective date earlier than the current version’s', () => {
    const issues = issuesOf(nextVersion((d) => (d.effectiveFrom = '2023-12-31')), v1);
    expect(issues.map((i) => i.field)).toEqual(['effectiveFrom']);
    expect(issues[0].message.vi).toContain('ngày có hiệu lực');
  });

  it('rejects an impossible date, a unit it does not know, fractional days and a warning as long as the limit', () => {
    const issues = issuesOf(
      nextVersion((d) => {
        d.effectiveFrom = '2026-02-30';
        (d.rules.accept.limit as { unit: string }).unit = 'fortnights';
        (d.rules.handle.limit as { amount: number }).amount = 15.5;
        (d.rules.forward.limit as { warnBeforeHours: number }).warnBeforeHours = 1;
      }),
    );
    expect(Object.fromEntries(issues.map((i) => [i.field, i.message.en]))).toEqual({
      effectiveFrom: 'Field “effectiveFrom” (effective date): must be a valid date YYYY-MM-DD.',
      'rules.accept.limit.unit': 'Field “rules.accept.limit.unit” (unit): must be one of: clock_hours, working_days, calendar_days.',
      'rules.handle.limit.amount': 'Field “rules.handle.limit.amount” (amount): a number of days must be a whole number.',
      'rules.forward.limit.warnBeforeHours': 'Field “rules.forward.limit.warnBeforeHours” (hours of warning before the limit): must be shorter than the limit itself, or the warning fires at the start.',
    });
  });

  it('rejects a non-integer version and a non-positive extension count', () => {
    const issues = issuesOf(
      nextVersion((d) => {
        d.version = 1.5;
        (d.rules.denunciation_resolve.extension as { maxTimes: number }).maxTimes = 0;
      }),
    );
    expect(issues.map((i) => [i.field, i.message.vi])).toEqual([
      ['version', 'Trường “version” (phiên bản): phải là số nguyên.'],
      ['rules.denunciation_resolve.extension.maxTimes', 'Trường “rules.denunciation_resolve.extension.maxTimes” (số lần gia hạn tối đa): phải là số dương (lớn hơn 0).'],
    ]);
  });

  it('throws SlaPolicyValidationError carrying the issues from parse', () => {
    expect(() => SlaPolicy.parse({ version: 0 })).toThrow(SlaPolicyValidationError);
    try {
      SlaPolicy.parse({ version: 0 });
    } catch (error) {
      expect((error as SlaPolicyValidationError).issues.map((i) => i.field)).toEqual(['version', 'effectiveFrom', 'rules']);
    }
  });
});

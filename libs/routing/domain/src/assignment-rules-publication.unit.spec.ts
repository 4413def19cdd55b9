import { defaultAssignmentRules, Jurisdiction, nextAssignmentRules } from './index';

const jurisdiction = Jurisdiction.fromReferenceData();
const latest = defaultAssignmentRules();
const context = { today: '2026-03-03', jurisdiction };
const rules = latest.toDefinition().rules;

describe('publishing the next version of the assignment rules', () => {
  it('numbers it after the latest and keeps the submitted rules', () => {
    const next = nextAssignmentRules({ effectiveFrom: '2026-04-01', rules }, latest, context);
    expect(next.ok && { version: next.rules.version, effectiveFrom: next.rules.effectiveFrom, rules: next.rules.rules }).toEqual({ version: 2, effectiveFrom: '2026-04-01', rules });
  });

  it('refuses a version taking effect today or earlier, since today’s cases were routed by the rules of the day', () => {
    const today = nextAssignmentRules({ effectiveFrom: '2026-03-03', rules }, latest, context);
    expect(today).toEqual({ ok: false, issues: [{ field: 'effectiveFrom', message: { vi: expect.stringContaining('ngày mai'), en: expect.stringContaining('tomorrow') } }] });
    const beforeLatest = nextAssignmentRules({ effectiveFrom: '2025-01-01', rules }, latest, context);
    expect(beforeLatest.ok ? [] : beforeLatest.issues.map((i) => i.field)).toEqual(['effectiveFrom']);
  });

  it('names every bad field, including a unit that does not exist', () => {
    const bad = [
      { id: 'Bad Id', when: {}, target: { kind: 'province' }, reason: { vi: 'x', en: 'x' } },
      { id: 'to-nowhere', when: { severity: ['severe'] }, target: { kind: 'unit', unitCode: 'P98' }, reason: { vi: 'Chuyển', en: 'Sent' } },
      { id: 'fallback', when: {}, target: { kind: 'province' }, reason: { vi: 'Tỉnh', en: 'Province' } },
    ];
    const invalid = nextAssignmentRules({ effectiveFrom: '2026-04-01', rules: bad }, latest, context);
    expect(invalid.ok ? [] : invalid.issues).toEqual([{ field: 'rules.0.id', message: { vi: expect.any(String), en: 'a rule id is lower-case letters, digits, - and _' } }]);
    const fixed = nextAssignmentRules({ effectiveFrom: '2026-04-01', rules: [{ ...bad[0], id: 'first' }, ...bad.slice(1)] }, latest, context);
    expect(fixed.ok ? [] : fixed.issues).toEqual([{ field: 'rules.1.target.unitCode', message: { vi: 'không có đơn vị P98 trong danh mục', en: 'there is no unit P98' } }]);
    const noDate = nextAssignmentRules({ effectiveFrom: 'soon', rules: 'none' }, latest, context);
    expect(noDate.ok ? [] : noDate.issues.map((i) => i.field)).toEqual(['effectiveFrom', 'rules']);
  });
});

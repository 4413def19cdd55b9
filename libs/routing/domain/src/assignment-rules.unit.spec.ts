import {
  AssignmentError,
  AssignmentRules,
  AssignmentRulesValidationError,
  defaultAssignmentRules,
  HotlineDirectory,
  type HotlineUnit,
  type RoutingFacts,
} from './index';

const baDinhHotline: HotlineUnit = { unitCode: 'C00004', phone: '+842438234567', phoneKind: 'landline', email: 'duongdaynong@badinh.hanoi.gov.vn' };
const directory = HotlineDirectory.fromReferenceData([baDinhHotline]);
const rules = defaultAssignmentRules();

// Noise from a workshop in Phường Ba Đình (commune 00004, Hà Nội 01).
const baDinhNoise: RoutingFacts = {
  provinceCode: '01',
  communeCode: '00004',
  pollutionType: 'noise',
  nature: 'continuous',
  severity: 'minor',
  interProvincial: false,
  legalTrack: 'pollution',
};

describe('default assignment rules, version 1', () => {
  it('sends a case in a Hà Nội commune that runs a hotline to that commune', () => {
    expect(rules.assign(baDinhNoise, directory)).toEqual({
      unitCode: 'C00004',
      level: 'commune',
      ruleId: 'commune-with-hotline',
      rulesVersion: 1,
      reason: { vi: 'Chuyển cấp xã nơi xảy ra ô nhiễm.', en: 'Sent to the commune where the pollution happened.' },
    });
  });

  it('keeps a serious case at the commune', () => {
    expect(rules.assign({ ...baDinhNoise, severity: 'serious' }, directory).unitCode).toBe('C00004');
  });

  it('sends a severe case to the province', () => {
    expect(rules.assign({ ...baDinhNoise, severity: 'severe' }, directory)).toMatchObject({ unitCode: 'P01', level: 'province', ruleId: 'severe-to-province' });
  });

  it('sends a severe inter-provincial case to the central unit', () => {
    // Wastewater in the Nhuệ river reaching Hà Nam (now Ninh Bình).
    const facts = { ...baDinhNoise, pollutionType: 'wastewater', severity: 'severe', interProvincial: true } as const;
    expect(rules.assign(facts, directory)).toMatchObject({ unitCode: 'BTNMT', level: 'central', ruleId: 'severe-inter-provincial-to-central' });
  });

  it('keeps a lesser inter-provincial case with the reporting province', () => {
    expect(rules.assign({ ...baDinhNoise, interProvincial: true }, directory)).toMatchObject({ unitCode: 'P01', ruleId: 'inter-provincial-to-province' });
  });

  it('sends complaints and denunciations to the province, even when severe and inter-provincial', () => {
    expect(rules.assign({ ...baDinhNoise, legalTrack: 'complaint' }, directory)).toMatchObject({ unitCode: 'P01', ruleId: 'complaint-or-denunciation-to-province' });
    const denunciation = { ...baDinhNoise, legalTrack: 'denunciation', severity: 'severe', interProvincial: true } as const;
    expect(rules.assign(denunciation, directory)).toMatchObject({ unitCode: 'P01', ruleId: 'complaint-or-denunciation-to-province' });
  });

  it('falls back to the province when the commune runs no hotline or is unknown', () => {
    // Phường Ngọc Hà (00008) has no hotline listed; Phường Sài Gòn (26740) is in Hồ Chí Minh City (79).
    expect(rules.assign({ ...baDinhNoise, communeCode: '00008' }, directory)).toMatchObject({ unitCode: 'P01', ruleId: 'province-fallback' });
    expect(rules.assign({ ...baDinhNoise, communeCode: null }, directory)).toMatchObject({ unitCode: 'P01', ruleId: 'province-fallback' });
    expect(rules.assign({ ...baDinhNoise, provinceCode: '79', communeCode: '26740' }, directory)).toMatchObject({ unitCode: 'P79', ruleId: 'province-fallback' });
  });

  it('refuses a commune that is not in the given province', () => {
    expect(() => rules.assign({ ...baDinhNoise, provinceCode: '79' }, directory)).toThrow(AssignmentError);
    expect(() => rules.assign({ ...baDinhNoise, provinceCode: '79' }, directory)).toThrow(/commune_outside_province/);
  });

  it('takes effect on 1 July 2025', () => {
    expect(rules.isInEffectOn('2025-06-30')).toBe(false);
    expect(rules.isInEffectOn('2025-07-01')).toBe(true);
  });
});

describe('AssignmentRules as an administrator’s table', () => {
  const v1 = rules.toDefinition();
  const catchAll = v1.rules.at(-1)!;

  it('lets a version add a rule that names a unit, recording which rule chose it', () => {
    const v2 = AssignmentRules.parse(
      {
        version: 2,
        effectiveFrom: '2026-01-01',
        rules: [
          {
            id: 'hcmc-wastewater-to-province',
            when: { provinceCode: ['79'], pollutionType: ['wastewater'] },
            target: { kind: 'unit', unitCode: 'P79' },
            reason: { vi: 'Nước thải tại TP.HCM do Sở xử lý.', en: 'Wastewater in Hồ Chí Minh City goes to the department.' },
          },
          ...v1.rules,
        ],
      },
      rules,
    );
    const hcmc = { ...baDinhNoise, provinceCode: '79', communeCode: '26740', pollutionType: 'wastewater' } as const;
    expect(v2.assign(hcmc, directory)).toMatchObject({ unitCode: 'P79', ruleId: 'hcmc-wastewater-to-province', rulesVersion: 2 });
  });

  it('refuses a table without a catch-all last rule, with duplicate ids or unknown fields', () => {
    const result = AssignmentRules.validate({
      version: 1,
      effectiveFrom: '2025-07-01',
      rules: [v1.rules[0], { ...v1.rules[0], when: { colour: ['red'] } }, { ...catchAll, target: { kind: 'commune' } }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.field)).toEqual(['rules.1.when', 'rules.1.id', 'rules.2']);
    expect(result.issues[0].message).toEqual({ vi: 'trường không được phép: colour', en: 'fields not allowed: colour' });
    const duplicates = AssignmentRules.validate({ version: 1, effectiveFrom: '2025-07-01', rules: [catchAll, { ...catchAll, target: { kind: 'commune' } }] });
    expect(duplicates).toMatchObject({
      ok: false,
      issues: [
        { field: 'rules.1.id', message: { en: 'rule id “province-fallback” is used twice' } },
        { field: 'rules.1', message: { en: expect.stringContaining('the last rule must match every case') } },
      ],
    });
  });

  it('requires the next version number and an effective date no earlier than the current one', () => {
    const result = AssignmentRules.validate({ ...v1, version: 3, effectiveFrom: '2025-01-01' }, rules);
    expect(result).toMatchObject({ ok: false, issues: [{ field: 'version' }, { field: 'effectiveFrom' }] });
    expect(() => AssignmentRules.parse({ ...v1, version: 3 }, rules)).toThrow(AssignmentRulesValidationError);
  });

  it('refuses at assignment time a rule that names a unit not in the directory', () => {
    const broken = AssignmentRules.parse({ version: 1, effectiveFrom: '2025-07-01', rules: [{ ...catchAll, target: { kind: 'unit', unitCode: 'P99' } }] });
    expect(() => broken.assign(baDinhNoise, directory)).toThrow(/unknown_target_unit/);
  });
});

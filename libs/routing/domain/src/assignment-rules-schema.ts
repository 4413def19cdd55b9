import { LegalTrack, PollutionType } from '@hotline/contracts-events';
import { z } from 'zod';
import { CASE_SEVERITIES, POLLUTION_NATURES } from './routing-facts';
import { levelOfUnitCode, type UnitCode } from '@hotline/shared-organisation';

// The catalogue carries a reason of at most 500 characters on routing.CaseAssigned.
const REASON_MAX_LENGTH = 500;
// A table longer than this is no longer something an administrator can read and check.
const MAX_RULES = 100;

const bilingualText = z.strictObject({ vi: z.string().trim().min(1).max(REASON_MAX_LENGTH), en: z.string().trim().min(1).max(REASON_MAX_LENGTH) });
const anyOf = <T extends z.ZodType>(item: T) => z.array(item).min(1).optional();

const conditionSchema = z.strictObject({
  legalTrack: anyOf(LegalTrack),
  severity: anyOf(z.enum(CASE_SEVERITIES)),
  interProvincial: z.boolean().optional(),
  pollutionType: anyOf(PollutionType),
  nature: anyOf(z.enum(POLLUTION_NATURES)),
  provinceCode: anyOf(z.string().regex(/^\d{2}$/)),
});

const unitCodeSchema = z.custom<UnitCode>((value) => typeof value === 'string' && levelOfUnitCode(value) !== null, {
  params: { message: { vi: 'mã đơn vị phải là BTNMT, P + 2 chữ số hoặc C + 5 chữ số', en: 'a unit code is BTNMT, P + 2 digits or C + 5 digits' } },
});

const targetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('central') }),
  z.strictObject({ kind: z.literal('province') }),
  z.strictObject({ kind: z.literal('commune') }),
  z.strictObject({ kind: z.literal('unit'), unitCode: unitCodeSchema }),
]);

const ruleSchema = z.strictObject({
  id: z.string().refine((id) => /^[a-z0-9][a-z0-9_-]{0,63}$/.test(id), {
    params: { message: { vi: 'mã quy tắc gồm chữ thường, chữ số, - và _', en: 'a rule id is lower-case letters, digits, - and _' } },
  }),
  when: conditionSchema,
  target: targetSchema,
  reason: bilingualText,
});

/** The shape an administrator submits for a new version of the assignment rules table. */
export const assignmentRulesSchema = z
  .strictObject({
    version: z.number().int().positive(),
    effectiveFrom: z.iso.date(),
    rules: z.array(ruleSchema).min(1).max(MAX_RULES),
  })
  .superRefine(({ rules }, ctx) => {
    const seen = new Set<string>();
    rules.forEach((rule, index) => {
      if (seen.has(rule.id)) {
        ctx.addIssue({ code: 'custom', path: ['rules', index, 'id'], params: { message: { vi: `mã quy tắc “${rule.id}” bị trùng`, en: `rule id “${rule.id}” is used twice` } } });
      }
      seen.add(rule.id);
    });
    // Without a catch-all last rule some case would find no unit, and a case must always land somewhere.
    const last = rules.at(-1);
    if (last && (Object.keys(last.when).length > 0 || last.target.kind === 'commune')) {
      ctx.addIssue({
        code: 'custom',
        path: ['rules', rules.length - 1],
        params: {
          message: {
            vi: 'quy tắc cuối phải áp dụng cho mọi vụ việc: không có điều kiện và không chuyển về cấp xã',
            en: 'the last rule must match every case: no conditions, and a target other than the commune',
          },
        },
      });
    }
  });

export type AssignmentRulesDefinition = z.output<typeof assignmentRulesSchema>;

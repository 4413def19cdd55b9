import { z } from 'zod';
import { nominalHoursOf, SLA_LIMIT_UNITS } from './sla-limit';
import { SLA_STEPS, type SlaStep } from './sla-step';
import { SESSION_ANNOUNCE_RULE } from './session-announce-rule';

const ruleLimitSchema = z
  .strictObject({
    unit: z.enum(SLA_LIMIT_UNITS),
    amount: z.number().positive(),
    warnBeforeHours: z.number().positive(),
  })
  .superRefine((limit, ctx) => {
    if (limit.unit !== 'clock_hours' && !Number.isInteger(limit.amount)) {
      ctx.addIssue({ code: 'custom', path: ['amount'], params: { message: { vi: 'số ngày phải là số nguyên', en: 'a number of days must be a whole number' } } });
    }
    // A non-positive amount is already reported; comparing against it would only add noise.
    if (limit.amount > 0 && limit.warnBeforeHours >= nominalHoursOf(limit)) {
      ctx.addIssue({
        code: 'custom',
        path: ['warnBeforeHours'],
        params: { message: { vi: 'phải ngắn hơn chính thời hạn, nếu không sẽ cảnh báo ngay khi bắt đầu', en: 'must be shorter than the limit itself, or the warning fires at the start' } },
      });
    }
  });

const extensionSchema = z.strictObject({
  unit: z.enum(SLA_LIMIT_UNITS),
  amount: z.number().int().positive(),
  maxTimes: z.number().int().positive(),
});

const ruleSchema = z.strictObject({
  limit: ruleLimitSchema,
  urgent: ruleLimitSchema.optional(),
  sudden: ruleLimitSchema.optional(),
  pausable: z.boolean(),
  extension: extensionSchema.optional(),
});

/** Steps added after version 1 was published: versions without them get their default rule. */
const LATER_STEPS: Partial<Record<SlaStep, z.input<typeof ruleSchema>>> = { session_announce: SESSION_ANNOUNCE_RULE };

const rulesSchema = z.strictObject(
  Object.fromEntries(SLA_STEPS.map((step) => [step, LATER_STEPS[step] ? ruleSchema.default(LATER_STEPS[step]) : ruleSchema])) as Record<SlaStep, typeof ruleSchema>,
);

/** The shape an administrator submits for a new policy version. */
export const slaPolicySchema = z.strictObject({
  version: z.number().int().positive(),
  effectiveFrom: z.iso.date(),
  rules: rulesSchema,
});

export type SlaPolicyDefinition = z.output<typeof slaPolicySchema>;

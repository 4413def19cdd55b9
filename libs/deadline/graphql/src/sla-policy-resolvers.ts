import type { SlaPolicyTable, SlaPolicyVersion, SlaRuleSubmission } from '@hotline/deadline-application';
import { SLA_STEPS, slaStepWording, vietnamDateOf } from '@hotline/deadline-domain';
import { ministryAdministrator, type SubgraphContext } from '@hotline/platform-graphql';
import { deadlineReader } from './unit-coverage';

/**
 * The time-limit table (H10, H7, S5): every version with the date it took effect. Officers read
 * it; ministry administrators publish the next version. Running deadlines keep their version.
 */
export function slaPolicyResolvers(policies: SlaPolicyTable, now: () => Date) {
  const versionsNow = async () => {
    const versions = await policies.versions();
    const current = await policies.current(now());
    return { versions, current: versions.find((v) => v.policy.version === current.version)! };
  };
  return {
    Query: {
      slaPolicies: async (_: unknown, __: unknown, context: SubgraphContext) => {
        deadlineReader(context.actor);
        const { versions, current } = await versionsNow();
        return { current: toPolicyVersion(current), history: versions.map(toPolicyVersion) };
      },
    },
    Mutation: {
      publishSlaPolicy: async (_: unknown, args: { input: { rules: SlaRuleSubmission[] }; effectiveFrom: string }, context: SubgraphContext) => {
        const officer = ministryAdministrator(context.actor, { vi: 'ban hành bảng thời hạn', en: 'publish the time-limit table' });
        const today = vietnamDateOf(now().toISOString());
        const result = await policies.publishNext({ rules: args.input.rules, effectiveFrom: args.effectiveFrom }, { kind: 'officer', id: officer.id, unitCode: officer.unitCode }, today);
        if (!result.ok) return { ok: false, policy: null, errors: result.issues };
        const published = (await policies.versions()).find((v) => v.policy.version === result.policy.version)!;
        return { ok: true, policy: toPolicyVersion(published), errors: [] };
      },
    },
  };
}

function toPolicyVersion(version: SlaPolicyVersion) {
  const { policy } = version;
  return {
    version: policy.version,
    effectiveFrom: policy.effectiveFrom,
    publishedBy: version.createdBy,
    publishedAt: version.createdAt,
    rules: SLA_STEPS.map((step) => {
      const rule = policy.ruleFor(step);
      return { step, stepName: slaStepWording(step), limit: rule.limit, urgent: rule.urgent ?? null, sudden: rule.sudden ?? null, pausable: rule.pausable, extension: rule.extension ?? null };
    }),
  };
}

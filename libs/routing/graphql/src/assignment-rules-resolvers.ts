import type { AssignmentRulesVersion } from '@hotline/routing-application';
import type { SubgraphContext } from '@hotline/platform-graphql';
import { vietnamDateOf } from '@hotline/routing-domain';
import { caseOfficer } from './case-access';
import type { RoutingApi } from './routing-api';

/** The versioned assignment rules: every officer reads them, the ministry's administrator publishes the next. */
export function assignmentRulesResolvers(routing: RoutingApi) {
  return {
    Query: {
      assignmentRules: async (_: unknown, __: unknown, context: SubgraphContext) => {
        caseOfficer(context.actor);
        const today = vietnamDateOf(routing.clock().toISOString());
        const [current, history] = await Promise.all([routing.assignmentRules.inEffectOn(today), routing.assignmentRules.versions()]);
        return { current: toVersion(current), history: history.map(toVersion) };
      },
    },
    Mutation: {
      publishAssignmentRules: async (_: unknown, args: { input: { rules: unknown }; effectiveFrom: string }, context: SubgraphContext) => {
        const submission = { effectiveFrom: args.effectiveFrom, rules: withoutNulls(args.input.rules) };
        const outcome = await routing.directoryCommands.publishAssignmentRules(caseOfficer(context.actor), submission);
        if (outcome.ok) return { ok: true, published: toVersion(outcome.published), errors: [] };
        // The rules arrive as the `input` argument, so their fields are named under it.
        const errors = outcome.issues.map((issue) => ({ field: issue.field.startsWith('rules') ? `input.${issue.field}` : issue.field, message: issue.message }));
        return { ok: false, published: null, errors };
      },
    },
  };
}

function toVersion(version: AssignmentRulesVersion) {
  const { rules } = version;
  return {
    version: rules.version,
    effectiveFrom: rules.effectiveFrom,
    rules: rules.rules,
    publishedBy: version.publishedBy,
    publishedByUnitCode: version.publishedByUnitCode,
    publishedAt: version.publishedAt,
  };
}

/** GraphQL hands an optional field given as null over as null; the rules table's schema wants it absent. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, withoutNulls(v)]));
}

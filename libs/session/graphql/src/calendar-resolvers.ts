import { ministryAdministrator, signedInOfficer, UserFacingError, type SubgraphContext } from '@hotline/platform-graphql';
import { provinceQuotas, readNextCalendarPolicy, vietnamDateOf } from '@hotline/session-domain';
import type { SessionApi } from './session-api';

/** The calendar rules (S1–S3), their versions, and the provinces' yearly sessions against them. */
export function calendarResolvers(api: SessionApi) {
  const today = () => vietnamDateOf(api.clock().toISOString());
  return {
    Query: {
      provinceSessionQuotas: async (_: unknown, args: { year: number }, context: SubgraphContext) => {
        signedInOfficer(context.actor);
        if (!Number.isInteger(args.year) || args.year < 2000 || args.year > 2100) {
          throw new UserFacingError('INVALID_INPUT', { vi: 'Năm từ 2000 đến 2100.', en: 'A year from 2000 to 2100.' }, 'year');
        }
        const policy = await api.policies.inEffectOn(today());
        return provinceQuotas(await api.sessions.startingAround(args.year), args.year, policy.rules);
      },
      sessionCalendarPolicy: async (_: unknown, __: unknown, context: SubgraphContext) => {
        signedInOfficer(context.actor);
        return { current: await api.policies.inEffectOn(today()), history: await api.policies.history() };
      },
    },
    Mutation: {
      publishSessionCalendarPolicy: async (_: unknown, args: { rules: Record<string, unknown>; effectiveFrom: string }, context: SubgraphContext) => {
        const officer = ministryAdministrator(context.actor, { vi: 'ban hành quy định lịch giao lưu', en: 'publish the session calendar rules' });
        const reading = readNextCalendarPolicy({ rules: args.rules, effectiveFrom: args.effectiveFrom }, await api.policies.latest(), today());
        if (!reading.ok) return { ok: false, published: null, errors: reading.errors };
        const published = await api.policies.publish(reading.policy, { officerId: officer.id, unitCode: officer.unitCode }, api.clock());
        return { ok: true, published, errors: [] };
      },
    },
  };
}

import type { SubgraphContext } from '@hotline/platform-graphql';
import { SessionInputError } from '@hotline/session-application';
import type { PlannedSession } from '@hotline/session-domain';
import { draftHostsOf, pageSize, refusingBadInput, requireSessionReader, requireSessionsScope, seesSession, sessionActor, sessionNotFound } from './session-access';
import type { SessionApi } from './session-api';
import { toReport, toSession } from './session-view';

type Args = Record<string, unknown>;

/** The calendar of sessions, and what hosts do to a session: plan, announce, run, report, close. */
export function sessionResolvers(api: SessionApi) {
  const now = () => api.clock();
  const fresh = async (state: PlannedSession) => {
    await api.caughtUp();
    const view = await api.sessions.byId(state.sessionId);
    if (!view) throw new Error(`Session ${state.sessionId} is not in the read model`);
    return toSession(view, now());
  };
  const visible = async (id: unknown, context: SubgraphContext) => {
    requireSessionsScope(context.actor);
    const view = typeof id === 'string' ? await api.sessions.byId(id) : null;
    return view && seesSession(context.actor, view) ? view : null;
  };
  /** A plan form: field errors in the result, refusals of the rules as errors. */
  const planned = async (work: () => Promise<PlannedSession>) => {
    try {
      return { ok: true, session: await fresh(await work()), errors: [] };
    } catch (error) {
      if (error instanceof SessionInputError) return { ok: false, session: null, errors: error.errors };
      throw error;
    }
  };
  const command = (run: (args: Args, context: SubgraphContext) => Promise<PlannedSession>) => async (_: unknown, args: Args, context: SubgraphContext) =>
    refusingBadInput(async () => fresh(await run(args, context)));

  return {
    Query: {
      session: async (_: unknown, args: { id: string }, context: SubgraphContext) => {
        const view = await visible(args.id, context);
        return view && toSession(view, now());
      },
      sessions: async (_: unknown, args: { unitCode?: string | null; first?: number | null; after?: string | null }, context: SubgraphContext) =>
        refusingBadInput(async () => {
          requireSessionsScope(context.actor);
          const page = await api.sessions.list({ unitCode: args.unitCode ?? null, draftsOf: draftHostsOf(context.actor), limit: pageSize(args.first), after: args.after });
          return { items: page.items.map((s) => toSession(s, now())), nextCursor: page.nextCursor };
        }),
      sessionResultsReport: async (_: unknown, args: { sessionId: string }, context: SubgraphContext) => {
        const report = await api.reports.reportOf(args.sessionId);
        requireSessionReader(context.actor, report.session);
        return toReport(report, now());
      },
      exportSessionResultsReport: async (_: unknown, args: { sessionId: string; format: 'csv' | 'json' }, context: SubgraphContext) => {
        const report = await api.reports.reportOf(args.sessionId);
        requireSessionReader(context.actor, report.session);
        return api.reports.export(report, args.format);
      },
    },
    Mutation: {
      planSession: (_: unknown, args: { input: Args }, context: SubgraphContext) => planned(() => api.office.plan(sessionActor(context.actor), args.input)),
      reviseSessionPlan: (_: unknown, args: { sessionId: string; input: Args }, context: SubgraphContext) =>
        planned(() => api.office.revise(sessionActor(context.actor), args.sessionId, args.input)),
      announceSession: command((args, context) => api.office.announce(sessionActor(context.actor), args['sessionId'])),
      startSession: command((args, context) => api.office.start(sessionActor(context.actor), args['sessionId'])),
      endSession: command((args, context) => api.office.end(sessionActor(context.actor), args['sessionId'])),
      closeSession: command((args, context) => api.office.close(sessionActor(context.actor), args['sessionId'])),
      submitSessionResultsReport: async (_: unknown, args: { sessionId: string }, context: SubgraphContext) => {
        const state = await api.reports.submit(sessionActor(context.actor), args.sessionId);
        await api.caughtUp();
        return toReport(await api.reports.reportOf(state.sessionId), now());
      },
    },
    Session: {
      __resolveReference: async (reference: { id: string }, context: SubgraphContext) => {
        const view = await visible(reference.id, context);
        if (!view) throw sessionNotFound();
        return toSession(view, now());
      },
    },
  };
}

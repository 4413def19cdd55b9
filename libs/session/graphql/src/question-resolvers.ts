import { requireScope, type SubgraphContext } from '@hotline/platform-graphql';
import { mayAct, type AskedQuestion, type QuestionStatus } from '@hotline/session-domain';
import { pageSize, publicSessionActor, refusingBadInput, requireSessionReader, requireSessionsScope, seesSession, sessionActor, sessionNotFound, unitsOf } from './session-access';
import type { SessionApi } from './session-api';
import { toPublished, toQuestion } from './session-view';

type Args = Record<string, unknown>;

/** The public question form and Q&A; moderation and answers for the session's officers. */
export function questionResolvers(api: SessionApi) {
  /** The question as the read model shows it once caught up, with the asker only for moderators. */
  const shown = async (questionId: string, context: SubgraphContext) => {
    const question = await api.questions.byId(questionId);
    const session = question && (await api.sessions.byId(question.sessionId));
    if (!question || !session) return null;
    requireSessionReader(context.actor, session, question.assignedUnitCode);
    const moderator = mayAct('moderate', sessionActor(context.actor), unitsOf(session));
    return toQuestion(question, moderator ? api.askers : null);
  };
  const command = (run: (args: Args, context: SubgraphContext) => Promise<AskedQuestion>) => async (_: unknown, args: Args, context: SubgraphContext) =>
    refusingBadInput(async () => {
      const question = await run(args, context);
      await api.caughtUp();
      return shown(question.questionId, context);
    });
  const actor = (context: SubgraphContext) => sessionActor(context.actor);

  return {
    Query: {
      sessionQuestions: async (_: unknown, args: { sessionId: string; status?: QuestionStatus | null; first?: number | null; after?: string | null }, context: SubgraphContext) =>
        refusingBadInput(async () => {
          const session = await api.sessions.byId(String(args.sessionId));
          if (!session) throw sessionNotFound();
          requireSessionReader(context.actor, session);
          const moderator = mayAct('moderate', sessionActor(context.actor), unitsOf(session));
          const page = await api.questions.ofSession(session.sessionId, { status: args.status ?? null, limit: pageSize(args.first), after: args.after });
          return { items: page.items.map((q) => toQuestion(q, moderator ? api.askers : null)), nextCursor: page.nextCursor };
        }),
      sessionQuestion: async (_: unknown, args: { id: string }, context: SubgraphContext) => refusingBadInput(() => shown(args.id, context)),
      publishedQuestions: async (_: unknown, args: { sessionId: string; search?: string | null; first?: number | null; after?: string | null }, context: SubgraphContext) =>
        refusingBadInput(async () => {
          requireSessionsScope(context.actor);
          const session = await api.sessions.byId(String(args.sessionId));
          if (!session || !seesSession(context.actor, session)) throw sessionNotFound();
          const page = await api.questions.published(session.sessionId, args.search ?? null, { limit: pageSize(args.first), after: args.after });
          return { items: page.items.map(toPublished), nextCursor: page.nextCursor };
        }),
    },
    Mutation: {
      submitQuestion: async (_: unknown, args: { input: Args }, context: SubgraphContext) => {
        requireScope(context.actor, 'questions:submit');
        const outcome = await api.desk.submit(publicSessionActor(context.actor), args.input);
        return outcome.ok ? { ok: true, questionId: outcome.questionId, errors: [] } : { ok: false, questionId: null, errors: outcome.errors };
      },
      acceptQuestion: command((args, context) => api.desk.accept(actor(context), args['questionId'])),
      rejectQuestion: command((args, context) => api.desk.reject(actor(context), args['questionId'], args['reason'])),
      mergeQuestion: command((args, context) => api.desk.merge(actor(context), args['questionId'], args['intoQuestionId'])),
      editQuestion: command((args, context) => api.desk.edit(actor(context), args['questionId'], args['text'])),
      assignQuestion: command((args, context) => api.desk.assign(actor(context), args['questionId'], args['unitCode'], args['official'])),
      draftAnswer: command((args, context) => api.desk.draftAnswer(actor(context), args['questionId'], args['text'])),
      approveAnswer: command((args, context) => api.desk.approveAnswer(actor(context), args['questionId'])),
      publishAnswer: command((args, context) => api.desk.publishAnswer(actor(context), args['questionId'])),
      answerLive: command((args, context) => api.desk.answerLive(actor(context), args['questionId'], args['text'], args['official'])),
    },
  };
}

import { CaseInputError, InvalidCursorError, type CaseCommandResult, type CaseView, type OfficerIdentity } from '@hotline/routing-application';
import { UserFacingError, type SubgraphContext } from '@hotline/platform-graphql';
import type { CaseStatus } from '@hotline/routing-domain';
import { assignmentRulesResolvers } from './assignment-rules-resolvers';
import { caseOfficer, caseReader, outsideJurisdiction, seesCase } from './case-access';
import { directoryResolvers } from './directory-resolvers';
import { invalidCursor, pageSize } from './page-size';
import type { RoutingApi } from './routing-api';

export type { RoutingApi } from './routing-api';

type CommandName =
  | 'acceptCase'
  | 'handBack'
  | 'recordVerification'
  | 'recordHandling'
  | 'feedBackResult'
  | 'closeCase'
  | 'transferCase'
  | 'escalateCase'
  | 'reopenCase'
  | 'classifyCase'
  | 'forwardCase'
  | 'addCoHandlers';

/** A command's field errors, as one refusal pointing at the first field and listing them all. */
function invalidInput(error: CaseInputError): UserFacingError {
  const [first] = error.errors;
  const list = (language: 'vi' | 'en') => error.errors.map((e) => `${e.field}: ${e.message[language]}`).join(' ');
  return new UserFacingError('INVALID_INPUT', { vi: list('vi'), en: list('en') }, first?.field);
}

export function routingResolvers(routing: RoutingApi) {
  const jurisdiction = async () => (await routing.directory.directory()).jurisdiction;

  const visibleCase = async (caseId: string, context: SubgraphContext) => {
    const officer = caseReader(context.actor);
    const view = await routing.readModel.caseById(caseId);
    if (!view) return null;
    if (!seesCase(await jurisdiction(), officer, view)) throw outsideJurisdiction();
    return toCase(view);
  };

  /** Runs an officer's command, then answers with the case as the read model shows it once caught up. */
  const command =
    (name: CommandName) =>
    async (_: unknown, args: Record<string, unknown>, context: SubgraphContext) => {
      const officer: OfficerIdentity = caseOfficer(context.actor);
      let result: CaseCommandResult;
      try {
        // The arguments are named as CaseCommands reads them: caseId, reason, findings, …
        result = await routing.commands[name](officer, args);
      } catch (error) {
        throw error instanceof CaseInputError ? invalidInput(error) : error;
      }
      await routing.caughtUp();
      const view = await routing.readModel.caseById(result.caseId);
      if (!view) throw new Error(`Case ${result.caseId} is not in the read model after ${name}`);
      return toCase(view);
    };

  const directory = directoryResolvers(routing);
  const rules = assignmentRulesResolvers(routing);
  return {
    Query: {
      ...directory.Query,
      ...rules.Query,
      case: (_: unknown, args: { id: string }, context: SubgraphContext) => visibleCase(args.id, context),
      inbox: async (_: unknown, args: { status?: CaseStatus | null; first: number; after?: string | null }, context: SubgraphContext) => {
        const officer = caseReader(context.actor);
        const limit = pageSize(args.first);
        try {
          const page = await routing.readModel.inbox((await jurisdiction()).unitsCoveredBy(officer.unitCode), { status: args.status ?? undefined, limit, after: args.after });
          return { items: page.items.map(toCase), nextCursor: page.nextCursor };
        } catch (error) {
          throw error instanceof InvalidCursorError ? invalidCursor() : error;
        }
      },
    },
    Mutation: {
      ...directory.Mutation,
      ...rules.Mutation,
      acceptCase: command('acceptCase'),
      handBackCase: command('handBack'),
      recordVerification: command('recordVerification'),
      recordHandling: command('recordHandling'),
      feedBackResult: command('feedBackResult'),
      closeCase: command('closeCase'),
      transferCase: command('transferCase'),
      escalateCase: command('escalateCase'),
      reopenCase: command('reopenCase'),
      classifyCase: command('classifyCase'),
      forwardCase: command('forwardCase'),
      addCoHandlers: command('addCoHandlers'),
    },
    Case: {
      __resolveReference: (reference: { id: string }, context: SubgraphContext) => visibleCase(reference.id, context),
    },
  };
}

function toCase(view: CaseView) {
  const { caseId, ...rest } = view;
  return { id: caseId, ...rest };
}

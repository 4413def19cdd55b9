import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { concatAST, type DocumentNode } from 'graphql';
import type { CallLogImport, ReportDesk, ReportReadModel } from '@hotline/intake-application';
import { callLogResolvers } from './call-log-resolvers';
import { callLogTypeDefs } from './call-log-schema';
import { intakeResolvers } from './intake-resolvers';
import { intakeTypeDefs } from './intake-schema';

/** Everything the intake service answers, as the gateway's supergraph is composed from it. */
export const intakeServiceTypeDefs: DocumentNode = concatAST([intakeTypeDefs, callLogTypeDefs]);

/** The intake subgraph; the call-log import joins it when the service has one (tests of other parts may leave it out). */
export function intakeSubgraphSchema(desk: ReportDesk, readModel: ReportReadModel, callLog?: CallLogImport) {
  const modules = [{ typeDefs: intakeTypeDefs, resolvers: intakeResolvers(desk, readModel) as unknown as GraphQLResolverMap<unknown> }];
  if (callLog) modules.push({ typeDefs: callLogTypeDefs, resolvers: callLogResolvers(callLog) as unknown as GraphQLResolverMap<unknown> });
  return buildSubgraphSchema(modules);
}

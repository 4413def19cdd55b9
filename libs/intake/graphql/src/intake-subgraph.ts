import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import type { ReportDesk, ReportReadModel } from '@hotline/intake-application';
import { intakeResolvers } from './intake-resolvers';
import { intakeTypeDefs } from './intake-schema';

export function intakeSubgraphSchema(desk: ReportDesk, readModel: ReportReadModel) {
  return buildSubgraphSchema([{ typeDefs: intakeTypeDefs, resolvers: intakeResolvers(desk, readModel) as unknown as GraphQLResolverMap<unknown> }]);
}

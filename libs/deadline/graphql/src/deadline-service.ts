import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { startDeadlineFeatures, type DeadlineReadModel } from '@hotline/deadline-application';
import { anonymousOnly, serviceWithSubgraph, type Authenticator } from '@hotline/platform-graphql';
import { serviceNamed, type ServiceDefinition } from '@hotline/platform-runtime';
import { deadlineResolvers } from './deadline-resolvers';
import { deadlineTypeDefs } from './deadline-schema';

export function deadlineSubgraphSchema(readModel: DeadlineReadModel, now?: () => Date) {
  return buildSubgraphSchema([{ typeDefs: deadlineTypeDefs, resolvers: deadlineResolvers(readModel, now) as unknown as GraphQLResolverMap<unknown> }]);
}

/** The deadline service as the service host runs it: timers, planner, read model, and its subgraph. */
export function deadlineService(authenticator: Authenticator = anonymousOnly): ServiceDefinition {
  return serviceWithSubgraph(serviceNamed('deadline'), {
    startFeatures: (context) => startDeadlineFeatures(context),
    schema: (features) => deadlineSubgraphSchema(features.readModel),
    authenticator,
  });
}

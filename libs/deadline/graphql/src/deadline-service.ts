import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { startDeadlineFeatures, type DeadlineFeatures } from '@hotline/deadline-application';
import { anonymousOnly, serviceWithSubgraph, type Authenticator } from '@hotline/platform-graphql';
import { serviceNamed, type ServiceDefinition } from '@hotline/platform-runtime';
import { adjustmentResolvers } from './adjustment-resolvers';
import { calendarResolvers } from './calendar-resolvers';
import { deadlineResolvers } from './deadline-resolvers';
import { deadlineTypeDefs } from './deadline-schema';
import { slaPolicyResolvers } from './sla-policy-resolvers';

/** What the subgraph needs of the deadline service. */
export type DeadlineSubgraphFeatures = Pick<DeadlineFeatures, 'readModel' | 'adjustments' | 'calendar' | 'policies' | 'caughtUp'>;

export function deadlineSubgraphSchema(features: DeadlineSubgraphFeatures, now: () => Date = () => new Date()) {
  const reading = deadlineResolvers(features.readModel, now);
  const parts = [
    reading,
    adjustmentResolvers(features),
    calendarResolvers(features.calendar),
    slaPolicyResolvers(features.policies, now),
  ];
  const resolvers = {
    Query: Object.assign({}, ...parts.map((part) => ('Query' in part ? part.Query : {}))),
    Mutation: Object.assign({}, ...parts.map((part) => ('Mutation' in part ? part.Mutation : {}))),
    Case: reading.Case,
  };
  return buildSubgraphSchema([{ typeDefs: deadlineTypeDefs, resolvers: resolvers as unknown as GraphQLResolverMap<unknown> }]);
}

/** The deadline service as the service host runs it: timers, planner, read model, and its subgraph. */
export function deadlineService(authenticator: Authenticator = anonymousOnly): ServiceDefinition {
  return serviceWithSubgraph(serviceNamed('deadline'), {
    startFeatures: (context) => startDeadlineFeatures(context),
    schema: (features) => deadlineSubgraphSchema(features, () => features.clock.now()),
    authenticator,
  });
}

import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { concatAST, type DocumentNode } from 'graphql';
import { startRoutingFeatures } from '@hotline/routing-application';
import { anonymousOnly, serviceWithSubgraph, type Authenticator } from '@hotline/platform-graphql';
import { serviceNamed, type ServiceDefinition } from '@hotline/platform-runtime';
import { routingAuditResolvers } from './routing-audit-resolvers';
import { routingAuditTypeDefs } from './routing-audit-schema';
import { routingResolvers, type RoutingApi } from './routing-resolvers';
import { routingTypeDefs } from './routing-schema';

/** Everything the routing service answers, as the gateway's supergraph is composed from it. */
export const routingServiceTypeDefs: DocumentNode = concatAST([routingTypeDefs, routingAuditTypeDefs]);

export function routingSubgraphSchema(routing: RoutingApi) {
  return buildSubgraphSchema([
    { typeDefs: routingTypeDefs, resolvers: routingResolvers(routing) as unknown as GraphQLResolverMap<unknown> },
    { typeDefs: routingAuditTypeDefs, resolvers: routingAuditResolvers(routing) as unknown as GraphQLResolverMap<unknown> },
  ]);
}

/** The routing service as the service host runs it: directory, cases, consumers, and its subgraph. */
export function routingService(authenticator: Authenticator = anonymousOnly): ServiceDefinition {
  return serviceWithSubgraph(serviceNamed('routing'), {
    startFeatures: (context) => startRoutingFeatures(context),
    schema: (features) => routingSubgraphSchema(features),
    authenticator,
  });
}

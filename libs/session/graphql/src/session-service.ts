import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { anonymousOnly, serviceWithSubgraph, type Authenticator } from '@hotline/platform-graphql';
import { serviceNamed, type ServiceDefinition } from '@hotline/platform-runtime';
import { startSessionFeatures } from '@hotline/session-application';
import { calendarResolvers } from './calendar-resolvers';
import { questionResolvers } from './question-resolvers';
import type { SessionApi } from './session-api';
import { sessionResolvers } from './session-resolvers';
import { sessionTypeDefs } from './session-schema';

export function sessionSubgraphSchema(api: SessionApi) {
  const parts = [sessionResolvers(api), questionResolvers(api), calendarResolvers(api)];
  const resolvers = {
    Query: Object.assign({}, ...parts.map((part) => part.Query)),
    Mutation: Object.assign({}, ...parts.map((part) => part.Mutation)),
    Session: sessionResolvers(api).Session,
  };
  return buildSubgraphSchema([{ typeDefs: sessionTypeDefs, resolvers: resolvers as unknown as GraphQLResolverMap<unknown> }]);
}

/** The session service as the service host runs it: sessions, questions, reports, and its subgraph. */
export function sessionService(authenticator: Authenticator = anonymousOnly): ServiceDefinition {
  return serviceWithSubgraph(serviceNamed('session'), {
    startFeatures: (context) => startSessionFeatures(context),
    schema: (features) => sessionSubgraphSchema(features),
    authenticator,
  });
}

import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { startDeadlineFeatures, type DeadlineReadModel } from '@hotline/deadline-application';
import { anonymousOnly, createSubgraphRoute, type Authenticator } from '@hotline/platform-graphql';
import { serviceNamed, type ServiceDefinition } from '@hotline/platform-runtime';
import { deadlineResolvers } from './deadline-resolvers';
import { deadlineTypeDefs } from './deadline-schema';

export function deadlineSubgraphSchema(readModel: DeadlineReadModel, now?: () => Date) {
  return buildSubgraphSchema([{ typeDefs: deadlineTypeDefs, resolvers: deadlineResolvers(readModel, now) as unknown as GraphQLResolverMap<unknown> }]);
}

/** The deadline service as the service host runs it: timers, planner, read model, and its subgraph at /graphql. */
export function deadlineService(authenticator: Authenticator = anonymousOnly): ServiceDefinition {
  return {
    ...serviceNamed('deadline'),
    start: async (context) => {
      const features = await startDeadlineFeatures(context);
      const subgraph = await createSubgraphRoute({
        schema: deadlineSubgraphSchema(features.readModel),
        context: async (request) => ({ actor: await authenticator.authenticate(request) }),
        onInternalError: (error) => context.logger.error('deadline subgraph failed', { error: error instanceof Error ? error.stack : String(error) }),
      });
      return {
        ...features,
        routes: [(request, response) => subgraph.handle(request, response)],
        stop: async () => {
          await subgraph.stop();
          await features.stop();
        },
      };
    },
  };
}

import type { GraphQLSchema } from 'graphql';
import type { ServiceContext, ServiceDefinition, ServiceFeatures } from '@hotline/platform-runtime';
import type { Authenticator } from './request-actor';
import { createSubgraphRoute } from './subgraph-route';

/** A service whose features also answer GraphQL at /graphql, as every context's service does. */
export function serviceWithSubgraph<Features extends ServiceFeatures>(
  service: Pick<ServiceDefinition, 'name' | 'portVariable'>,
  options: {
    startFeatures: (context: ServiceContext) => Promise<Features>;
    schema: (features: Features) => GraphQLSchema;
    authenticator: Authenticator;
  },
): ServiceDefinition {
  return {
    ...service,
    start: async (context) => {
      const features = await options.startFeatures(context);
      const subgraph = await createSubgraphRoute({
        schema: options.schema(features),
        context: async (request) => ({ actor: await options.authenticator.authenticate(request) }),
        onInternalError: (error) => context.logger.error(`${service.name} subgraph failed`, { error: error instanceof Error ? error.stack : String(error) }),
      });
      return {
        ...features,
        routes: [...(features.routes ?? []), (request, response) => subgraph.handle(request, response)],
        stop: async () => {
          await subgraph.stop();
          await features.stop();
        },
      };
    },
  };
}

import { startIntakeFeatures } from '@hotline/intake-application';
import { anonymousOnly, createSubgraphRoute, type Authenticator } from '@hotline/platform-graphql';
import { requiredKey, serviceNamed, type ServiceDefinition } from '@hotline/platform-runtime';
import { intakeSubgraphSchema } from './intake-subgraph';

/** The intake service as the service host runs it, alone or inside the all-in-one host: features plus subgraph at /graphql. */
export function intakeService(authenticator: Authenticator = anonymousOnly): ServiceDefinition {
  return {
    ...serviceNamed('intake'),
    start: async (context) => {
      const features = await startIntakeFeatures(context, { identityKey: requiredKey(context.config, 'IDENTITY_ENCRYPTION_KEY', 'identity') });
      const subgraph = await createSubgraphRoute({
        schema: intakeSubgraphSchema(features.desk, features.readModel),
        context: async (request) => ({ actor: await authenticator.authenticate(request) }),
        onInternalError: (error) => context.logger.error('intake subgraph failed', { error: error instanceof Error ? error.stack : String(error) }),
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

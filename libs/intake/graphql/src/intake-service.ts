import { startIntakeFeatures } from '@hotline/intake-application';
import { startOpen311 } from '@hotline/intake-open311';
import { anonymousOnly, serviceWithSubgraph, type Authenticator } from '@hotline/platform-graphql';
import { requiredKey, serviceNamed, type ServiceDefinition } from '@hotline/platform-runtime';
import { intakeSubgraphSchema } from './intake-subgraph';

/** The intake service as the service host runs it, alone or inside the all-in-one host. */
export function intakeService(authenticator: Authenticator = anonymousOnly): ServiceDefinition {
  return serviceWithSubgraph(serviceNamed('intake'), {
    // The service process also listens for mail to the hotline addresses (SMTP_PORT) and takes evidence uploads.
    startFeatures: async (context) => {
      const features = await startIntakeFeatures(context, { identityKey: requiredKey(context.config, 'IDENTITY_ENCRYPTION_KEY', 'identity'), listenForMail: true });
      // Open311 GeoReport v2 for existing reporting apps, at /open311 beside /graphql.
      const open311 = await startOpen311(context, features);
      return { ...features, routes: [...(features.routes ?? []), ...open311.routes] };
    },
    schema: (features) => intakeSubgraphSchema(features.desk, features.readModel, features.callLog, features.audit),
    authenticator,
  });
}

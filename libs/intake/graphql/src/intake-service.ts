import { startIntakeFeatures } from '@hotline/intake-application';
import { anonymousOnly, serviceWithSubgraph, type Authenticator } from '@hotline/platform-graphql';
import { requiredKey, serviceNamed, type ServiceDefinition } from '@hotline/platform-runtime';
import { intakeSubgraphSchema } from './intake-subgraph';

/** The intake service as the service host runs it, alone or inside the all-in-one host. */
export function intakeService(authenticator: Authenticator = anonymousOnly): ServiceDefinition {
  return serviceWithSubgraph(serviceNamed('intake'), {
    // The service process also listens for mail to the hotline addresses (SMTP_PORT) and takes evidence uploads.
    startFeatures: (context) => startIntakeFeatures(context, { identityKey: requiredKey(context.config, 'IDENTITY_ENCRYPTION_KEY', 'identity'), listenForMail: true }),
    schema: (features) => intakeSubgraphSchema(features.desk, features.readModel),
    authenticator,
  });
}

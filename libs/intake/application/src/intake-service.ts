import { requiredKey, serviceNamed, type ServiceDefinition } from '@hotline/platform-runtime';
import { startIntakeFeatures } from './start-intake-features';

/** The intake service as the service host runs it, alone or inside the all-in-one host. */
export const intakeService: ServiceDefinition = {
  ...serviceNamed('intake'),
  start: (context) => startIntakeFeatures(context, { identityKey: requiredKey(context.config, 'IDENTITY_ENCRYPTION_KEY', 'identity') }),
};

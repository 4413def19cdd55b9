import { serviceNamed, type ServiceDefinition } from '@hotline/platform-runtime';
import { startRoutingFeatures } from './start-routing-features';

/** The routing service as the service host runs it (its subgraph is still to come). */
export const routingService: ServiceDefinition = {
  ...serviceNamed('routing'),
  start: (context) => startRoutingFeatures(context),
};

import type { RoutingFeatures } from '@hotline/routing-application';

/** What the subgraph needs of the routing service's features. */
export type RoutingApi = Pick<RoutingFeatures, 'readModel' | 'commands' | 'directory' | 'directoryCommands' | 'assignmentRules' | 'caughtUp' | 'clock'>;

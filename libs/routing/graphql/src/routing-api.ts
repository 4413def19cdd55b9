import type { RoutingFeatures } from '@hotline/routing-application';

/** What the subgraph needs of the routing service's features. */
export type RoutingApi = Pick<RoutingFeatures, 'readModel' | 'commands' | 'audit' | 'directory' | 'directoryCommands' | 'assignmentRules' | 'caughtUp' | 'clock'>;

import type { DocumentNode } from 'graphql';
import { deadlineServiceTypeDefs } from '@hotline/deadline-graphql';
import { intakeServiceTypeDefs } from '@hotline/intake-graphql';
import { routingServiceTypeDefs } from '@hotline/routing-graphql';
import { sessionTypeDefs } from '@hotline/session-graphql';

export interface SubgraphDefinition {
  name: 'intake' | 'routing' | 'deadline' | 'session';
  typeDefs: DocumentNode;
  /** Placeholder: the gateway is given each subgraph's real URL when it starts. */
  url: string;
}

/** The subgraphs the gateway federates, in the order their services start. */
export const HOTLINE_SUBGRAPHS: readonly SubgraphDefinition[] = [
  { name: 'intake', typeDefs: intakeServiceTypeDefs, url: 'http://intake/graphql' },
  { name: 'routing', typeDefs: routingServiceTypeDefs, url: 'http://routing/graphql' },
  { name: 'deadline', typeDefs: deadlineServiceTypeDefs, url: 'http://deadline/graphql' },
  { name: 'session', typeDefs: sessionTypeDefs, url: 'http://session/graphql' },
];

import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { concatAST, type DocumentNode } from 'graphql';
import { startDeadlineFeatures, type DeadlineFeatures } from '@hotline/deadline-application';
import { anonymousOnly, serviceWithSubgraph, type Authenticator } from '@hotline/platform-graphql';
import { serviceNamed, type ServiceDefinition } from '@hotline/platform-runtime';
import { adjustmentResolvers } from './adjustment-resolvers';
import { calendarResolvers } from './calendar-resolvers';
import { deadlineAuditResolvers } from './deadline-audit-resolvers';
import { deadlineAuditTypeDefs } from './deadline-audit-schema';
import { deadlineResolvers } from './deadline-resolvers';
import { deadlineTypeDefs } from './deadline-schema';
import { slaPolicyResolvers } from './sla-policy-resolvers';

/** What the subgraph needs of the deadline service. */
export type DeadlineSubgraphFeatures = Pick<DeadlineFeatures, 'readModel' | 'adjustments' | 'calendar' | 'policies' | 'caughtUp'> & Partial<Pick<DeadlineFeatures, 'audit'>>;

/** Everything the deadline service answers, as the gateway's supergraph is composed from it. */
export const deadlineServiceTypeDefs: DocumentNode = concatAST([deadlineTypeDefs, deadlineAuditTypeDefs]);

export function deadlineSubgraphSchema(features: DeadlineSubgraphFeatures, now: () => Date = () => new Date()) {
  const reading = deadlineResolvers(features.readModel, now);
  const parts = [
    reading,
    adjustmentResolvers(features),
    calendarResolvers(features.calendar),
    slaPolicyResolvers(features.policies, now),
  ];
  const resolvers = {
    Query: Object.assign({}, ...parts.map((part) => ('Query' in part ? part.Query : {}))),
    Mutation: Object.assign({}, ...parts.map((part) => ('Mutation' in part ? part.Mutation : {}))),
    Case: reading.Case,
  };
  const modules = [{ typeDefs: deadlineTypeDefs, resolvers: resolvers as unknown as GraphQLResolverMap<unknown> }];
  // The auditors' part joins when the service has it (tests of other parts may leave it out).
  if (features.audit) modules.push({ typeDefs: deadlineAuditTypeDefs, resolvers: deadlineAuditResolvers(features.readModel, features.audit) as unknown as GraphQLResolverMap<unknown> });
  return buildSubgraphSchema(modules);
}

/** The deadline service as the service host runs it: timers, planner, read model, and its subgraph. */
export function deadlineService(authenticator: Authenticator = anonymousOnly): ServiceDefinition {
  return serviceWithSubgraph(serviceNamed('deadline'), {
    startFeatures: (context) => startDeadlineFeatures(context),
    schema: (features) => deadlineSubgraphSchema(features, () => features.clock.now()),
    authenticator,
  });
}

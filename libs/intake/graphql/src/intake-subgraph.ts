import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { concatAST, type DocumentNode } from 'graphql';
import type { CallLogImport, ReportAudit, ReportDesk, ReportReadModel } from '@hotline/intake-application';
import { callLogResolvers } from './call-log-resolvers';
import { callLogTypeDefs } from './call-log-schema';
import { intakeAuditResolvers } from './intake-audit-resolvers';
import { intakeAuditTypeDefs } from './intake-audit-schema';
import { intakeResolvers } from './intake-resolvers';
import { intakeTypeDefs } from './intake-schema';
import { reporterIdentityResolvers } from './reporter-identity-resolvers';
import { reporterIdentityTypeDefs } from './reporter-identity-schema';

/** Everything the intake service answers, as the gateway's supergraph is composed from it. */
export const intakeServiceTypeDefs: DocumentNode = concatAST([intakeTypeDefs, reporterIdentityTypeDefs, callLogTypeDefs, intakeAuditTypeDefs]);

/** The intake subgraph; the call-log import and the auditors' part join it when the service has them (tests of other parts may leave them out). */
export function intakeSubgraphSchema(desk: ReportDesk, readModel: ReportReadModel, callLog?: CallLogImport, audit?: ReportAudit) {
  const modules = [
    { typeDefs: intakeTypeDefs, resolvers: intakeResolvers(desk, readModel) as unknown as GraphQLResolverMap<unknown> },
    { typeDefs: reporterIdentityTypeDefs, resolvers: reporterIdentityResolvers(desk, readModel) as unknown as GraphQLResolverMap<unknown> },
  ];
  if (callLog) modules.push({ typeDefs: callLogTypeDefs, resolvers: callLogResolvers(callLog) as unknown as GraphQLResolverMap<unknown> });
  if (audit) modules.push({ typeDefs: intakeAuditTypeDefs, resolvers: intakeAuditResolvers(readModel, audit) as unknown as GraphQLResolverMap<unknown> });
  return buildSubgraphSchema(modules);
}

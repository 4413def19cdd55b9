import { AUDIT_TRAIL_TYPE_DEFS } from '@hotline/platform-graphql';
import { parse } from 'graphql';

/** Auditors' part of routing: a case's full history, its state as of any instant, the hash chains. */
export const routingAuditTypeDefs = parse(`
  ${AUDIT_TRAIL_TYPE_DEFS}

  "A case replayed from the events routing's store had recorded by an instant, through the case lifecycle's evolve (never from the read model)."
  type CaseAsOf {
    caseId: ID!
    "The instant asked about, in UTC."
    at: String!
    "not_opened before the case existed; otherwise an H9 stage."
    status: String!
    reportId: ID
    "The unit answerable for the case then."
    holderUnitCode: String
    "Where a hand back would have returned it."
    forwardedFromUnitCode: String
    provinceCode: String
    communeCode: String
    pollutionType: PollutionType
    nature: PollutionNature
    urgent: Boolean
    legalTrack: LegalTrack
    "Null until classified."
    severity: CaseSeverity
    interProvincial: Boolean
    linkedReportIds: [ID!]!
    coHandlerUnitCodes: [String!]!
    "Events replayed, and the revision of the last one (null before the case was opened)."
    eventsApplied: Int!
    lastRevision: Int
  }

  extend type Case {
    "Auditors (their jurisdiction) and the ministry's administrator: every event of the case in routing's store, with actor and hash chain."
    caseHistory: [AuditEntry!]!
  }

  extend type Query {
    "Auditors (their jurisdiction) and the ministry's administrator: the case as of an instant (ISO 8601 with offset), replayed from its events."
    caseAsOf(caseId: ID!, at: String!): CaseAsOf!
    "Auditors: the hash chain of one stream of routing's store (case-<caseId>), or of the whole store (the ministry's auditors)."
    verifyRoutingEventChain(streamId: String): EventChainVerification!
  }
`);

import { AUDIT_TRAIL_TYPE_DEFS } from '@hotline/platform-graphql';
import { parse } from 'graphql';

/**
 * Intake's part of a case, federated on Case: the report that opened it and, for auditors, its
 * history in intake's store; a report as of any instant; the verification of intake's hash chains.
 */
export const intakeAuditTypeDefs = parse(`
  ${AUDIT_TRAIL_TYPE_DEFS}

  enum ReportAsOfStatus { not_received received accepted rejected }

  "A report replayed from the events intake's store had recorded by an instant (never from the read model)."
  type ReportAsOf {
    reportId: ID!
    "The instant asked about, in UTC."
    at: String!
    status: ReportAsOfStatus!
    trackingCode: String
    channel: Channel
    receivedAt: String
    pollutionType: PollutionType
    nature: Nature
    placement: Placement
    "Events replayed, and the revision of the last one (null before the report was received)."
    eventsApplied: Int!
    lastRevision: Int
  }

  type Case @key(fields: "id") {
    id: ID!
    "The report that opened the case, as intake received it (no identity). Officers and auditors covering it."
    report: Report
    "Auditors and the ministry's administrator: the events of the case's reports (the opening one and linked duplicates) and of every view of their reporters' identity, in store order."
    reportHistory: [AuditEntry!]!
  }

  extend type Query {
    "Auditors (their jurisdiction) and the ministry's administrator: a report as of an instant (ISO 8601 with offset), replayed from its events."
    reportAsOf(reportId: ID!, at: String!): ReportAsOf!
    "Auditors: the hash chain of one stream of intake's store (report-<id>, identity-views-<id>), or of the whole store (the ministry's auditors)."
    verifyIntakeEventChain(streamId: String): EventChainVerification!
  }
`);

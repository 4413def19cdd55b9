import { parse } from 'graphql';

/** The routing subgraph: cases as officers see them, their inboxes, and what they do to a case. */
export const routingTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  "H9's stages, plus reopened: a closed case taken up again by the unit that closed it."
  enum CaseStatus { received classified assigned accepted verified handled fed_back closed reopened }
  enum PollutionType { wastewater emissions solid_waste noise other }
  enum LegalTrack { pollution complaint denunciation }

  type Case @key(fields: "id") {
    id: ID!
    reportId: ID!
    status: CaseStatus!
    "The unit holding the case: BTNMT, P<province> or C<commune>."
    holderUnitCode: String!
    "GSO codes: 2 digits, 5 digits."
    provinceCode: String!
    communeCode: String
    pollutionType: PollutionType!
    urgent: Boolean!
    legalTrack: LegalTrack!
    "Duplicate reports linked to this case."
    linkedReportIds: [ID!]!
    coHandlerUnitCodes: [String!]!
    "UTC instants (ISO 8601)."
    openedAt: String!
    updatedAt: String!
    "How many times the case went up a level."
    escalations: Int!
  }

  type CasePage {
    items: [Case!]!
    "Pass as \`after\` for the next page; null on the last page."
    nextCursor: String
  }

  type Query {
    case(id: ID!): Case
    "The cases held or co-handled by the caller's unit and every unit below it, oldest first."
    inbox(status: CaseStatus, first: Int = 50, after: String): CasePage!
  }

  type Mutation {
    "A handler or unit head of the holding unit takes the case on."
    acceptCase(caseId: ID!): Case!
    "The unit head sends the case back to the unit that forwarded it."
    handBackCase(caseId: ID!, reason: String!): Case!
    recordVerification(caseId: ID!, findings: String!, pollutionConfirmed: Boolean!): Case!
    recordHandling(caseId: ID!, measures: String!): Case!
    "The result as told to the reporter."
    feedBackResult(caseId: ID!, message: String!): Case!
    closeCase(caseId: ID!): Case!
    transferCase(caseId: ID!, toUnitCode: String!, reason: String!): Case!
    escalateCase(caseId: ID!, reason: String!): Case!
    reopenCase(caseId: ID!, reason: String!): Case!
  }
`);

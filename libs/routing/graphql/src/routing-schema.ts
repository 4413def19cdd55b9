import { parse } from 'graphql';

/**
 * The routing subgraph: cases as officers see them, their inboxes and what they do to a case;
 * the public hotline directory (H2); rosters (H3) and the assignment rules, for administrators.
 */
export const routingTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])

  "Song ngữ: tiếng Việt trước, tiếng Anh sau. Bilingual text."
  type BilingualText @shareable {
    vi: String!
    en: String!
  }

  "A problem with one input field."
  type FieldError @shareable {
    field: String!
    message: BilingualText!
  }

  "H9's stages, plus reopened: a closed case taken up again by the unit that closed it."
  enum CaseStatus { received classified assigned accepted verified handled fed_back closed reopened }
  enum PollutionType { wastewater emissions solid_waste noise other }
  enum LegalTrack { pollution complaint denunciation }
  enum CaseSeverity { minor serious severe }
  enum PollutionNature { sudden continuous }
  enum AdministrativeLevel { central province commune }
  enum PhoneKind { landline mobile toll_free }

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
    "The assignment rule and rules version of the last forward by the rules; null when an officer named the unit."
    assignmentRuleId: String
    assignmentRulesVersion: Int
  }

  type CasePage {
    items: [Case!]!
    "Pass as \`after\` for the next page; null on the last page."
    nextCursor: String
  }

  "A unit's published hotline (H2): institutional contacts only, never an officer's."
  type HotlineListing {
    unitCode: String!
    unitName: BilingualText!
    level: AdministrativeLevel!
    "E.164, e.g. +842438251234."
    phone: String!
    phoneKind: PhoneKind!
    email: String!
    publishedAt: String!
  }

  type HotlineListingPage {
    items: [HotlineListing!]!
    nextCursor: String
  }

  type SetHotlineContactResult {
    ok: Boolean!
    listing: HotlineListing
    errors: [FieldError!]!
  }

  "A roster row that was not imported: its number as the spreadsheet shows it, and every reason."
  type RosterRowRejection {
    rowNumber: Int!
    fields: [String!]!
    reasons: [BilingualText!]!
  }

  type RosterImportResult {
    "Officers created or updated; valid rows are kept whatever the other rows hold."
    importedCount: Int!
    rejectedRows: [RosterRowRejection!]!
  }

  enum AssignmentTargetKind { central province commune unit }

  "Every listed condition must hold; a list means any of these; an empty condition matches every case."
  type AssignmentCondition {
    legalTrack: [LegalTrack!]
    severity: [CaseSeverity!]
    interProvincial: Boolean
    pollutionType: [PollutionType!]
    nature: [PollutionNature!]
    "GSO province codes (2 digits)."
    provinceCode: [String!]
  }

  "commune: the case's own commune, if it runs a hotline; unit: the unit named by unitCode."
  type AssignmentTarget {
    kind: AssignmentTargetKind!
    unitCode: String
  }

  type AssignmentRule {
    id: String!
    when: AssignmentCondition!
    target: AssignmentTarget!
    reason: BilingualText!
  }

  "One version of the assignment rules table; the first matching rule wins."
  type AssignmentRulesVersion {
    version: Int!
    "The first day (Vietnam calendar) the version applies to reports."
    effectiveFrom: String!
    rules: [AssignmentRule!]!
    "The officer (or the platform, for the defaults) who published it, and when (UTC)."
    publishedBy: String!
    publishedByUnitCode: String
    publishedAt: String!
  }

  type AssignmentRulesOverview {
    "The version in effect today."
    current: AssignmentRulesVersion!
    "Every version, the latest first, scheduled ones included."
    history: [AssignmentRulesVersion!]!
  }

  type PublishAssignmentRulesResult {
    ok: Boolean!
    published: AssignmentRulesVersion
    errors: [FieldError!]!
  }

  input BilingualTextInput {
    vi: String!
    en: String!
  }

  input AssignmentConditionInput {
    legalTrack: [LegalTrack!]
    severity: [CaseSeverity!]
    interProvincial: Boolean
    pollutionType: [PollutionType!]
    nature: [PollutionNature!]
    provinceCode: [String!]
  }

  input AssignmentTargetInput {
    kind: AssignmentTargetKind!
    "Only with kind unit."
    unitCode: String
  }

  input AssignmentRuleInput {
    id: String!
    when: AssignmentConditionInput!
    target: AssignmentTargetInput!
    reason: BilingualTextInput!
  }

  input AssignmentRulesInput {
    "In order: the first matching rule wins; the last must match every case and not target the commune."
    rules: [AssignmentRuleInput!]!
  }

  type Query {
    case(id: ID!): Case
    "The cases held or co-handled by the caller's unit and every unit below it, oldest first."
    inbox(status: CaseStatus, first: Int = 50, after: String): CasePage!
    "Public (H2): the published hotlines, central first, then provinces and communes; with provinceCode (01 or P01), that province and its communes."
    hotlineDirectory(provinceCode: String, first: Int = 50, after: String): HotlineListingPage!
    "Officers: the assignment rules in effect and every version."
    assignmentRules: AssignmentRulesOverview!
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
    "An operator of the holding unit classifies a case handed back to it: intake cannot tell a severe or inter-provincial case."
    classifyCase(caseId: ID!, severity: CaseSeverity!, interProvincial: Boolean!, urgent: Boolean): Case!
    "An operator forwards a classified case: by the assignment rules in effect, or to the unit named with a reason."
    forwardCase(caseId: ID!, toUnitCode: String, reason: String): Case!
    "A unit head, or an administrator above, brings other provinces in as co-handlers (H9); the case shows in their inboxes."
    addCoHandlers(caseId: ID!, unitCodes: [String!]!, reason: String!): Case!
    "A provincial administrator (own province and its communes) or the ministry's: a unit's one institutional phone and e-mail (H2)."
    setHotlineContact(unitCode: String!, phone: String!, email: String!): SetHotlineContactResult!
    "A provincial administrator (own province and its communes) or the ministry's: a unit's roster (H3), a .csv or .xlsx file of at most 512 KiB."
    importRoster(unitCode: String!, fileName: String!, contentBase64: String!): RosterImportResult!
    "The ministry's administrator: the next version of the assignment rules, taking effect on effectiveFrom (YYYY-MM-DD, tomorrow at the earliest)."
    publishAssignmentRules(input: AssignmentRulesInput!, effectiveFrom: String!): PublishAssignmentRulesResult!
  }
`);

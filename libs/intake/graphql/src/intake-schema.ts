import { parse } from 'graphql';

/** The intake subgraph: the public report form and status page, and the officers' intake desk. */
export const intakeTypeDefs = parse(`
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

  enum ReportStatus { received accepted rejected closed }
  enum PollutionType { wastewater emissions solid_waste noise other }
  enum Nature { sudden continuous }
  enum LegalTrack { pollution complaint denunciation }
  enum Channel { phone email web api open311 call_log }

  type PlaceCandidate {
    provinceCode: String!
    communeCode: String
  }

  "Where the report belongs: settled, or waiting for an officer to choose."
  type Placement {
    kind: String!
    provinceCode: String
    communeCode: String
    candidates: [PlaceCandidate!]!
  }

  type Report @key(fields: "id") {
    id: ID!
    trackingCode: String!
    status: ReportStatus!
    channel: Channel!
    receivedAt: String!
    pollutionType: PollutionType!
    provinceCode: String
    communeCode: String
    placement: Placement!
    caseId: ID
    rejectionReason: String
  }

  "H9 stages a reporter follows: the report's own, then those of the case it opened or was linked to."
  enum ReportStage { received entered linked rejected forwarded accepted verified handled fed_back closed reopened }

  "One line of a report's history."
  type ReportProgress {
    stage: ReportStage!
    "ISO 8601 in Vietnam time (+07:00)."
    at: String!
    "The unit in charge at that stage (BTNMT, P<province>, C<commune>), if any."
    unitCode: String
    "What happened, for the reporter; a rejection reason or the feedback message is quoted."
    text: BilingualText!
  }

  type ReportPage {
    items: [Report!]!
    "Pass as \`after\` for the next page; null on the last page."
    nextCursor: String
  }

  "What a reporter sees with their tracking code: no identity, no officer names."
  type PublicReportStatus {
    trackingCode: String!
    status: ReportStatus!
    receivedAt: String!
    "The latest stage, and its text."
    stage: ReportStage!
    statusText: BilingualText!
    "Oldest first. A report linked to an open case shows that case's stages too."
    history: [ReportProgress!]!
  }

  input ReporterInput {
    fullName: String
    phone: String
    email: String
    address: String
  }

  input LocationInput {
    address: String
    communeCode: String
    latitude: Float
    longitude: Float
  }

  "A file uploaded first with POST /evidence on the intake service; its name, type, size and SHA-256 are the stored ones."
  input EvidenceInput {
    evidenceId: ID!
  }

  input ReportInput {
    reporter: ReporterInput
    "Default true: the reporter's identity stays secret (H8)."
    confidential: Boolean
    suspectedPolluter: String
    occurredAt: String
    location: LocationInput!
    pollutionType: PollutionType!
    nature: Nature!
    scopeAndSeverity: String
    description: String!
    evidence: [EvidenceInput!]
    otherInformation: String
  }

  type SubmitReportResult {
    ok: Boolean!
    reportId: ID
    trackingCode: String
    errors: [FieldError!]!
  }

  input ClassificationInput {
    pollutionType: PollutionType!
    urgent: Boolean!
    legalTrack: LegalTrack!
  }

  type Query {
    "Public: a reporter's own report, by tracking code and the phone or e-mail they gave."
    trackReport(trackingCode: String!, contact: String!): PublicReportStatus
    "Officers: one report of their jurisdiction."
    report(id: ID!): Report
    "Officers: the reports reaching their unit's intake desk (its area; the ministry sees all), oldest first."
    intakeDesk(status: ReportStatus = received, first: Int = 50, after: String): ReportPage!
  }

  type Mutation {
    "Public: the web form and API channel. Errors name the field, in Vietnamese and English."
    submitReport(input: ReportInput!): SubmitReportResult!
    "Officers: a call taken on the hotline, entered by the operator (caller number, call time)."
    recordHotlineCall(input: ReportInput!, callerNumber: String!, calledAt: String!): SubmitReportResult!
    chooseReportLocation(id: ID!, provinceCode: String!, communeCode: String): Report!
    classifyReport(id: ID!, input: ClassificationInput!): Report!
    rejectReport(id: ID!, reason: String!): Report!
  }
`);

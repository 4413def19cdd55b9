import { parse } from 'graphql';

/**
 * The session subgraph: online exchange sessions (giao lưu trực tuyến, S1–S5) — the public
 * calendar, question form and published Q&A; hosts' planning, moderation and answers; the results
 * report and its export; the calendar rules and the provinces' yearly sessions.
 */
export const sessionTypeDefs = parse(`
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

  "draft → announced → taking_questions (read off the clock: the intake window is open) → live → answering → reported → closed."
  enum SessionStatus { draft announced taking_questions live answering reported closed }
  enum SessionQuestionStatus { pending accepted rejected merged }
  enum AskerKind { citizen business }
  enum SessionReportFormat { csv json }

  "An official who answers at the session: a leader or an expert."
  type SessionOfficial {
    name: String!
    position: String!
    "The unit they answer for, when it is not the host."
    unitCode: String
  }

  "When questions are taken (S3): from 00:00 (Vietnam) on the day 7 days before the session day until its end."
  type SessionIntakeWindow {
    "UTC instants (ISO 8601), and the same as read in Asia/Ho_Chi_Minh (+07:00)."
    opensAt: String!
    opensAtLocal: String!
    closesAt: String!
    closesAtLocal: String!
    "Whether a question sent now is taken."
    open: Boolean!
  }

  type SessionResultsTotals {
    received: Int!
    accepted: Int!
    answeredLive: Int!
    answeredAfterwards: Int!
    overdue: Int!
  }

  "The results report as it was sent to the ministry: who sent it, when, and its totals."
  type SessionReportSubmission {
    submittedAt: String!
    submittedAtLocal: String!
    submittedBy: String!
    submittedByUnitCode: String!
    totals: SessionResultsTotals!
  }

  type Session @key(fields: "id") {
    id: ID!
    status: SessionStatus!
    statusText: BilingualText!
    "BTNMT (the ministry's national page) or P<province> (a province's own page)."
    hostUnitCode: String!
    coHostUnitCodes: [String!]!
    topic: String!
    subtopics: [String!]!
    "What a question may be asked under: the sub-topics, or the topic when there are none."
    questionTopics: [String!]!
    startsAt: String!
    startsAtLocal: String!
    endsAt: String!
    endsAtLocal: String!
    officials: [SessionOfficial!]!
    "Null until the session is announced."
    intakeWindow: SessionIntakeWindow
    "The calendar rules version it was announced under."
    policyVersion: Int
    announcedAt: String
    startedAt: String
    endedAt: String
    reportSubmission: SessionReportSubmission
    "The deadline service reported the results report late (S5: 7 working days)."
    reportOverdue: Boolean!
    "S2: the announcement is due by this instant (24:00 Vietnam time on its last allowed day, intake opening minus the lead days)."
    announceBy: String
    announceByLocal: String
    "The deadline service reported that day passed with the session still a draft (announcement overdue)."
    announcementOverdue: Boolean!
  }

  type SessionPage {
    items: [Session!]!
    "Pass as \`after\` for the next page; null on the last page."
    nextCursor: String
  }

  type SessionAnswer {
    text: String!
    answeredAt: String!
    answeredAtLocal: String!
    "Given on air during the session; otherwise answered afterwards."
    live: Boolean!
    official: String
    unitCode: String!
  }

  "Who asked: for the session's moderators only, never published."
  type SessionAsker {
    name: String!
    kind: AskerKind!
    organisation: String
    phone: String
    email: String
  }

  "A question as the session's officers see it."
  type SessionQuestion {
    id: ID!
    sessionId: ID!
    status: SessionQuestionStatus!
    provinceCode: String!
    topic: String!
    "As the asker wrote it."
    originalText: String!
    "As it is published (moderation may edit it)."
    publishedText: String!
    askerKind: AskerKind!
    "The asker asked that their name not be published."
    nameHidden: Boolean!
    "Null unless the caller moderates the session."
    asker: SessionAsker
    rejectionReason: String
    mergedInto: ID
    assignedUnitCode: String
    assignedOfficial: String
    draftAnswer: String
    draftedBy: String
    approvedBy: String
    answer: SessionAnswer
    "The deadline service reported the answer late (S5: 5 working days after the session)."
    overdue: Boolean!
    submittedAt: String!
    submittedAtLocal: String!
  }

  type SessionQuestionPage {
    items: [SessionQuestion!]!
    nextCursor: String
  }

  "A question and its answer on the session's public page."
  type PublishedQuestion {
    id: ID!
    topic: String!
    question: String!
    "Null when the asker asked that their name not be published."
    askedBy: String
    provinceCode: String!
    answer: SessionAnswer!
  }

  type PublishedQuestionPage {
    items: [PublishedQuestion!]!
    nextCursor: String
  }

  type SubmitQuestionResult {
    ok: Boolean!
    questionId: ID
    errors: [FieldError!]!
  }

  type SessionPlanResult {
    ok: Boolean!
    session: Session
    errors: [FieldError!]!
  }

  type SessionTopicCounts {
    topic: String!
    received: Int!
    accepted: Int!
    answeredLive: Int!
    answeredAfterwards: Int!
    overdue: Int!
  }

  type SessionUnitCounts {
    unitCode: String!
    received: Int!
    accepted: Int!
    answeredLive: Int!
    answeredAfterwards: Int!
    overdue: Int!
  }

  "S5: questions received, accepted, answered live, answered afterwards and overdue, by topic and by unit."
  type SessionResultsReport {
    session: Session!
    totals: SessionResultsTotals!
    byTopic: [SessionTopicCounts!]!
    byUnit: [SessionUnitCounts!]!
  }

  type SessionReportExport {
    fileName: String!
    contentType: String!
    content: String!
  }

  "S1: the sessions a province hosted or co-hosted in a year, flagged below the minimum."
  type ProvinceSessionQuota {
    unitCode: String!
    provinceName: BilingualText!
    sessions: Int!
    required: Int!
    belowMinimum: Boolean!
  }

  type SessionCalendarRules {
    "S2: the announcement is published at least this many days before intake opens."
    announcementLeadDays: Int!
    "S3: intake opens at 00:00 (Vietnam) this many days before the session day."
    intakeOpensDaysBefore: Int!
    minSessionsPerProvincePerYear: Int!
    ministryRoundsPerYear: Int!
  }

  type SessionCalendarPolicy {
    version: Int!
    "The first day (Vietnam calendar) the version applies to announcements."
    effectiveFrom: String!
    rules: SessionCalendarRules!
    publishedBy: String!
    publishedByUnitCode: String
    publishedAt: String!
  }

  type SessionCalendarPolicyOverview {
    current: SessionCalendarPolicy!
    history: [SessionCalendarPolicy!]!
  }

  type PublishSessionCalendarPolicyResult {
    ok: Boolean!
    published: SessionCalendarPolicy
    errors: [FieldError!]!
  }

  input SessionOfficialInput {
    name: String!
    position: String!
    unitCode: String
  }

  "Times as 2026-04-29T09:00 (Vietnam time) or ISO 8601 with an offset."
  input SessionPlanInput {
    hostUnitCode: String!
    coHostUnitCodes: [String!]
    topic: String!
    subtopics: [String!]
    startsAt: String!
    endsAt: String!
    officials: [SessionOfficialInput!]!
  }

  "A question from a citizen or a business: a phone number or an e-mail address to be reached at."
  input SessionQuestionInput {
    sessionId: ID!
    name: String!
    askerKind: AskerKind
    organisation: String
    phone: String
    email: String
    "2-digit province code (01 is Hà Nội)."
    provinceCode: String!
    topic: String!
    text: String!
    "Ask that the name not be published."
    hideName: Boolean
  }

  input SessionCalendarRulesInput {
    announcementLeadDays: Int!
    intakeOpensDaysBefore: Int!
    minSessionsPerProvincePerYear: Int!
    ministryRoundsPerYear: Int!
  }

  type Query {
    "Public for announced sessions; a draft only for its hosts' officers."
    session(id: ID!): Session
    "The calendar, by start time; with unitCode, the sessions it hosts or co-hosts."
    sessions(unitCode: String, first: Int = 50, after: String): SessionPage!
    "The session's officers: its questions, oldest first."
    sessionQuestions(sessionId: ID!, status: SessionQuestionStatus, first: Int = 50, after: String): SessionQuestionPage!
    sessionQuestion(id: ID!): SessionQuestion
    "Public: the published Q&A, searchable with or without diacritics; names hidden where asked."
    publishedQuestions(sessionId: ID!, search: String, first: Int = 50, after: String): PublishedQuestionPage!
    sessionResultsReport(sessionId: ID!): SessionResultsReport!
    exportSessionResultsReport(sessionId: ID!, format: SessionReportFormat!): SessionReportExport!
    "Officers: every province's sessions in a year (S1)."
    provinceSessionQuotas(year: Int!): [ProvinceSessionQuota!]!
    sessionCalendarPolicy: SessionCalendarPolicyOverview!
  }

  type Mutation {
    "A unit head or administrator of the host: a draft session."
    planSession(input: SessionPlanInput!): SessionPlanResult!
    reviseSessionPlan(sessionId: ID!, input: SessionPlanInput!): SessionPlanResult!
    "Under the calendar rules in effect today; refused later than S2 allows."
    announceSession(sessionId: ID!): Session!
    startSession(sessionId: ID!): Session!
    endSession(sessionId: ID!): Session!
    closeSession(sessionId: ID!): Session!
    "Public: taken only while the intake window is open."
    submitQuestion(input: SessionQuestionInput!): SubmitQuestionResult!
    acceptQuestion(questionId: ID!): SessionQuestion!
    rejectQuestion(questionId: ID!, reason: String!): SessionQuestion!
    "A duplicate joins another question of the session, which answers for both."
    mergeQuestion(questionId: ID!, intoQuestionId: ID!): SessionQuestion!
    "The text as it will be published; the original is kept."
    editQuestion(questionId: ID!, text: String!): SessionQuestion!
    "To an answering unit, a session official, or both."
    assignQuestion(questionId: ID!, unitCode: String, official: String): SessionQuestion!
    draftAnswer(questionId: ID!, text: String!): SessionQuestion!
    "A leader other than the drafter."
    approveAnswer(questionId: ID!): SessionQuestion!
    publishAnswer(questionId: ID!): SessionQuestion!
    "On air, during the session: published as given."
    answerLive(questionId: ID!, text: String!, official: String!): SessionQuestion!
    "The host's leaders: sends the report with the counts as they stand; who and when are recorded."
    submitSessionResultsReport(sessionId: ID!): SessionResultsReport!
    "The ministry's administrator: the next version of the calendar rules, from effectiveFrom (tomorrow at the earliest)."
    publishSessionCalendarPolicy(rules: SessionCalendarRulesInput!, effectiveFrom: String!): PublishSessionCalendarPolicyResult!
  }
`);

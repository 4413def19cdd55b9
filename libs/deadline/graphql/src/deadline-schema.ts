import { parse } from 'graphql';

/**
 * The deadline subgraph: a case's deadlines, each unit's overdue and due-soon lists, officers'
 * pause, resume and extension, and the ministry's working-day calendar and time-limit table.
 */
export const deadlineTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])

  type DeadlineText {
    vi: String!
    en: String!
  }

  enum DeadlineStatus { running paused completed cancelled }

  type Deadline {
    id: ID!
    caseId: ID!
    "H10 step: enter, forward, accept, verify, handle, feedback, whole_case, …"
    step: String!
    unitCode: String
    status: DeadlineStatus!
    triggeredAt: String!
    "UTC instant (ISO 8601)."
    dueAt: String!
    "The same instant as officers read it, in Asia/Ho_Chi_Minh."
    dueAtLocal: String!
    warnAt: String!
    "Set while the clock is stopped."
    pausedAt: String
    breachedAt: String
    completedAt: String
    onTime: Boolean
    "The SLA policy version the deadline was scheduled under; a later version never changes it."
    policyVersion: Int!
    "How the due date was counted: skipped weekends and days off."
    explanation: DeadlineText!
  }

  type DeadlinePage {
    items: [Deadline!]!
    "Pass as \`after\` for the next page; null on the last page."
    nextCursor: String
  }

  type Case @key(fields: "id") {
    id: ID!
    deadlines: [Deadline!]!
  }

  "A problem with one input field, named by its path (e.g. daysOff.2.date)."
  type DeadlineFieldError {
    field: String!
    message: DeadlineText!
  }

  enum SlaLimitUnit { clock_hours working_days calendar_days }
  enum CalendarDayOffKind { holiday compensatory swapped_day_off pending_holiday }

  "One day of the working-day table (W1) and where it comes from."
  type CalendarDay {
    date: String!
    "holiday, compensatory, swapped_day_off, pending_holiday, makeup_workday"
    kind: String!
    "yes, no, or uncertain (counted as a working day, but named in explanations)"
    isWorkingDay: String!
    name: DeadlineText!
    status: String!
    source: String!
    updatedBy: String!
    updatedAt: String!
  }

  type WorkingCalendar {
    year: Int!
    "Null for a year nobody has entered yet: no working-day limit can be counted into it."
    version: Int
    updatedBy: String
    updatedAt: String
    daysOff: [CalendarDay!]!
    "Make-up working days (a Saturday or Sunday worked in exchange for a day off)."
    workingDays: [CalendarDay!]!
  }

  input CalendarDayOffInput {
    date: String!
    kind: CalendarDayOffKind = holiday
    nameVi: String!
    nameEn: String!
    "The decision or announcement the day comes from."
    source: String!
    status: String
  }

  input CalendarWorkingDayInput {
    date: String!
    nameVi: String!
    nameEn: String!
    source: String!
    status: String
  }

  type CalendarYearResult {
    ok: Boolean!
    calendar: WorkingCalendar
    errors: [DeadlineFieldError!]!
  }

  type SlaLimit {
    unit: SlaLimitUnit!
    amount: Float!
    warnBeforeHours: Float!
  }

  type SlaExtension {
    unit: SlaLimitUnit!
    "The most one extension may add."
    amount: Int!
    maxTimes: Int!
  }

  type SlaRule {
    step: String!
    stepName: DeadlineText!
    limit: SlaLimit!
    urgent: SlaLimit
    sudden: SlaLimit
    pausable: Boolean!
    extension: SlaExtension
  }

  type SlaPolicyVersion {
    version: Int!
    "From this Vietnam date, new deadlines are scheduled under this version."
    effectiveFrom: String!
    publishedBy: String!
    publishedAt: String!
    rules: [SlaRule!]!
  }

  type SlaPolicies {
    "The version in effect today."
    current: SlaPolicyVersion!
    "Every version, oldest first, including any that takes effect later."
    history: [SlaPolicyVersion!]!
  }

  input SlaLimitInput {
    unit: SlaLimitUnit!
    amount: Float!
    "Default: a quarter of the limit, at least 1 hour, at most half of it."
    warnBeforeHours: Float
  }

  input SlaExtensionInput {
    unit: SlaLimitUnit!
    amount: Int!
    maxTimes: Int!
  }

  input SlaRuleInput {
    step: String!
    limit: SlaLimitInput!
    urgent: SlaLimitInput
    sudden: SlaLimitInput
    pausable: Boolean!
    extension: SlaExtensionInput
  }

  "Every step's row: the next version replaces the whole table."
  input SlaPolicyInput {
    rules: [SlaRuleInput!]!
  }

  type SlaPolicyResult {
    ok: Boolean!
    policy: SlaPolicyVersion
    errors: [DeadlineFieldError!]!
  }

  type Query {
    overdueDeadlines(unitCode: String!, first: Int = 50, after: String): DeadlinePage!
    dueSoonDeadlines(unitCode: String!, withinHours: Int = 24, first: Int = 50, after: String): DeadlinePage!
    "Officers: one year's days off and make-up working days, with their source and version."
    workingCalendar(year: Int!): WorkingCalendar!
    "Officers: the time-limit table in effect and every version of it."
    slaPolicies: SlaPolicies!
  }

  type Mutation {
    "Unit heads and administrators of the unit holding it: stops the clock where the policy allows (e.g. waiting on another agency)."
    pauseDeadline(id: ID!, reason: String!): Deadline!
    resumeDeadline(id: ID!, reason: String!): Deadline!
    "Where the policy allows (a denunciation: up to +30 days, twice)."
    extendDeadline(id: ID!, amount: Int!, unit: SlaLimitUnit = calendar_days, reason: String!): Deadline!
    "Ministry administrators: replaces one year's table as its next version."
    setCalendarYear(year: Int!, daysOff: [CalendarDayOffInput!]!, workingDays: [CalendarWorkingDayInput!]!): CalendarYearResult!
    "Ministry administrators: the next version of the time-limit table, from a date (today at the earliest)."
    publishSlaPolicy(input: SlaPolicyInput!, effectiveFrom: String!): SlaPolicyResult!
  }
`);

import { parse } from 'graphql';

/** The deadline subgraph: a case's deadlines, and each unit's overdue and due-soon lists. */
export const deadlineTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

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
    breachedAt: String
    completedAt: String
    onTime: Boolean
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

  type Query {
    overdueDeadlines(unitCode: String!, first: Int = 50, after: String): DeadlinePage!
    dueSoonDeadlines(unitCode: String!, withinHours: Int = 24, first: Int = 50, after: String): DeadlinePage!
  }
`);

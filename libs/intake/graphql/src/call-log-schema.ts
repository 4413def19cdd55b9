import { parse } from 'graphql';

/** The operators' import of the switchboard's call log (intake channel 'call_log'). */
export const callLogTypeDefs = parse(`
  "A call of the log recorded as a report."
  type ImportedCall {
    "As a spreadsheet shows it: the header is row 1."
    rowNumber: Int!
    callId: String!
    reportId: ID!
    trackingCode: String!
  }

  "A call recorded by an earlier import of the same switchboard: nothing new was written."
  type AlreadyImportedCall {
    rowNumber: Int!
    callId: String!
    trackingCode: String
  }

  "One problem of a row that was not imported, naming its column."
  type CallLogRowError {
    rowNumber: Int!
    callId: String
    "callId, callerId, callTime, agent, pollutionType, nature, location, communeCode, description, suspectedPolluter or callerName."
    field: String!
    message: BilingualText!
  }

  type CallLogImportResult {
    importedCount: Int!
    alreadyImportedCount: Int!
    "Rows refused (a row may have several errors)."
    rejectedCount: Int!
    imported: [ImportedCall!]!
    alreadyImported: [AlreadyImportedCall!]!
    errors: [CallLogRowError!]!
  }

  extend type Mutation {
    """
    Officers of the intake desk: the switchboard's CSV export with the operator's notes (template in
    the README), at most 5,000 rows and 1 MB. Each valid row becomes a report; each refused row is listed with
    its reasons; importing the same calls again records nothing twice.
    """
    importCallLog(csv: String!): CallLogImportResult!
  }
`);

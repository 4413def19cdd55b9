import { parse } from 'graphql';

/** H8: a report's reporter, as an officer covering it may see them. */
export const reporterIdentityTypeDefs = parse(`
  "full: in clear, and the view recorded as intake.ReporterIdentityViewed with its purpose; masked: e.g. Nguyễn V*** A, 09*****333."
  enum IdentityDisclosure { full masked }

  "What the reporter gave: name, phone (E.164), e-mail and address; null where they gave nothing."
  type ReporterIdentityView {
    reportId: ID!
    disclosure: IdentityDisclosure!
    "Whether the reporter asked for secrecy (H8; the default)."
    confidential: Boolean!
    fullName: String
    phone: String
    email: String
    address: String
  }

  extend type Query {
    """
    Officers covering the report: its reporter, in clear for operators and unit heads (and for
    handlers when the reporter waived confidentiality), masked for every other officer; never for
    integrators. Each view in clear is recorded with the purpose given (5–500 characters).
    """
    reporterIdentity(reportId: ID!, purpose: String!): ReporterIdentityView!
  }
`);

/**
 * The audit-trail types every subgraph answers with, as one text: federation shares a value
 * type between subgraphs only when each declares it identically.
 */
export const AUDIT_TRAIL_TYPE_DEFS = `
  "Song ngữ: tiếng Việt trước, tiếng Anh sau. Bilingual text of the audit trail."
  type AuditText @shareable {
    vi: String!
    en: String!
  }

  "Who caused a stored event: an officer (with their unit), a citizen, an integrator or the platform."
  type AuditActor @shareable {
    kind: String!
    id: String!
    unitCode: String
  }

  "One event as the event store keeps it, with its place in the stream's hash chain. Never holds a reporter's identity."
  type AuditEntry @shareable {
    streamId: String!
    "The event's position in its stream, from 0."
    revision: Int!
    "The store's global position, as text (it outgrows GraphQL's Int)."
    globalPosition: String!
    eventId: ID!
    type: String!
    schemaVersion: Int!
    "UTC instants (ISO 8601): when it happened, and when the store recorded it."
    occurredAt: String!
    recordedAt: String!
    correlationId: String!
    causationId: String
    actor: AuditActor!
    "The event's data as canonical JSON (sorted keys), exactly what the hash covers."
    data: String!
    hash: String!
    prevHash: String
  }

  enum BrokenLinkReason {
    "The event's content no longer matches its own hash: it was edited."
    hash_mismatch
    "The event does not point at the hash of the event before it."
    prev_hash_mismatch
    "An event is missing: before this revision, or after the last one (eventId is then null)."
    revision_gap
  }

  "The first place where a hash chain does not hold."
  type BrokenChainLink @shareable {
    streamId: String!
    revision: Int!
    eventId: ID
    globalPosition: String
    reason: BrokenLinkReason!
    explanation: AuditText!
  }

  "The verdict on one stream's hash chain or the whole store's."
  type EventChainVerification @shareable {
    ok: Boolean!
    streamsChecked: Int!
    eventsChecked: Int!
    "Null when every chain holds."
    firstBrokenLink: BrokenChainLink
    "UTC instant of the verification."
    verifiedAt: String!
  }
`;

import { AUDIT_TRAIL_TYPE_DEFS } from '@hotline/platform-graphql';
import { parse } from 'graphql';

/** Auditors' part of the deadline service: a case's deadline history and the hash chains. */
export const deadlineAuditTypeDefs = parse(`
  ${AUDIT_TRAIL_TYPE_DEFS}

  extend type Case {
    "Auditors (their jurisdiction) and the ministry's administrator: every event of the case's deadlines (scheduled, warned, breached, paused, extended, completed), in store order."
    deadlineHistory: [AuditEntry!]!
  }

  extend type Query {
    "Auditors: the hash chain of one stream of the deadline store (deadline-<caseId>:<step>), or of the whole store (the ministry's auditors)."
    verifyDeadlineEventChain(streamId: String): EventChainVerification!
  }
`);

import type { UserFacingFailure } from './user-facing-error';

/**
 * Every subgraph answers a refusal with one of these in `extensions.code`, whatever the context:
 * the caller's program branches on the class, and `extensions.rule` names the rule that refused
 * (`case_not_opened`, `intake_closed`, `missing_scope`, …) for the person or the log. Request
 * errors keep GraphQL's own codes (BAD_USER_INPUT, GRAPHQL_VALIDATION_FAILED, …).
 */
export const REFUSAL_CODES = [
  /** No credentials, or an operation for officers called without signing in. */
  'UNAUTHENTICATED',
  /** The caller's role (or an API client's scopes) may never do this. */
  'FORBIDDEN',
  /** The role may, but not on this unit's report, case, deadline or session. */
  'OUTSIDE_JURISDICTION',
  'NOT_FOUND',
  /** An argument is wrong; `field` names it. */
  'INVALID_INPUT',
  /** The domain's rules refuse it as things stand (a case's stage, a session's intake window, …). */
  'RULE_VIOLATION',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

const UPPERCASE_CODE = /^[A-Z][A-Z_]*$/;

/** The code and rule a refusal is answered with: a domain rule violation under its class, its name as the rule. */
export function refusalCodes(failure: UserFacingFailure): { code: string; rule?: string } {
  if (failure.refusal) return { code: failure.refusal, rule: failure.code };
  if (UPPERCASE_CODE.test(failure.code)) return failure.rule ? { code: failure.code, rule: failure.rule } : { code: failure.code };
  // A domain code that no context classified: still never a lowercase code for the caller.
  return { code: 'RULE_VIOLATION', rule: failure.code };
}

import { SessionRuleViolation } from '@hotline/session-domain';

// Ids are the platform's UUIDs; anything else names nothing, and is refused before a stream is read.
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

export function sessionIdOf(raw: unknown): string {
  if (typeof raw === 'string' && ID.test(raw)) return raw;
  throw new SessionRuleViolation('session_not_found');
}

export function questionIdOf(raw: unknown): string {
  if (typeof raw === 'string' && ID.test(raw)) return raw;
  throw new SessionRuleViolation('question_not_found');
}

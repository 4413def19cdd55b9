import { readPlainText, type BilingualText } from '@hotline/shared-contact';
import { foldedKey } from './searchable-text';
import type { SessionOfficial } from './session-plan';
import { SessionRuleViolation } from './session-rule-violation';

export const REASON_LIMITS = { min: 1, max: 1000 } as const;
export const ANSWER_LIMITS = { min: 1, max: 5000 } as const;

/** Text an officer typed into a decision: the platform's rule for typed text, refused with the field named. */
export function officerText(raw: string, label: BilingualText, limits: { min: number; max: number }): string {
  const reading = readPlainText(raw, label, limits);
  if (!reading.ok) throw new SessionRuleViolation('invalid_text', reading.message);
  return reading.text;
}

/** One of the session's answering officials, as the session spells the name. */
export function sessionOfficial(name: string, officials: readonly SessionOfficial[]): SessionOfficial {
  const found = officials.find((o) => foldedKey(o.name) === foldedKey(name));
  if (found) return found;
  const list = officials.map((o) => o.name).join(', ');
  throw new SessionRuleViolation('unknown_official', { vi: `(${list})`, en: `(${list})` });
}

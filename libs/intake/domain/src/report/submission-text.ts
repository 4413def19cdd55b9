import { readPlainText, type BilingualText, type PlainTextReading } from '@hotline/shared-contact';

export type TextReading = PlainTextReading;

/**
 * Reads free text typed by a citizen, under the platform's one rule for typed text (see
 * readPlainText): markup is refused rather than kept, and every view escapes what is kept.
 */
export function readSubmissionText(raw: unknown, label: BilingualText, limits: { min: number; max: number }): TextReading {
  return readPlainText(raw, label, limits);
}

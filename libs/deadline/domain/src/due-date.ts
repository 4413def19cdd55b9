import type { BilingualText } from './bilingual-text';
import type { DayExplanation } from './day-explanation';
import type { LocalDate } from './local-date';
import type { Instant } from './vietnam-time';

/** Where a deadline currently falls: enough to pause, resume or extend it later. */
export interface DuePosition {
  /** UTC instant the limit expires. */
  readonly dueAt: Instant;
  /** The day the count reached, before any move off a non-working day; null for hour limits. */
  readonly nominalLastDay: LocalDate | null;
}

/** A computed due date and the reasons it falls where it does, for officers to read. */
export interface DueDate extends DuePosition {
  /** The day whose 24:00 is the due instant; null for hour limits. */
  readonly lastDay: LocalDate | null;
  /** Days passed over (or moved off) and why. */
  readonly skippedDays: readonly DayExplanation[];
  /** Days counted as working although they may become days off (pending legislation). */
  readonly uncertainDays: readonly DayExplanation[];
  readonly explanation: BilingualText;
}

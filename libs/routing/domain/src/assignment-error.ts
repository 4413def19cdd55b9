import type { BilingualText } from './bilingual-text';
import type { CaseLocationProblem } from './case-location';

export type AssignmentErrorCode = CaseLocationProblem | 'unknown_target_unit';

/** The rules could not place a case: its location is not a current unit, or a rule names a unit that does not exist. */
export class AssignmentError extends Error {
  constructor(
    readonly code: AssignmentErrorCode,
    readonly text: BilingualText,
  ) {
    super(`[${code}] ${text.en}`);
    this.name = 'AssignmentError';
  }
}

import type { BilingualText } from './bilingual-text';

/** A problem tied to one input field, so a form or a spreadsheet can point at it. */
export interface FieldError<Field extends string> {
  readonly field: Field;
  readonly code: string;
  readonly message: BilingualText;
}

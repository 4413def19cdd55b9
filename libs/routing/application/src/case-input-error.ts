import type { FieldError } from '@hotline/routing-domain';

/** An officer's input refused before any rule is checked, field by field so the form can point at each. */
export class CaseInputError extends Error {
  constructor(readonly errors: readonly FieldError<string>[]) {
    super(`Invalid input: ${errors.map((e) => `${e.field} (${e.code})`).join(', ')}`);
    this.name = 'CaseInputError';
  }
}

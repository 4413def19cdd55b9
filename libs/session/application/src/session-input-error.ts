import type { FieldError } from '@hotline/session-domain';

/** A form with bad fields: every one named, in Vietnamese and English. Nothing was written. */
export class SessionInputError extends Error {
  constructor(readonly errors: readonly FieldError[]) {
    super(errors.map((e) => `${e.field}: ${e.message.en}`).join(' '));
    this.name = 'SessionInputError';
  }
}

import type { BilingualText } from '@hotline/shared-contact';

export type OrganisationErrorCode = 'duplicate_unit' | 'unknown_parent' | 'misplaced_level' | 'central_unit_count' | 'unknown_unit' | 'duplicate_hotline';

/** The organisation data handed to the directory is inconsistent: a set-up error, not a user's mistake. */
export class OrganisationError extends Error {
  constructor(
    readonly code: OrganisationErrorCode,
    readonly text: BilingualText,
  ) {
    super(`[${code}] ${text.en}`);
    this.name = 'OrganisationError';
  }
}

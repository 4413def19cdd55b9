/** Text a person reads, in Vietnamese first and English. */
export interface BilingualText {
  vi: string;
  en: string;
}

/**
 * What the API tells a caller about a refused request. Domain errors (rule violations,
 * validation issues) have this shape; anything else is masked as an internal error.
 */
export interface UserFacingFailure {
  code: string;
  text: BilingualText;
  field?: string;
}

export function isUserFacingFailure(error: unknown): error is UserFacingFailure {
  if (typeof error !== 'object' || error === null) return false;
  const candidate = error as Partial<UserFacingFailure>;
  return typeof candidate.code === 'string' && typeof candidate.text?.vi === 'string' && typeof candidate.text?.en === 'string';
}

/** A refusal raised by a resolver itself, e.g. for input that fails validation. */
export class UserFacingError extends Error implements UserFacingFailure {
  constructor(
    readonly code: string,
    readonly text: BilingualText,
    readonly field?: string,
  ) {
    super(text.en);
    this.name = 'UserFacingError';
  }
}

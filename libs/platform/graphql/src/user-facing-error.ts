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
  /** Uppercase, one of REFUSAL_CODES, for a refusal the API raises; a domain rule's own name when `refusal` is set. */
  code: string;
  text: BilingualText;
  field?: string;
  /** A domain rule violation's class of refusal (FORBIDDEN, NOT_FOUND, …): its `code` is then the rule's own name. */
  refusal?: string;
  /** The rule behind a refusal the API raises itself, when the code alone does not say it (e.g. missing_scope). */
  rule?: string;
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
    readonly rule?: string,
  ) {
    super(text.en);
    this.name = 'UserFacingError';
  }
}

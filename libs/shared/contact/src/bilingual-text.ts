/** Text a person reads: Vietnamese first, and English. */
export interface BilingualText {
  readonly vi: string;
  readonly en: string;
}

/** A refusal tied to one input field, as every form and API error reports it. */
export interface FieldError {
  readonly field: string;
  readonly message: BilingualText;
}

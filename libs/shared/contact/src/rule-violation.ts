import type { BilingualText } from './bilingual-text';
import type { RefusalKind, RefusalKinds } from './refusal-kind';

/**
 * A command an aggregate's rules refuse: never a silent no-op. Each context names its codes,
 * their wording and what kind of refusal each is; the caller sees the kind, the code and the
 * text in Vietnamese and English.
 */
export abstract class RuleViolation<Code extends string> extends Error {
  readonly text: BilingualText;
  readonly refusal: RefusalKind;

  protected constructor(
    readonly code: Code,
    wording: Record<Code, BilingualText>,
    detail?: BilingualText,
    kinds?: RefusalKinds<Code>,
  ) {
    const base = wording[code];
    const text = detail ? { vi: `${base.vi} ${detail.vi}`, en: `${base.en} ${detail.en}` } : base;
    super(`[${code}] ${text.en}`);
    this.name = new.target.name;
    this.text = text;
    this.refusal = kinds?.[code] ?? 'RULE_VIOLATION';
  }
}

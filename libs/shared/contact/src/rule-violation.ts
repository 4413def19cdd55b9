import type { BilingualText } from './bilingual-text';

/**
 * A command an aggregate's rules refuse: never a silent no-op. Each context names its codes and
 * their wording; the caller sees the code and the text in Vietnamese and English.
 */
export abstract class RuleViolation<Code extends string> extends Error {
  readonly text: BilingualText;

  protected constructor(
    readonly code: Code,
    wording: Record<Code, BilingualText>,
    detail?: BilingualText,
  ) {
    const base = wording[code];
    const text = detail ? { vi: `${base.vi} ${detail.vi}`, en: `${base.en} ${detail.en}` } : base;
    super(`[${code}] ${text.en}`);
    this.name = new.target.name;
    this.text = text;
  }
}

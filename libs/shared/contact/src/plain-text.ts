import type { BilingualText } from './bilingual-text';

// Tab and newline are how people lay out a description; every other control character (and the
// bidirectional overrides that make text read differently from how it is stored) is noise or an
// attack on whatever renders the text later.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

// An HTML tag or comment. A bare "<" stays allowed ("nồng độ < 5 mg/l"); only tag-shaped text is
// refused, because reports and reasons are forwarded to e-mail, PDFs and other systems that may
// render it.
const MARKUP = /<\s*\/?\s*[a-z!][^>]*>|<!--/iu;

export type PlainTextReading = { ok: true; text: string } | { ok: false; message: BilingualText };

/**
 * Reads free text a person typed (a citizen's report, an officer's reason): well-formed Unicode,
 * NFC (so "Hoà" typed with combining marks equals the precomposed form), trimmed, no control
 * characters, no HTML markup, within length limits.
 */
export function readPlainText(raw: unknown, label: BilingualText, limits: { min: number; max: number }): PlainTextReading {
  if (typeof raw !== 'string') return { ok: false, message: { vi: `${label.vi}: phải là văn bản.`, en: `${label.en}: must be text.` } };
  if (!raw.isWellFormed()) return { ok: false, message: { vi: `${label.vi}: chứa ký tự Unicode không hợp lệ.`, en: `${label.en}: contains invalid Unicode.` } };
  if (raw.length > limits.max * 4) return tooLong(label, limits.max);
  const text = raw.normalize('NFC').trim();
  if (CONTROL.test(text)) return { ok: false, message: { vi: `${label.vi}: chứa ký tự điều khiển không được phép.`, en: `${label.en}: contains control characters.` } };
  if (MARKUP.test(text)) return { ok: false, message: { vi: `${label.vi}: không được chứa mã HTML (thẻ <…>).`, en: `${label.en}: must not contain HTML markup (<…> tags).` } };
  if (text.length < limits.min) {
    return limits.min <= 1
      ? { ok: false, message: { vi: `${label.vi}: chưa nhập.`, en: `${label.en}: missing.` } }
      : { ok: false, message: { vi: `${label.vi}: cần ít nhất ${limits.min} ký tự.`, en: `${label.en}: needs at least ${limits.min} characters.` } };
  }
  if (text.length > limits.max) return tooLong(label, limits.max);
  return { ok: true, text };
}

function tooLong(label: BilingualText, max: number): PlainTextReading {
  return { ok: false, message: { vi: `${label.vi}: dài quá ${max} ký tự.`, en: `${label.en}: longer than ${max} characters.` } };
}

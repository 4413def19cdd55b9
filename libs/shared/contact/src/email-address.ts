import type { BilingualText } from './bilingual-text';

export type EmailAddressReading = { readonly ok: true; readonly address: string; readonly domain: string } | { readonly ok: false; readonly message: BilingualText };

// Deliberately simpler than RFC 5322: what a person types into a hotline form, one address,
// an ASCII or internationalised domain with a dot, no quoted local parts or comments.
const SHAPE = /^[^\s@<>()[\]\\,;:"]{1,64}@([^\s@<>()[\]\\,;:"]{1,253})$/u;
const LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;

/** Reads one e-mail address; the domain is lower-cased, the local part kept as written. */
export function readEmailAddress(raw: string): EmailAddressReading {
  const text = raw.trim().normalize('NFC');
  if (text === '') return { ok: false, message: { vi: 'Chưa nhập địa chỉ thư điện tử.', en: 'The e-mail address is missing.' } };
  const match = SHAPE.exec(text);
  const labels = match?.[1].split('.') ?? [];
  if (!match || labels.length < 2 || !labels.every((l) => LABEL.test(l))) {
    return {
      ok: false,
      message: { vi: `“${text.slice(0, 100)}” không phải địa chỉ thư điện tử hợp lệ (vd. ten@donvi.gov.vn).`, en: `“${text.slice(0, 100)}” is not a valid e-mail address (e.g. name@unit.gov.vn).` },
    };
  }
  const domain = match[1].toLowerCase();
  return { ok: true, address: `${text.slice(0, text.lastIndexOf('@'))}@${domain}`, domain };
}

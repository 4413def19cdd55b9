/** Fields of an application/x-www-form-urlencoded body or a query string: name → values in order. */
export type FormFields = ReadonlyMap<string, readonly string[]>;

export type FormReading = { ok: true; fields: FormFields } | { ok: false; problem: 'invalid_encoding' | 'invalid_utf8' | 'too_many_fields' };

export const MAX_FORM_FIELDS = 100;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes form-encoded bytes strictly. URLSearchParams would quietly turn bad percent-escapes and
 * invalid UTF-8 into U+FFFD and store mangled text; here they are refused so the sender knows.
 */
export function readUrlEncodedForm(bytes: Uint8Array): FormReading {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return { ok: false, problem: 'invalid_utf8' };
  }
  const fields = new Map<string, string[]>();
  const pairs = text.split('&').filter((pair) => pair !== '');
  if (pairs.length > MAX_FORM_FIELDS) return { ok: false, problem: 'too_many_fields' };
  for (const pair of pairs) {
    const equals = pair.indexOf('=');
    const name = decodeComponent(equals < 0 ? pair : pair.slice(0, equals));
    const value = decodeComponent(equals < 0 ? '' : pair.slice(equals + 1));
    if (!name.ok) return name;
    if (!value.ok) return value;
    fields.set(name.text, [...(fields.get(name.text) ?? []), value.text]);
  }
  return { ok: true, fields };
}

function decodeComponent(raw: string): { ok: true; text: string } | { ok: false; problem: 'invalid_encoding' | 'invalid_utf8' } {
  const plus = raw.replace(/\+/g, ' ');
  if (/%(?![0-9A-Fa-f]{2})/.test(plus)) return { ok: false, problem: 'invalid_encoding' };
  try {
    // Each run of escapes is one byte sequence: a character may span several escapes (%E1%BA%A1).
    const text = plus.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => strictUtf8.decode(Uint8Array.from(run.slice(1).split('%'), (hex) => parseInt(hex, 16))));
    return { ok: true, text };
  } catch {
    return { ok: false, problem: 'invalid_utf8' };
  }
}

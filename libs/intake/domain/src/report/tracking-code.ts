// Crockford's base32: no I, L, O or U, so a code read out over the phone is not misheard.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** "PA-XXXX-XXXX" from 5 random bytes (40 bits); the caller supplies the randomness. */
export function trackingCodeFrom(randomBytes: Uint8Array): string {
  if (randomBytes.length < 5) throw new Error('A tracking code needs 5 random bytes');
  let bits = 0n;
  for (const byte of randomBytes.slice(0, 5)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 0; i < 8; i++) {
    code = ALPHABET[Number(bits & 31n)] + code;
    bits >>= 5n;
  }
  return `PA-${code.slice(0, 4)}-${code.slice(4)}`;
}

export const TRACKING_CODE_PATTERN = /^PA-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** Accepts what a citizen types: any case, with or without dashes, O for 0 and I/L for 1. */
export function normaliseTrackingCode(typed: string): string | null {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const body = compact.startsWith('PA') ? compact.slice(2) : compact;
  const code = `PA-${body.slice(0, 4)}-${body.slice(4)}`;
  return body.length === 8 && TRACKING_CODE_PATTERN.test(code) ? code : null;
}

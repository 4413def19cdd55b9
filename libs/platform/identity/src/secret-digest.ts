import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * Refresh tokens, client secrets, activation and bootstrap codes are random, with at least 80
 * bits; a SHA-256 digest is enough to keep them unusable if the table leaks (a slow hash is for
 * what people choose: passwords).
 */
export function secretDigest(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function digestsEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

// Crockford-style: no 0/O, 1/I/L, so a code read over the phone is typed right.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A code a person types: groups of four, e.g. K7PQ-M2XD-9RTA-WC4E (16 characters ≈ 79 bits). */
export function typableCode(groups = 4): string {
  const chars = Array.from({ length: groups * 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return Array.from({ length: groups }, (_, i) => chars.slice(i * 4, i * 4 + 4).join('')).join('-');
}

/** What a person typed, as the code was issued: upper case, no spaces, dashes where they belong. */
export function normaliseTypedCode(typed: string): string {
  const clean = typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return clean.match(/.{1,4}/g)?.join('-') ?? '';
}

import { createHmac, randomBytes } from 'node:crypto';
import { base32Decode, base32Encode } from './base32';

/** RFC 6238 as authenticator apps implement it: HMAC-SHA-1, 30-second steps, 6 digits. */
export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** One step either side: a phone clock up to 30 s off still signs in. */
const ALLOWED_DRIFT_STEPS = 1;

/** A new shared secret (160 bits, RFC 4226's recommendation), in base32 as apps read it. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

export function totpStepAt(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP_STEP_SECONDS);
}

/** The code of one time step (RFC 4226 dynamic truncation). */
export function totpCode(secretBase32: string, step: number, digits = TOTP_DIGITS): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32Decode(secretBase32)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(binary).padStart(digits, '0');
}

export type TotpCheck = { readonly ok: true; readonly step: number } | { readonly ok: false };

/**
 * Accepts the code of the current step or one either side, but never a step at or before the
 * last one used: a code seen over someone's shoulder cannot be replayed.
 */
export function checkTotp(secretBase32: string, code: string, at: Date, lastUsedStep: number | null): TotpCheck {
  const typed = code.replace(/\s/g, '');
  if (!new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(typed)) return { ok: false };
  const now = totpStepAt(at);
  for (let step = now - ALLOWED_DRIFT_STEPS; step <= now + ALLOWED_DRIFT_STEPS; step++) {
    if (lastUsedStep !== null && step <= lastUsedStep) continue;
    if (totpCode(secretBase32, step) === typed) return { ok: true, step };
  }
  return { ok: false };
}

/** The otpauth:// URI an authenticator app scans as a QR code. */
export function totpProvisioningUri(secretBase32: string, account: string, issuer: string): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  const query = new URLSearchParams({ secret: secretBase32, issuer, algorithm: 'SHA1', digits: String(TOTP_DIGITS), period: String(TOTP_STEP_SECONDS) });
  return `otpauth://totp/${label}?${query.toString()}`;
}

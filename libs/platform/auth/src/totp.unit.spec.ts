import { base32Decode, base32Encode } from './base32';
import { checkTotp, newTotpSecret, totpCode, totpProvisioningUri, totpStepAt } from './totp';

// RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890".
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890', 'ascii'));

describe('TOTP (RFC 6238)', () => {
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('gives the RFC’s 8-digit code at %i s, and its last 6 digits for apps', (seconds, code) => {
    const step = totpStepAt(new Date(seconds * 1000));
    expect(totpCode(RFC_SECRET, step, 8)).toBe(code);
    expect(totpCode(RFC_SECRET, step)).toBe(code.slice(2));
  });

  it('accepts the current step and one either side, not two', () => {
    const now = new Date(1_771_000_000_000);
    const step = totpStepAt(now);
    expect(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, step), now, null)).toEqual({ ok: true, step });
    expect(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, step - 1), now, null)).toEqual({ ok: true, step: step - 1 });
    expect(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, step + 1), now, null)).toEqual({ ok: true, step: step + 1 });
    expect(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, step - 2), now, null).ok).toBe(false);
  });

  it('refuses a code of a step already used, or earlier', () => {
    const now = new Date(1_771_000_000_000);
    const step = totpStepAt(now);
    expect(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, step), now, step).ok).toBe(false);
    expect(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, step - 1), now, step - 1).ok).toBe(false);
    expect(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, step + 1), now, step)).toEqual({ ok: true, step: step + 1 });
  });

  it('refuses anything but six digits, ignoring spaces people type', () => {
    const now = new Date(1_771_000_000_000);
    const code = totpCode(RFC_SECRET, totpStepAt(now));
    expect(checkTotp(RFC_SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, now, null).ok).toBe(true);
    expect(checkTotp(RFC_SECRET, 'abcdef', now, null).ok).toBe(false);
    expect(checkTotp(RFC_SECRET, `${code}0`, now, null).ok).toBe(false);
  });

  it('makes 160-bit secrets and the otpauth URI apps scan', () => {
    const secret = newTotpSecret();
    expect(base32Decode(secret)).toHaveLength(20);
    expect(base32Encode(base32Decode(secret))).toBe(secret);
    expect(totpProvisioningUri(secret, 'duc@hanoi.gov.vn', 'Đường dây nóng')).toBe(
      `otpauth://totp/${encodeURIComponent('Đường dây nóng:duc@hanoi.gov.vn')}?secret=${secret}&issuer=${encodeURIComponent('Đường dây nóng').replace(/%20/g, '+')}&algorithm=SHA1&digits=6&period=30`,
    );
  });
});

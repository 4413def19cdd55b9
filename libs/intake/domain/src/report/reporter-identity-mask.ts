import type { ReporterIdentity } from './report-submission';

const HIDDEN = '***';

/**
 * A reporter's identity with enough hidden that nobody can tell who it is, but enough kept that
 * an officer can tell two reporters apart and see that contact details exist (H8): the family
 * name and initials, a phone's first two and last three digits, an e-mail's first letters, an
 * address's commune and province.
 */
export function maskReporterIdentity(identity: ReporterIdentity): ReporterIdentity {
  return {
    fullName: identity.fullName && maskFullName(identity.fullName),
    phone: identity.phone && maskPhone(identity.phone),
    email: identity.email && maskEmail(identity.email),
    address: identity.address && maskAddress(identity.address),
  };
}

/** "Nguyễn Văn An" → "Nguyễn V*** A***"; a one-letter name stays as it is ("Nguyễn V*** A"). */
export function maskFullName(fullName: string): string {
  const [family, ...rest] = fullName.normalize('NFC').trim().split(/\s+/u);
  return [family, ...rest.map((word) => (Array.from(word).length > 1 ? `${Array.from(word)[0]}${HIDDEN}` : word))].join(' ');
}

/** "+84912345333" → "09*****333": read as a Vietnamese caller reads it, every digit but five hidden. */
export function maskPhone(phone: string): string {
  const digits = phone.startsWith('+84') ? `0${phone.slice(3)}` : phone.replace(/[^\d]/gu, '');
  if (digits.length <= 5) return '*'.repeat(digits.length);
  return `${digits.slice(0, 2)}${'*'.repeat(digits.length - 5)}${digits.slice(-3)}`;
}

/** "nguyen.an@example.com" → "n***@e***.com". */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return HIDDEN;
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const host = dot > 0 ? domain.slice(0, dot) : domain;
  return `${Array.from(email)[0]}${HIDDEN}@${Array.from(host)[0] ?? ''}${HIDDEN}${dot > 0 ? domain.slice(dot) : ''}`;
}

/** Only the last two parts (commune, province) of a comma-separated address stay. */
export function maskAddress(address: string): string {
  const parts = address.split(',').map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length < 3) return parts.length === 2 ? `${HIDDEN}, ${parts[1]}` : HIDDEN;
  return [HIDDEN, ...parts.slice(-2)].join(', ');
}

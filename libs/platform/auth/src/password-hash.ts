import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt's cost parameters, recorded with each hash so they can be raised without losing old hashes. */
export interface PasswordHashParameters {
  /** log2 of the CPU/memory cost N. */
  readonly logN: number;
  readonly r: number;
  readonly p: number;
}

/** OWASP's scrypt minimum (N = 2^17, r = 8, p = 1) costs 128 MiB a hash; 2^15 keeps sign-in usable on small hosts. */
export const CURRENT_PASSWORD_PARAMETERS: PasswordHashParameters = { logN: 15, r: 8, p: 1 };

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
const FORMAT = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

export interface PasswordCheck {
  readonly matches: boolean;
  /** The hash was made with weaker parameters than today's: store a new one after a successful sign-in. */
  readonly needsRehash: boolean;
}

/** `$scrypt$ln=15,r=8,p=1$<salt>$<key>`: a per-password random salt, the parameters beside it. */
export async function hashPassword(password: string, parameters: PasswordHashParameters = CURRENT_PASSWORD_PARAMETERS): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, parameters);
  return `$scrypt$ln=${parameters.logN},r=${parameters.r},p=${parameters.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** Compares in constant time; a malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string, current: PasswordHashParameters = CURRENT_PASSWORD_PARAMETERS): Promise<PasswordCheck> {
  const parsed = parseStoredHash(stored);
  if (!parsed) return { matches: false, needsRehash: false };
  const key = await derive(password, parsed.salt, parsed.parameters);
  const matches = key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
  return { matches, needsRehash: matches && weakerThan(parsed.parameters, current) };
}

/**
 * Spends the time of one verification without an account to check, so an unknown user name
 * answers as slowly as a wrong password (no account enumeration by timing).
 */
export async function verifyNoPassword(password: string): Promise<PasswordCheck> {
  await derive(password, DECOY_SALT, CURRENT_PASSWORD_PARAMETERS);
  return { matches: false, needsRehash: false };
}

const DECOY_SALT = randomBytes(SALT_LENGTH);

function parseStoredHash(stored: string): { parameters: PasswordHashParameters; salt: Buffer; key: Buffer } | null {
  const match = FORMAT.exec(stored);
  if (!match) return null;
  const parameters = { logN: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  // Bounds keep a tampered row from making one verification take minutes or gigabytes.
  if (parameters.logN < 10 || parameters.logN > 20 || parameters.r < 1 || parameters.r > 32 || parameters.p < 1 || parameters.p > 16) return null;
  return { parameters, salt: Buffer.from(match[4], 'base64'), key: Buffer.from(match[5], 'base64') };
}

function weakerThan(stored: PasswordHashParameters, current: PasswordHashParameters): boolean {
  return stored.logN < current.logN || stored.r < current.r || stored.p < current.p;
}

function derive(password: string, salt: Buffer, { logN, r, p }: PasswordHashParameters): Promise<Buffer> {
  const N = 2 ** logN;
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r * p };
  // NFC: a Vietnamese password typed with composed or decomposed tone marks is the same password.
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))));
}

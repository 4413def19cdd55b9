import { ConfigError } from '@hotline/platform-config';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A secret for the embedded mode: generated on first start into DATA_DIR (mode 0600) and reused,
 * so `npm start` needs no set-up and no secret is ever baked into the code. Separate service
 * processes must be given theirs through the environment instead.
 */
export function embeddedSecret(dataDir: string, name: string, bytes = 32): { value: Buffer; created: boolean; file: string } {
  const file = path.resolve(dataDir, 'secrets', `${name}.key`);
  if (existsSync(file)) return { value: Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'), created: false, file };
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const value = randomBytes(bytes);
  writeFileSync(file, `${value.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  return { value, created: true, file };
}

/**
 * A 32-byte key from its variable; on the embedded database (PGlite) one is generated under
 * DATA_DIR when the variable is unset. Anywhere else a missing key stops the start-up.
 */
export function requiredKey(config: { SQL_ADAPTER: string; DATA_DIR: string } & Record<string, unknown>, variable: string, name: string): Buffer {
  const given = config[variable];
  if (typeof given === 'string' && given.length > 0) return Buffer.from(given, 'base64');
  if (config.SQL_ADAPTER === 'pglite') return embeddedSecret(config.DATA_DIR, name).value;
  throw new ConfigError([{ variable, message: 'is required outside the embedded mode (generate one with: openssl rand -base64 32)' }]);
}

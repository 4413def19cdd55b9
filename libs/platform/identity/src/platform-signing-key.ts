import { signingKeyFromSeed, signingKeyFromText, type SigningKey } from '@hotline/platform-auth';
import { ConfigError, type PlatformConfig } from '@hotline/platform-config';
import { embeddedSecret } from '@hotline/platform-runtime';

/**
 * The key the gateway signs access tokens with: AUTH_SIGNING_KEY when given; in the embedded mode
 * a seed generated once under DATA_DIR/secrets (mode 0600). Anywhere else a missing key stops the start.
 */
export async function platformSigningKey(config: PlatformConfig): Promise<SigningKey> {
  if (config.AUTH_SIGNING_KEY) {
    try {
      return await signingKeyFromText(config.AUTH_SIGNING_KEY);
    } catch (error) {
      throw new ConfigError([{ variable: 'AUTH_SIGNING_KEY', message: `is not a usable Ed25519 private key: ${(error as Error).message}` }]);
    }
  }
  if (config.SQL_ADAPTER === 'pglite') return signingKeyFromSeed(embeddedSecret(config.DATA_DIR, 'auth-signing').value);
  throw new ConfigError([
    {
      variable: 'AUTH_SIGNING_KEY',
      message: 'is required outside the embedded mode (generate one with: openssl genpkey -algorithm ed25519 | base64 -w0)',
    },
  ]);
}

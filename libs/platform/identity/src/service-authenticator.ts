import { createRemoteJWKSet } from 'jose';
import { ExternalOidcVerifier, tokenAuthenticator, verificationKeyFromText, type PlatformTokenTrust, type TokenAuthenticator } from '@hotline/platform-auth';
import { ConfigError, type PlatformConfig } from '@hotline/platform-config';
import { PgSqlClient } from '@hotline/platform-sql/pg';
import { IdentityTables } from './identity-tables';
import { RevokedAccessTokenTable } from './revoked-access-token-table';

/** The configured OpenID Connect provider, if any (OIDC_*). */
export function externalOidcVerifier(config: PlatformConfig): ExternalOidcVerifier | undefined {
  if (!config.OIDC_ISSUER) return undefined;
  return new ExternalOidcVerifier({
    issuer: config.OIDC_ISSUER,
    jwksUrl: config.OIDC_JWKS_URL!,
    audience: config.OIDC_AUDIENCE!,
    roleClaim: config.OIDC_ROLE_CLAIM,
    unitClaim: config.OIDC_UNIT_CLAIM,
  });
}

/**
 * How a service running as its own process knows its callers: the gateway's public key
 * (AUTH_PUBLIC_KEY, or fetched from AUTH_JWKS_URL and refetched for a new key id), the OIDC
 * provider, and on PostgreSQL the identity's table of revoked access tokens. Without any of
 * them no caller could ever be an officer, so the start stops instead.
 */
export async function serviceAuthenticator(config: PlatformConfig): Promise<TokenAuthenticator> {
  const oidc = externalOidcVerifier(config);
  let platform: PlatformTokenTrust | undefined;
  const keys = config.AUTH_PUBLIC_KEY ? (await verificationKeyFromText(config.AUTH_PUBLIC_KEY)).publicKey : config.AUTH_JWKS_URL ? createRemoteJWKSet(new URL(config.AUTH_JWKS_URL)) : undefined;
  if (keys) {
    // Revocations live in the identity schema of the shared PostgreSQL database; a pool of its own, opened on first use.
    const revoked =
      config.SQL_ADAPTER === 'postgres'
        ? new RevokedAccessTokenTable(new PgSqlClient({ connectionString: config.DATABASE_URL!, maxConnections: 2, applicationName: 'token-revocations' }), new IdentityTables())
        : undefined;
    platform = { issuer: config.AUTH_ISSUER, keys, revoked };
  }
  if (!platform && !oidc) {
    throw new ConfigError([{ variable: 'AUTH_JWKS_URL', message: 'is required (or AUTH_PUBLIC_KEY, or OIDC_ISSUER) for a service running as its own process, so it can verify its callers' }]);
  }
  return tokenAuthenticator({ platform, oidc });
}

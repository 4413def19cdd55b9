import { tokenAuthenticator, type SigningKey, type TokenAuthenticator } from '@hotline/platform-auth';
import type { PlatformConfig } from '@hotline/platform-config';
import { ProcessedEvents, type EventBus, type RetryPolicy } from '@hotline/platform-event-bus';
import type { Logger, RouteHandler } from '@hotline/platform-runtime';
import type { SqlClient } from '@hotline/platform-sql';
import { AccountStore } from './account-store';
import { ActivationCodeTable } from './activation-code-table';
import { ApiClientTable } from './api-client-table';
import { authRoutes } from './auth-routes';
import { BootstrapCode } from './bootstrap-code';
import type { IdentityDependencies } from './identity-dependencies';
import { identitySettings } from './identity-settings';
import { IdentityTables } from './identity-tables';
import { IdentityUseCases } from './identity-use-cases';
import { RefreshTokenTable } from './refresh-token-table';
import { RevokedAccessTokenTable } from './revoked-access-token-table';
import { keepRosteredAccounts } from './roster-accounts';
import { SecurityLog } from './security-log';
import { externalOidcVerifier } from './service-authenticator';
import { SignInThrottleTable } from './sign-in-throttle-table';

export interface IdentityOptions {
  readonly config: PlatformConfig;
  /** The database the identity schema lives in (the all-in-one host's, or the gateway's own). */
  readonly sql: SqlClient;
  /** Where routing's roster announcements arrive. */
  readonly bus: EventBus;
  readonly signingKey: SigningKey;
  readonly logger: Logger;
  readonly clock?: () => Date;
  /** `identity` unless a test keeps several apart on one database. */
  readonly schema?: string;
  readonly retry?: Partial<RetryPolicy>;
}

export interface RunningIdentity {
  /** /auth/… for the gateway's server. */
  readonly routes: RouteHandler[];
  /** Platform tokens (checked against the revocations) and the OIDC provider's; for the gateway and in-process services. */
  readonly authenticator: TokenAuthenticator;
  readonly useCases: IdentityUseCases;
  /** Where the first-run bootstrap code was written, while no ministry administrator exists. */
  readonly bootstrapFile: string | null;
  stop(): Promise<void>;
}

const PURGE_INTERVAL_MS = 60 * 60 * 1000;

/** Officers' sign-in, API clients and the token checks, hosted by the gateway process (issue 4). */
export async function startIdentity(options: IdentityOptions): Promise<RunningIdentity> {
  const { config, sql } = options;
  const now = options.clock ?? (() => new Date());
  const tables = new IdentityTables(options.schema ?? 'identity');
  await tables.migrate(sql);
  const settings = identitySettings(config);
  const deps: IdentityDependencies = {
    sql,
    accounts: new AccountStore(sql, tables),
    throttle: new SignInThrottleTable(sql, tables, settings.lockout),
    refreshTokens: new RefreshTokenTable(sql, tables),
    revokedAccessTokens: new RevokedAccessTokenTable(sql, tables),
    apiClients: new ApiClientTable(sql, tables),
    activationCodes: new ActivationCodeTable(sql, tables),
    bootstrap: new BootstrapCode(sql, tables, BootstrapCode.fileIn(config.DATA_DIR)),
    log: new SecurityLog(sql, tables, now),
    key: options.signingKey,
    settings,
    now,
  };
  const useCases = new IdentityUseCases(deps);
  const bootstrapFile = await useCases.bootstrap.prepare();
  if (bootstrapFile) {
    options.logger.warn('no ministry administrator yet: POST /auth/bootstrap with the one-time code in the file', { file: bootstrapFile });
  }
  const processed = new ProcessedEvents(sql, tables.schema);
  await processed.migrate();
  const roster = await keepRosteredAccounts(options.bus, { accounts: deps.accounts, processed, log: deps.log, now }, options.retry);
  const authenticator = tokenAuthenticator({
    platform: { issuer: settings.issuer, keys: options.signingKey.publicKey, revoked: deps.revokedAccessTokens },
    oidc: externalOidcVerifier(config),
    now,
  });
  const purge = setInterval(() => {
    deps.revokedAccessTokens.purgeExpired(now()).catch((error: unknown) => options.logger.warn('revoked-token purge failed', { error: String(error) }));
  }, PURGE_INTERVAL_MS);
  purge.unref();
  const routes = [
    authRoutes(useCases, authenticator, {
      trustedProxyHops: config.GATEWAY_TRUSTED_PROXY_HOPS,
      requestsPerMinute: config.AUTH_REQUESTS_PER_MINUTE_PER_IP,
      onInternalError: (error) => options.logger.error('identity endpoint failed', { error: error instanceof Error ? error.stack : String(error) }),
    }),
  ];
  return {
    routes,
    authenticator,
    useCases,
    bootstrapFile,
    stop: async () => {
      clearInterval(purge);
      await roster.stop();
    },
  };
}

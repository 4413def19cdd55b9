import type { SigningKey } from '@hotline/platform-auth';
import type { SqlClient } from '@hotline/platform-sql';
import type { AccountStore } from './account-store';
import type { ActivationCodeTable } from './activation-code-table';
import type { ApiClientTable } from './api-client-table';
import type { BootstrapCode } from './bootstrap-code';
import type { IdentitySettings } from './identity-settings';
import type { RefreshTokenTable } from './refresh-token-table';
import type { RevokedAccessTokenTable } from './revoked-access-token-table';
import type { SecurityLog } from './security-log';
import type { SignInThrottleTable } from './sign-in-throttle-table';

/** What the identity's use cases work with: its tables, the signing key, its policy and clock. */
export interface IdentityDependencies {
  readonly sql: SqlClient;
  readonly accounts: AccountStore;
  readonly throttle: SignInThrottleTable;
  readonly refreshTokens: RefreshTokenTable;
  readonly revokedAccessTokens: RevokedAccessTokenTable;
  readonly apiClients: ApiClientTable;
  readonly activationCodes: ActivationCodeTable;
  readonly bootstrap: BootstrapCode;
  readonly log: SecurityLog;
  readonly key: SigningKey;
  readonly settings: IdentitySettings;
  readonly now: () => Date;
}

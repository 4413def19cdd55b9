import type { LockoutPolicy } from '@hotline/platform-auth';
import type { PlatformConfig } from '@hotline/platform-config';

/** The identity's policy, from the configuration (README, "Configuration"). */
export interface IdentitySettings {
  readonly issuer: string;
  readonly accessTokenSeconds: number;
  readonly sessionHours: number;
  readonly lockout: LockoutPolicy;
  readonly activationCodeHours: number;
  /** The name authenticator apps show beside the account. */
  readonly totpIssuer: string;
}

export function identitySettings(config: PlatformConfig): IdentitySettings {
  return {
    issuer: config.AUTH_ISSUER,
    accessTokenSeconds: config.AUTH_ACCESS_TOKEN_MINUTES * 60,
    sessionHours: config.AUTH_REFRESH_TOKEN_HOURS,
    lockout: { maxFailures: config.AUTH_LOCKOUT_FAILURES, lockMinutes: config.AUTH_LOCKOUT_MINUTES },
    activationCodeHours: config.AUTH_ACTIVATION_CODE_HOURS,
    totpIssuer: 'Đường dây nóng ô nhiễm',
  };
}

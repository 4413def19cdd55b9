export { startIdentity, type IdentityOptions, type RunningIdentity } from './start-identity';
export { platformSigningKey } from './platform-signing-key';
export { serviceAuthenticator, externalOidcVerifier } from './service-authenticator';
export { BootstrapCode } from './bootstrap-code';
export { IdentityTables } from './identity-tables';
export { IdentityUseCases } from './identity-use-cases';
export { IDENTITY_CONSUMER_GROUP } from './roster-accounts';
export type { RecordedSecurityEntry, SecurityEvent } from './security-log';
export type { TokenResponse } from './token-response';

import { randomUUID, type KeyObject } from 'node:crypto';
import { errors, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { OfficerRole, RequestActor } from '@hotline/platform-graphql';
import { isOfficerRole, isUnitCode } from './officer-roles';
import type { SigningKey } from './signing-key';
import { TokenRejected } from './token-rejection';

/** Who the platform's access tokens are for: the GraphQL API (gateway and subgraphs). */
export const PLATFORM_TOKEN_AUDIENCE = 'hotline-api';
/** RFC 9068's media type, so an ID token or another JWT of the same issuer is never taken for an access token. */
export const ACCESS_TOKEN_TYPE = 'at+jwt';
/** Issue 4: access tokens live at most 15 minutes; refresh tokens carry the session. */
export const MAX_ACCESS_TOKEN_SECONDS = 15 * 60;

export type AccessTokenSubject =
  | { readonly kind: 'officer'; readonly accountId: string; readonly role: OfficerRole; readonly unitCode: string }
  | { readonly kind: 'integrator'; readonly clientId: string; readonly scopes: readonly string[] };

export interface IssuedAccessToken {
  readonly token: string;
  readonly jti: string;
  readonly expiresAt: Date;
  readonly lifetimeSeconds: number;
}

export interface VerifiedAccessToken {
  readonly actor: Exclude<RequestActor, { kind: 'anonymous' }>;
  readonly jti: string;
  readonly expiresAt: Date;
}

/** A public key of the platform, or a key set (the gateway's /auth/jwks.json) that finds one by `kid`. */
export type PlatformVerificationKeys = KeyObject | JWTVerifyGetKey;

export async function issueAccessToken(
  key: SigningKey,
  subject: AccessTokenSubject,
  options: { readonly issuer: string; readonly lifetimeSeconds: number; readonly now: Date },
): Promise<IssuedAccessToken> {
  const lifetimeSeconds = Math.min(options.lifetimeSeconds, MAX_ACCESS_TOKEN_SECONDS);
  const issuedAt = Math.floor(options.now.getTime() / 1000);
  const jti = randomUUID();
  const claims =
    subject.kind === 'officer'
      ? { kind: 'officer', role: subject.role, unit: subject.unitCode }
      : { kind: 'integrator', role: 'integrator', client_id: subject.clientId, scope: subject.scopes.join(' ') };
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'EdDSA', typ: ACCESS_TOKEN_TYPE, kid: key.kid })
    .setIssuer(options.issuer)
    .setAudience(PLATFORM_TOKEN_AUDIENCE)
    .setSubject(subject.kind === 'officer' ? subject.accountId : subject.clientId)
    .setJti(jti)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + lifetimeSeconds)
    .sign(key.privateKey);
  return { token, jti, expiresAt: new Date((issuedAt + lifetimeSeconds) * 1000), lifetimeSeconds };
}

/** Checks signature, type, issuer, audience and lifetime, then reads the caller from the claims. */
export async function verifyAccessToken(
  token: string,
  keys: PlatformVerificationKeys,
  options: { readonly issuer: string; readonly now?: Date },
): Promise<VerifiedAccessToken> {
  const payload = await verifiedPayload(token, keys, options);
  const { sub, jti, exp, iat } = payload;
  if (!sub || !jti || exp === undefined || iat === undefined || exp - iat > MAX_ACCESS_TOKEN_SECONDS) throw new TokenRejected('invalid');
  const expiresAt = new Date(exp * 1000);
  if (payload['kind'] === 'integrator') {
    const scope = typeof payload['scope'] === 'string' ? payload['scope'] : '';
    return { actor: { kind: 'integrator', id: sub, scopes: scope.split(' ').filter(Boolean) }, jti, expiresAt };
  }
  if (payload['kind'] !== 'officer') throw new TokenRejected('invalid');
  if (!isOfficerRole(payload['role'])) throw new TokenRejected('role_not_allowed');
  if (!isUnitCode(payload['unit'])) throw new TokenRejected('unit_not_allowed');
  return { actor: { kind: 'officer', id: sub, role: payload['role'], unitCode: payload['unit'] }, jti, expiresAt };
}

async function verifiedPayload(token: string, keys: PlatformVerificationKeys, options: { readonly issuer: string; readonly now?: Date }): Promise<JWTPayload> {
  try {
    const verifyOptions = { algorithms: ['EdDSA'], typ: ACCESS_TOKEN_TYPE, issuer: options.issuer, audience: PLATFORM_TOKEN_AUDIENCE, currentDate: options.now, requiredClaims: ['sub', 'jti', 'exp', 'iat'] };
    const { payload } = typeof keys === 'function' ? await jwtVerify(token, keys, verifyOptions) : await jwtVerify(token, keys, verifyOptions);
    return payload;
  } catch (error) {
    throw rejectionOf(error);
  }
}

/** jose's refusals become the caller's 401; anything else (a key set that cannot be fetched) is the platform's fault. */
export function rejectionOf(error: unknown): unknown {
  if (error instanceof TokenRejected) return error;
  if (error instanceof errors.JWTExpired) return new TokenRejected('expired');
  if (error instanceof errors.JWKSTimeout) return error;
  if (error instanceof errors.JOSEError) return new TokenRejected('invalid');
  return error;
}

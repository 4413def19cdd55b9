import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { RequestActor } from '@hotline/platform-graphql';
import { isOfficerRole, isUnitCode } from './officer-roles';
import { rejectionOf } from './platform-access-token';
import { TokenRejected } from './token-rejection';

/** A ministry single sign-on, trusted for its issuer and audience, its keys fetched from its JWKS URL. */
export interface ExternalOidcSettings {
  readonly issuer: string;
  readonly jwksUrl: string;
  readonly audience: string;
  /** Claim holding the platform role, e.g. `role` or `realm_access.roles` (dots walk into objects). */
  readonly roleClaim: string;
  /** Claim holding the unit code (BTNMT, P.., C.....). */
  readonly unitClaim: string;
}

// Asymmetric algorithms only: an HMAC token would be verifiable with a public value.
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/**
 * Accepts tokens of an external OpenID Connect provider and maps their claims to a caller. A
 * token whose role is not one of the platform's, or an officer's without a valid unit, is refused.
 */
export class ExternalOidcVerifier {
  private readonly keys: JWTVerifyGetKey;

  constructor(
    private readonly settings: ExternalOidcSettings,
    keys?: JWTVerifyGetKey,
  ) {
    this.keys = keys ?? createRemoteJWKSet(new URL(settings.jwksUrl));
  }

  get issuer(): string {
    return this.settings.issuer;
  }

  async verify(token: string, now?: Date): Promise<Exclude<RequestActor, { kind: 'anonymous' }>> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, { issuer: this.settings.issuer, audience: this.settings.audience, algorithms: ALGORITHMS, currentDate: now, requiredClaims: ['sub', 'exp'] }));
    } catch (error) {
      throw rejectionOf(error);
    }
    const role = singleRole(claimAt(payload, this.settings.roleClaim));
    if (!role) throw new TokenRejected('role_not_allowed');
    const id = `oidc:${payload.sub}`;
    if (role === 'integrator') {
      const scope = typeof payload['scope'] === 'string' ? payload['scope'] : '';
      return { kind: 'integrator', id, scopes: scope.split(' ').filter(Boolean) };
    }
    const unit = claimAt(payload, this.settings.unitClaim);
    if (!isUnitCode(unit)) throw new TokenRejected('unit_not_allowed');
    return { kind: 'officer', id, role, unitCode: unit };
  }
}

function claimAt(payload: JWTPayload, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), payload);
}

/** A string, or a list holding exactly one of the platform's roles (providers often send every group). */
function singleRole(claim: unknown) {
  if (isOfficerRole(claim)) return claim;
  if (!Array.isArray(claim)) return null;
  const known = [...new Set(claim.filter(isOfficerRole))];
  return known.length === 1 ? known[0] : null;
}

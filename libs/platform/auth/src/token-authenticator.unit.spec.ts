import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { ExternalOidcVerifier } from './external-oidc';
import { issueAccessToken } from './platform-access-token';
import { signingKeyFromSeed } from './signing-key';
import { tokenAuthenticator } from './token-authenticator';
import { UnauthenticatedError } from './unauthenticated-error';

const issuer = 'hotline-test';
const sso = { issuer: 'https://sso.monre.gov.vn/realms/bo', jwksUrl: 'https://sso.monre.gov.vn/jwks', audience: 'hotline', roleClaim: 'realm_access.roles', unitClaim: 'don_vi' };
const request = (authorization?: string) => ({ headers: authorization === undefined ? {} : { authorization } }) as IncomingMessage;

async function refusal(promise: Promise<unknown>): Promise<{ code: string; reason: string; status: number; vi: string }> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof UnauthenticatedError)) throw error;
    const http = error.extensions['http'] as { status: number };
    return { code: String(error.extensions['code']), reason: String(error.extensions['reason']), status: http.status, vi: (error.extensions['message'] as { vi: string }).vi };
  }
  throw new Error('accepted');
}

describe('token authenticator', () => {
  async function setUp() {
    const key = await signingKeyFromSeed(randomBytes(32));
    const ssoKeys = await generateKeyPair('RS256');
    const ssoJwk = { ...(await exportJWK(ssoKeys.publicKey)), kid: 'sso-1', alg: 'RS256' };
    const revoked = new Set<string>();
    const oidc = new ExternalOidcVerifier(sso, createLocalJWKSet({ keys: [ssoJwk] }));
    const authenticator = tokenAuthenticator({ platform: { issuer, keys: key.publicKey, revoked: { isRevoked: async (jti) => revoked.has(jti) } }, oidc });
    const ssoToken = (claims: Record<string, unknown>, options: { issuer?: string; audience?: string; expiresIn?: string } = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'sso-1' })
        .setIssuer(options.issuer ?? sso.issuer)
        .setAudience(options.audience ?? sso.audience)
        .setSubject('u-42')
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '5m')
        .sign(ssoKeys.privateKey);
    return { key, revoked, authenticator, ssoToken };
  }

  it('is anonymous without a header, and refuses anything that is not a bearer token with 401', async () => {
    const { authenticator } = await setUp();
    expect(await authenticator.authenticate(request())).toEqual({ kind: 'anonymous' });
    expect(await refusal(authenticator.authenticate(request('Basic dXNlcjpwYXNz')))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'malformed', status: 401 });
    expect(await refusal(authenticator.authenticate(request('Bearer not-a-jwt')))).toMatchObject({ reason: 'malformed', vi: expect.stringContaining('Bearer') });
  });

  it('reads a platform token, and refuses it once its jti is revoked', async () => {
    const { key, revoked, authenticator } = await setUp();
    const issued = await issueAccessToken(key, { kind: 'officer', accountId: 'acc-9', role: 'operator', unitCode: 'C00070' }, { issuer, lifetimeSeconds: 600, now: new Date() });
    expect(await authenticator.authenticate(request(`Bearer ${issued.token}`))).toEqual({ kind: 'officer', id: 'acc-9', role: 'operator', unitCode: 'C00070' });
    revoked.add(issued.jti);
    expect(await refusal(authenticator.authenticate(request(`Bearer ${issued.token}`)))).toMatchObject({ reason: 'revoked', vi: expect.stringContaining('thu hồi') });
  });

  it('maps an SSO token’s role and unit claims, and refuses an unknown role, a missing unit, another audience, another issuer or expiry', async () => {
    const { authenticator, ssoToken } = await setUp();
    const ok = await ssoToken({ realm_access: { roles: ['offline_access', 'unit_head'] }, don_vi: 'P48' });
    expect(await authenticator.authenticate(request(`Bearer ${ok}`))).toEqual({ kind: 'officer', id: 'oidc:u-42', role: 'unit_head', unitCode: 'P48' });
    const integrator = await ssoToken({ realm_access: { roles: ['integrator'] }, scope: 'reports:submit' });
    expect(await authenticator.authenticate(request(`Bearer ${integrator}`))).toEqual({ kind: 'integrator', id: 'oidc:u-42', scopes: ['reports:submit'] });

    expect(await refusal(authenticator.authenticate(request(`Bearer ${await ssoToken({ realm_access: { roles: ['superuser'] }, don_vi: 'P48' })}`)))).toMatchObject({ reason: 'role_not_allowed' });
    expect(await refusal(authenticator.authenticate(request(`Bearer ${await ssoToken({ realm_access: { roles: ['handler', 'unit_head'] }, don_vi: 'P48' })}`)))).toMatchObject({ reason: 'role_not_allowed' });
    expect(await refusal(authenticator.authenticate(request(`Bearer ${await ssoToken({ realm_access: { roles: ['handler'] } })}`)))).toMatchObject({ reason: 'unit_not_allowed' });
    expect(await refusal(authenticator.authenticate(request(`Bearer ${await ssoToken({ realm_access: { roles: ['handler'] }, don_vi: 'P48' }, { audience: 'other' })}`)))).toMatchObject({ reason: 'invalid' });
    expect(await refusal(authenticator.authenticate(request(`Bearer ${await ssoToken({ realm_access: { roles: ['handler'] }, don_vi: 'P48' }, { issuer: 'https://evil' })}`)))).toMatchObject({ reason: 'unknown_issuer' });
    expect(await refusal(authenticator.authenticate(request(`Bearer ${await ssoToken({ realm_access: { roles: ['handler'] }, don_vi: 'P48' }, { expiresIn: '-1m' })}`)))).toMatchObject({ reason: 'expired' });
  });

  it('refuses a token signed by a key that claims the platform’s issuer', async () => {
    const { authenticator } = await setUp();
    const stranger = await signingKeyFromSeed(randomBytes(32));
    const forged = await issueAccessToken(stranger, { kind: 'officer', accountId: 'x', role: 'ministry_admin', unitCode: 'BTNMT' }, { issuer, lifetimeSeconds: 600, now: new Date() });
    expect(await refusal(authenticator.authenticate(request(`Bearer ${forged.token}`)))).toMatchObject({ reason: 'invalid' });
  });
});

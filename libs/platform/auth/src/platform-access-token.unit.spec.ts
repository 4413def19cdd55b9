import { randomBytes } from 'node:crypto';
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, exportPKCS8, generateKeyPair, SignJWT } from 'jose';
import { issueAccessToken, MAX_ACCESS_TOKEN_SECONDS, PLATFORM_TOKEN_AUDIENCE, verifyAccessToken } from './platform-access-token';
import { signingKeyFromSeed, signingKeyFromText, verificationKeyFromText } from './signing-key';
import { TokenRejected } from './token-rejection';

const issuer = 'https://hotline.example.gov.vn';
const now = new Date('2026-02-13T02:00:00Z');
const officer = { kind: 'officer' as const, accountId: 'acc-1', role: 'handler' as const, unitCode: 'P01' };

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TokenRejected) return error.reason;
    throw error;
  }
  throw new Error('accepted');
}

describe('platform access tokens (EdDSA JWT)', () => {
  it('carries sub, role, unit and a unique jti for at most 15 minutes, and reads back as the officer', async () => {
    const key = await signingKeyFromSeed(randomBytes(32));
    const issued = await issueAccessToken(key, officer, { issuer, lifetimeSeconds: 3600, now });
    expect(issued.lifetimeSeconds).toBe(MAX_ACCESS_TOKEN_SECONDS);
    expect(decodeProtectedHeader(issued.token)).toEqual({ alg: 'EdDSA', typ: 'at+jwt', kid: key.kid });
    expect(decodeJwt(issued.token)).toMatchObject({ iss: issuer, aud: PLATFORM_TOKEN_AUDIENCE, sub: 'acc-1', role: 'handler', unit: 'P01', jti: issued.jti });
    const verified = await verifyAccessToken(issued.token, key.publicKey, { issuer, now: new Date(now.getTime() + 60_000) });
    expect(verified).toEqual({ actor: { kind: 'officer', id: 'acc-1', role: 'handler', unitCode: 'P01' }, jti: issued.jti, expiresAt: issued.expiresAt });
    const again = await issueAccessToken(key, officer, { issuer, lifetimeSeconds: 600, now });
    expect(again.jti).not.toBe(issued.jti);
  });

  it('reads an API client’s token as an integrator with its scopes', async () => {
    const key = await signingKeyFromSeed(randomBytes(32));
    const issued = await issueAccessToken(key, { kind: 'integrator', clientId: 'cli-1', scopes: ['reports:submit', 'reports:track'] }, { issuer, lifetimeSeconds: 600, now });
    expect((await verifyAccessToken(issued.token, key.publicKey, { issuer, now })).actor).toEqual({ kind: 'integrator', id: 'cli-1', scopes: ['reports:submit', 'reports:track'] });
  });

  it('refuses an expired token, another key’s, another issuer’s and a tampered one', async () => {
    const key = await signingKeyFromSeed(randomBytes(32));
    const other = await signingKeyFromSeed(randomBytes(32));
    const { token } = await issueAccessToken(key, officer, { issuer, lifetimeSeconds: 600, now });
    expect(await rejection(verifyAccessToken(token, key.publicKey, { issuer, now: new Date(now.getTime() + 601_000) }))).toBe('expired');
    expect(await rejection(verifyAccessToken(token, other.publicKey, { issuer, now }))).toBe('invalid');
    expect(await rejection(verifyAccessToken(token, key.publicKey, { issuer: 'https://elsewhere', now }))).toBe('invalid');
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...decodeJwt(token), role: 'ministry_admin' })).toString('base64url');
    expect(await rejection(verifyAccessToken(`${header}.${forged}.${signature}`, key.publicKey, { issuer, now }))).toBe('invalid');
  });

  it('refuses a JWT of the same issuer that is not an access token (no at+jwt type), or lives too long', async () => {
    const key = await signingKeyFromSeed(randomBytes(32));
    const base = () => new SignJWT({ kind: 'officer', role: 'handler', unit: 'P01' }).setIssuer(issuer).setAudience(PLATFORM_TOKEN_AUDIENCE).setSubject('a').setJti('j').setIssuedAt(now.getTime() / 1000);
    const idToken = await base().setProtectedHeader({ alg: 'EdDSA' }).setExpirationTime(now.getTime() / 1000 + 60).sign(key.privateKey);
    expect(await rejection(verifyAccessToken(idToken, key.publicKey, { issuer, now }))).toBe('invalid');
    const longLived = await base().setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt' }).setExpirationTime(now.getTime() / 1000 + 86_400).sign(key.privateKey);
    expect(await rejection(verifyAccessToken(longLived, key.publicKey, { issuer, now }))).toBe('invalid');
  });

  it('finds the key by kid in a published key set, and loads keys given as PEM or JWK, as is or in base64', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const pem = await exportPKCS8(privateKey);
    const fromPem = await signingKeyFromText(pem);
    const fromBase64 = await signingKeyFromText(Buffer.from(pem).toString('base64'));
    expect(fromBase64.kid).toBe(fromPem.kid);
    const jwk = JSON.stringify(fromPem.privateKey.export({ format: 'jwk' }));
    expect((await signingKeyFromText(Buffer.from(jwk).toString('base64'))).kid).toBe(fromPem.kid);
    expect((await verificationKeyFromText(JSON.stringify(fromPem.publicJwk))).kid).toBe(fromPem.kid);
    expect((await verificationKeyFromText(pem)).kid).toBe(fromPem.kid);

    const { token } = await issueAccessToken(fromPem, officer, { issuer, lifetimeSeconds: 600, now });
    const other = await signingKeyFromSeed(randomBytes(32));
    const keySet = createLocalJWKSet({ keys: [other.publicJwk, fromPem.publicJwk] });
    expect((await verifyAccessToken(token, keySet, { issuer, now })).actor).toMatchObject({ id: 'acc-1' });
  });

  it('refuses keys that are not Ed25519', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    await expect(signingKeyFromText(await exportPKCS8(privateKey))).rejects.toThrow(/Ed25519/);
  });
});

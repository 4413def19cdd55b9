import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { issueAccessToken, signingKeyFromSeed } from '@hotline/platform-auth';
import { ConfigError, loadConfig } from '@hotline/platform-config';
import { serviceAuthenticator } from './service-authenticator';

describe('the authenticator of a service running as its own process', () => {
  it('refuses to start when it could never verify a caller, naming the variables', async () => {
    await expect(serviceAuthenticator(loadConfig({}))).rejects.toThrow(ConfigError);
    await expect(serviceAuthenticator(loadConfig({}))).rejects.toThrow(/AUTH_JWKS_URL: is required \(or AUTH_PUBLIC_KEY, or OIDC_ISSUER\)/);
  });

  it('verifies the gateway’s tokens with AUTH_PUBLIC_KEY, and refuses another key’s', async () => {
    const key = await signingKeyFromSeed(randomBytes(32));
    const publicKey = Buffer.from(JSON.stringify(key.publicJwk)).toString('base64');
    const authenticator = await serviceAuthenticator(loadConfig({ AUTH_PUBLIC_KEY: publicKey, AUTH_ISSUER: 'hotline-prod' }));
    const officer = { kind: 'officer' as const, accountId: 'acc-1', role: 'operator' as const, unitCode: 'P48' };
    const { token } = await issueAccessToken(key, officer, { issuer: 'hotline-prod', lifetimeSeconds: 300, now: new Date() });
    expect(await authenticator.authenticate({ headers: { authorization: `Bearer ${token}` } } as IncomingMessage)).toEqual({ kind: 'officer', id: 'acc-1', role: 'operator', unitCode: 'P48' });
    const stranger = await issueAccessToken(await signingKeyFromSeed(randomBytes(32)), officer, { issuer: 'hotline-prod', lifetimeSeconds: 300, now: new Date() });
    await expect(authenticator.authenticate({ headers: { authorization: `Bearer ${stranger.token}` } } as IncomingMessage)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason: 'invalid' } });
  });

  it('starts with an OIDC provider alone, and the configuration needs its JWKS URL and audience', async () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://sso.monre.gov.vn' })).toThrow(/OIDC_JWKS_URL: is required because OIDC_ISSUER is set[\s\S]*OIDC_AUDIENCE/);
    const authenticator = await serviceAuthenticator(loadConfig({ OIDC_ISSUER: 'https://sso.monre.gov.vn', OIDC_JWKS_URL: 'https://sso.monre.gov.vn/jwks', OIDC_AUDIENCE: 'hotline' }));
    expect(await authenticator.authenticate({ headers: {} } as IncomingMessage)).toEqual({ kind: 'anonymous' });
  });
});

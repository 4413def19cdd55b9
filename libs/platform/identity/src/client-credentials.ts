import { issueAccessToken } from '@hotline/platform-auth';
import { INTEGRATOR_SCOPE_NAMES, isIntegratorScope, type RequestActor } from '@hotline/platform-graphql';
import { requireRole } from './account-administration';
import type { ApiClient } from './api-client-table';
import type { IdentityDependencies } from './identity-dependencies';
import { refuse } from './identity-wording';
import type { TokenResponse } from './token-response';

/** Integrators' applications: registered by a ministry administrator, signed in with client credentials. */
export class ClientCredentials {
  constructor(private readonly deps: IdentityDependencies) {}

  /** grant_type=client_credentials: an access token (no refresh token) with the scopes asked for, all granted ones by default. */
  async grant(request: { clientId: string; clientSecret: string; scope?: string; clientAddress: string }): Promise<TokenResponse> {
    const client = await this.deps.apiClients.authenticated(request.clientId, request.clientSecret);
    if (!client) {
      await this.deps.log.record({ event: 'client_credentials_refused', subject: request.clientId.slice(0, 100), clientAddress: request.clientAddress });
      throw refuse.badClient();
    }
    const asked = request.scope ? request.scope.split(' ').filter(Boolean) : [...client.scopes];
    const notGranted = asked.find((scope) => !client.scopes.includes(scope));
    if (notGranted) throw refuse.scopeNotGranted(notGranted);
    const access = await issueAccessToken(
      this.deps.key,
      { kind: 'integrator', clientId: client.clientId, scopes: asked },
      { issuer: this.deps.settings.issuer, lifetimeSeconds: this.deps.settings.accessTokenSeconds, now: this.deps.now() },
    );
    await this.deps.log.record({ event: 'client_credentials_granted', subject: client.clientId, clientAddress: request.clientAddress, detail: { scopes: asked } });
    return { access_token: access.token, token_type: 'Bearer', expires_in: access.lifetimeSeconds, scope: asked.join(' ') };
  }

  async register(actor: RequestActor, input: { name: unknown; scopes: unknown }, clientAddress: string): Promise<{ client: ApiClient; secret: string }> {
    const admin = requireRole(actor, ['ministry_admin'], { vi: 'cấp ứng dụng tích hợp', en: 'register API clients' });
    const name = typeof input.name === 'string' ? input.name.normalize('NFC').trim() : '';
    if (name.length === 0 || name.length > 200 || /\p{Cc}/u.test(name)) throw refuse.badClientName();
    const scopes = Array.isArray(input.scopes) ? input.scopes : typeof input.scopes === 'string' ? input.scopes.split(' ').filter(Boolean) : [];
    const unknown = scopes.find((scope) => !isIntegratorScope(scope));
    if (unknown !== undefined || scopes.length === 0) throw refuse.unknownScope(String(unknown ?? ''), INTEGRATOR_SCOPE_NAMES);
    const registered = await this.deps.apiClients.register({ name, scopes: [...new Set(scopes as string[])], createdBy: admin.id }, this.deps.now());
    await this.deps.log.record({ event: 'api_client_registered', subject: registered.client.clientId, clientAddress, detail: { by: admin.id, scopes: registered.client.scopes } });
    return registered;
  }

  async list(actor: RequestActor): Promise<ApiClient[]> {
    requireRole(actor, ['ministry_admin', 'auditor'], { vi: 'xem danh sách ứng dụng tích hợp', en: 'list API clients' });
    return this.deps.apiClients.list();
  }

  async revoke(actor: RequestActor, clientId: string, clientAddress: string): Promise<void> {
    const admin = requireRole(actor, ['ministry_admin'], { vi: 'thu hồi ứng dụng tích hợp', en: 'revoke API clients' });
    if (!(await this.deps.apiClients.revoke(clientId, this.deps.now()))) throw refuse.noSuchClient();
    await this.deps.log.record({ event: 'api_client_revoked', subject: clientId, clientAddress, detail: { by: admin.id } });
  }
}

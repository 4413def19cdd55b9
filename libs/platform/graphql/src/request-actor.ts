import type { IncomingMessage } from 'node:http';

export type OfficerRole = 'operator' | 'handler' | 'unit_head' | 'provincial_admin' | 'ministry_admin' | 'auditor' | 'integrator';

/** Who is calling a subgraph, as established from the request's credentials. */
export type RequestActor =
  | { kind: 'officer'; id: string; role: OfficerRole; unitCode: string }
  | { kind: 'integrator'; id: string; scopes: string[] }
  | { kind: 'anonymous' };

/**
 * Establishes the caller of a request. Identity (passwords, platform JWTs, external OIDC, API
 * clients) plugs in here; until one is configured every caller is anonymous, so only the
 * public operations answer.
 */
export interface Authenticator {
  authenticate(request: IncomingMessage): Promise<RequestActor>;
}

export const anonymousOnly: Authenticator = {
  authenticate: async () => ({ kind: 'anonymous' }),
};

export interface SubgraphContext {
  actor: RequestActor;
}

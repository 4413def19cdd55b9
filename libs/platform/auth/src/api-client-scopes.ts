/**
 * What an API client (client credentials) may be granted. The subgraphs read the scopes from the
 * caller; a scope outside this list is refused when the client is registered, so a typo is seen.
 */
export const API_CLIENT_SCOPES = ['reports:submit', 'reports:track'] as const;
export type ApiClientScope = (typeof API_CLIENT_SCOPES)[number];

export function isApiClientScope(value: unknown): value is ApiClientScope {
  return typeof value === 'string' && (API_CLIENT_SCOPES as readonly string[]).includes(value);
}

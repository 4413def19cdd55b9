import { SUPERGRAPH_SDL } from '@hotline/contracts-supergraph';
import { startGateway, type RunningGateway } from '@hotline/platform-gateway';
import type { GraphqlAnswer, HotlinePlatform } from './hotline-platform';

/**
 * The federated gateway over a test platform's subgraphs, as `npm start` runs it; it passes the
 * fixture caller's header on, and every subgraph checks the caller for itself.
 */
export function startPlatformGateway(platform: HotlinePlatform): Promise<RunningGateway> {
  return startGateway({
    supergraphSdl: SUPERGRAPH_SDL,
    subgraphUrls: Object.fromEntries(platform.services.map((s) => [s.name, `${s.url}/graphql`])),
    host: '127.0.0.1',
    port: 0,
    forwardHeaders: ['authorization', 'x-test-officer'],
  });
}

/** One GraphQL call through the gateway, as the caller named (or anonymously). */
export async function viaGateway(gateway: RunningGateway, query: string, variables: Record<string, unknown> = {}, caller?: string): Promise<GraphqlAnswer> {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(caller ? { 'x-test-officer': caller } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlAnswer;
}

import type { IncomingMessage } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { createSubgraphRoute, type Authenticator, type RequestActor } from '@hotline/platform-graphql';
import { startHttpServer, type RouteHandler } from '@hotline/platform-runtime';
import { clientAddressOf } from './client-address';
import { ClientRateLimit } from './client-rate-limit';
import { sendTooManyRequests } from './too-many-requests';

export interface GatewayOptions {
  /** The composed supergraph (libs/contracts/supergraph). */
  supergraphSdl: string;
  /** Each subgraph's /graphql URL, by the name it was composed under. */
  subgraphUrls: Readonly<Record<string, string>>;
  host: string;
  port: number;
  /**
   * Request headers passed on to every subgraph: the caller's credentials, which each subgraph
   * checks for itself (authorization is enforced in every subgraph, not only here).
   */
  forwardHeaders?: readonly string[];
  /**
   * Checks the caller's token at the door too, so a bad, expired or revoked one is refused with
   * 401 before any subgraph is asked. Without it, every caller passes through as sent.
   */
  authenticator?: Authenticator;
  /** Other endpoints of the gateway's server (the identity's /auth/…), tried before /graphql. */
  routes?: readonly RouteHandler[];
  /** GraphQL requests without credentials one client address may make per minute (429 beyond). */
  anonymousRequestsPerMinute?: number;
  /** Reverse proxies in front of the gateway whose X-Forwarded-For is believed (0: none). */
  trustedProxyHops?: number;
  maxBodyBytes?: number;
  maxDepth?: number;
  maxFields?: number;
  onInternalError?: (error: unknown) => void;
}

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

interface GatewayContext {
  headers: IncomingMessage['headers'];
  actor: RequestActor;
}

class CredentialForwardingSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly forwardHeaders: readonly string[],
  ) {
    super({ url });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    for (const name of this.forwardHeaders) {
      const value = context?.headers?.[name];
      if (typeof value === 'string') request.http?.headers.set(name, value);
    }
  }
}

/**
 * The one GraphQL endpoint integrators and the console use: Apollo Gateway planning over the
 * static supergraph, with the same request-size, depth and complexity limits and the same error
 * masking as every subgraph, and /health reporting whether each subgraph answers.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const forwardHeaders = (options.forwardHeaders ?? ['authorization']).map((h) => h.toLowerCase());
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name }) => {
      const url = options.subgraphUrls[name];
      if (!url) throw new Error(`No URL configured for subgraph ${name}`);
      return new CredentialForwardingSource(url, forwardHeaders);
    },
  });
  const route = await createSubgraphRoute<GatewayContext>({
    gateway,
    context: async (request) => ({ headers: request.headers, actor: (await options.authenticator?.authenticate(request)) ?? { kind: 'anonymous' } }),
    maxBodyBytes: options.maxBodyBytes,
    maxDepth: options.maxDepth,
    maxFields: options.maxFields,
    onInternalError: options.onInternalError,
  });
  const checks = Object.fromEntries(
    Object.entries(options.subgraphUrls).map(([name, url]) => [
      name,
      async () => {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
        if (!response.ok) throw new Error(`${name} answered ${response.status}`);
        return { url };
      },
    ]),
  );
  const anonymousLimit = options.anonymousRequestsPerMinute ? new ClientRateLimit({ limit: options.anonymousRequestsPerMinute, windowMs: 60_000 }) : null;
  const graphqlRoute: RouteHandler = async (request, response) => {
    // Citizens' operations need no sign-in, so an address is all there is to limit them by.
    if (anonymousLimit && !request.headers.authorization && new URL(request.url ?? '/', 'http://gateway').pathname === '/graphql') {
      const decision = anonymousLimit.take(clientAddressOf(request, options.trustedProxyHops));
      if (!decision.allowed) {
        request.resume();
        sendTooManyRequests(response, decision.retryAfterSeconds, { perMinute: options.anonymousRequestsPerMinute! });
        return true;
      }
    }
    return route.handle(request, response);
  };
  const http = await startHttpServer({ service: 'gateway', host: options.host, port: options.port, checks, routes: [...(options.routes ?? []), graphqlRoute] });
  return {
    url: http.url,
    stop: async () => {
      await http.close();
      await route.stop();
    },
  };
}

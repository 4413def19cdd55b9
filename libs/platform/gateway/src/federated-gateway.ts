import type { IncomingMessage } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { createSubgraphRoute } from '@hotline/platform-graphql';
import { startHttpServer } from '@hotline/platform-runtime';

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
    context: async (request) => ({ headers: request.headers }),
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
  const http = await startHttpServer({ service: 'gateway', host: options.host, port: options.port, checks, routes: [(request, response) => route.handle(request, response)] });
  return {
    url: http.url,
    stop: async () => {
      await http.close();
      await route.stop();
    },
  };
}

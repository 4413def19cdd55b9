import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, type ApolloServerOptionsWithGateway, type BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { depthLimit } from './depth-limit';
import { fieldCountLimit } from './field-count-limit';
import { findUnstorableText } from './unstorable-text';
import { refusalCodes } from './refusal-codes';
import { isUserFacingFailure } from './user-facing-error';

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

export interface SubgraphRouteOptions<TContext extends BaseContext> {
  /** A subgraph's own schema… */
  schema?: GraphQLSchema;
  /** …or, for the federated gateway, the gateway that plans over the subgraphs. */
  gateway?: GatewayInterface;
  context: (request: IncomingMessage) => Promise<TContext>;
  path?: string;
  maxBodyBytes?: number;
  maxDepth?: number;
  /** Complexity: how many fields one operation may select, fragments expanded. */
  maxFields?: number;
  /** Where the details of masked errors go; callers never see them. */
  onInternalError?: (error: unknown) => void;
}

export interface SubgraphRoute {
  handle(request: IncomingMessage, response: ServerResponse): Promise<boolean>;
  stop(): Promise<void>;
}

const INTERNAL = { code: 'INTERNAL_SERVER_ERROR', message: { vi: 'Lỗi hệ thống, vui lòng thử lại sau', en: 'Internal error, please try again later' } };

class RequestTooLarge extends Error {}

/**
 * A service's Apollo subgraph on its own HTTP server, at /graphql. Limits request size and query
 * depth, and never leaks a stack trace or an internal name: domain refusals reach the caller
 * with their code and bilingual text, everything else is masked and logged.
 */
export async function createSubgraphRoute<TContext extends BaseContext>(options: SubgraphRouteOptions<TContext>): Promise<SubgraphRoute> {
  const path = options.path ?? '/graphql';
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;
  const apollo = options.gateway ? { gateway: options.gateway } : { schema: options.schema! };
  const server = new ApolloServer<TContext>({
    ...apollo,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimit(options.maxDepth ?? 12), fieldCountLimit(options.maxFields ?? 1_000)],
    // Inline traces (ftv1) would hand resolver timings to any caller who asks for them.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    formatError: (formatted, error) => formatError(formatted, error, options.onInternalError),
  });
  await server.start();

  return {
    async handle(request, response) {
      const url = new URL(request.url ?? '/', 'http://subgraph');
      if (url.pathname !== path) return false;
      let body: unknown;
      try {
        body = request.method === 'POST' ? await readJsonBody(request, maxBodyBytes) : undefined;
      } catch (error) {
        const tooLarge = error instanceof RequestTooLarge;
        send(response, tooLarge ? 413 : 400, {
          errors: [
            {
              message: tooLarge ? `Request larger than ${maxBodyBytes} bytes` : 'Request body is not valid UTF-8 JSON',
              extensions: {
                code: tooLarge ? 'REQUEST_TOO_LARGE' : 'BAD_REQUEST',
                message: tooLarge
                  ? { vi: `Yêu cầu vượt quá ${maxBodyBytes} byte`, en: `Request larger than ${maxBodyBytes} bytes` }
                  : { vi: 'Nội dung yêu cầu không phải JSON UTF-8 hợp lệ', en: 'Request body is not valid UTF-8 JSON' },
              },
            },
          ],
        });
        return true;
      }
      const unstorable = findUnstorableText(body);
      if (unstorable) {
        const field = unstorable.replace(/^variables\./, '');
        send(response, 400, {
          errors: [
            {
              message: `${field}: contains a NUL character or invalid Unicode`,
              extensions: {
                code: 'BAD_USER_INPUT',
                field,
                message: { vi: `${field}: chứa ký tự NUL hoặc Unicode không hợp lệ`, en: `${field}: contains a NUL character or invalid Unicode` },
              },
            },
          ],
        });
        return true;
      }
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const result = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
        context: () => options.context(request),
      });
      for (const [name, value] of result.headers) response.setHeader(name, value);
      response.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        response.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) response.write(chunk);
        response.end();
      }
      return true;
    },
    stop: () => server.stop(),
  };
}

function formatError(formatted: GraphQLFormattedError, error: unknown, onInternalError?: (error: unknown) => void): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isUserFacingFailure(original)) {
    return {
      message: original.text.en,
      path: formatted.path,
      extensions: { ...refusalCodes(original), message: original.text, ...(original.field ? { field: original.field } : {}) },
    };
  }
  const code = formatted.extensions?.['code'];
  // Errors of the request itself (parse, validation, bad variables) are the caller's to fix.
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { ...formatted.extensions, stacktrace: undefined } };
  }
  onInternalError?.(original);
  return { message: INTERNAL.message.en, path: formatted.path, extensions: INTERNAL };
}

function readJsonBody(request: IncomingMessage, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBytes) return Promise.reject(new RequestTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        request.removeAllListeners('data');
        request.resume();
        reject(new RequestTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      try {
        // Fatal decoding: invalid UTF-8 is refused rather than silently turned into U+FFFD.
        const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
        resolve(text.length === 0 ? undefined : JSON.parse(text));
      } catch (error) {
        reject(error);
      }
    });
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) });
  response.end(payload);
}

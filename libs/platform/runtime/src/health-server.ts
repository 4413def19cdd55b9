import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type CheckResult = { ok: true; detail?: Record<string, unknown> } | { ok: false; error: string };
export type HealthCheck = () => Promise<Record<string, unknown> | void>;

export interface HealthReport {
  service: string;
  status: 'ok' | 'unavailable';
  checks: Record<string, CheckResult>;
}

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

const CHECK_TIMEOUT_MS = 3_000;

/** Runs every check with a time limit; the report is ok only when all of them are. */
export async function runChecks(service: string, checks: Record<string, HealthCheck>): Promise<HealthReport> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]): Promise<[string, CheckResult]> => {
      let timer: NodeJS.Timeout | undefined;
      try {
        const detail = await Promise.race([
          check(),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
          }),
        ]);
        return [name, detail ? { ok: true, detail } : { ok: true }];
      } catch (error) {
        return [name, { ok: false, error: error instanceof Error ? error.message : String(error) }];
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  const results = Object.fromEntries(entries);
  return { service, status: entries.every(([, r]) => r.ok) ? 'ok' : 'unavailable', checks: results };
}

/**
 * The HTTP server of a service. `GET /health` answers 200 when every check passes and 503
 * otherwise; later routes (the GraphQL subgraph) are added through `routes`.
 */
export async function startHttpServer(options: {
  service: string;
  host: string;
  port: number;
  checks: Record<string, HealthCheck>;
  routes?: RouteHandler[];
}): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const server = createServer(async (request, response) => {
    try {
      if (request.method === 'GET' && (request.url === '/health' || request.url === '/health/')) {
        const report = await runChecks(options.service, options.checks);
        sendJson(response, report.status === 'ok' ? 200 : 503, report);
        return;
      }
      for (const route of options.routes ?? []) {
        if (await route(request, response)) return;
      }
      sendJson(response, 404, { error: 'not_found', message: { vi: 'Không tìm thấy đường dẫn', en: 'No such path' } });
    } catch {
      // Details go to the log, never to the caller.
      if (!response.headersSent) sendJson(response, 500, { error: 'internal', message: { vi: 'Lỗi hệ thống', en: 'Internal error' } });
    }
  });
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload), 'cache-control': 'no-store' });
  response.end(payload);
}

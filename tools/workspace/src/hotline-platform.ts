import type { IncomingMessage } from 'node:http';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { deadlineService } from '@hotline/deadline-graphql';
import { intakeService } from '@hotline/intake-graphql';
import { loadConfig } from '@hotline/platform-config';
import type { Authenticator, RequestActor } from '@hotline/platform-graphql';
import { routingService } from '@hotline/routing-graphql';
import { sessionService } from '@hotline/session-graphql';
import { createLogger, platformServices, startAllInOne, type AllInOne, type RunningService } from '@hotline/platform-runtime';
import type { SqlClient } from '@hotline/platform-sql';
import { PgSqlClient } from '@hotline/platform-sql/pg';
import { uniqueName } from '@hotline/platform-testing';
import { matrixCallers } from './matrix-callers';

/**
 * Stands in for the identity provider (issue 4) in end-to-end tests: the `x-test-officer`
 * header names one of these fixture callers.
 */
export const TEST_CALLERS: Record<string, RequestActor> = {
  'operator-hanoi': { kind: 'officer', id: 'op-hn', role: 'operator', unitCode: 'P01' },
  'handler-hanoi': { kind: 'officer', id: 'hd-hn', role: 'handler', unitCode: 'P01' },
  'head-hanoi': { kind: 'officer', id: 'head-hn', role: 'unit_head', unitCode: 'P01' },
  'admin-hanoi': { kind: 'officer', id: 'adm-hn', role: 'provincial_admin', unitCode: 'P01' },
  'handler-hoan-kiem': { kind: 'officer', id: 'hd-hk', role: 'handler', unitCode: 'C00070' },
  'handler-ministry': { kind: 'officer', id: 'hd-bt', role: 'handler', unitCode: 'BTNMT' },
  'admin-ministry': { kind: 'officer', id: 'adm-bt', role: 'ministry_admin', unitCode: 'BTNMT' },
  'operator-danang': { kind: 'officer', id: 'op-dn', role: 'operator', unitCode: 'P48' },
  // The authorization matrix's callers: every role at the ministry, Hà Nội, a ward of it and Đà Nẵng, `<role>@<unit>`;
  // a misconfigured ministry administrator at Hà Nội; an API client with every scope (`integrator`) and one with none.
  ...matrixCallers(),
};

export const testAuthenticator: Authenticator = {
  authenticate: async (request: IncomingMessage) => TEST_CALLERS[String(request.headers['x-test-officer'])] ?? { kind: 'anonymous' },
};

export interface HotlinePlatform {
  services: RunningService[];
  url(service: string): string;
  /** Rows of every table the services own, by `schema.table`: what "nothing written" is checked against. */
  census(): Promise<Record<string, number>>;
  /** The platform's database, for what an administrator does with a tool (issuing an Open311 key). */
  sql(): SqlClient;
  /** The port intake's SMTP listener took (SMTP_PORT=0 picks a free one). */
  smtpPort(): Promise<number>;
  stop(): Promise<void>;
}

const SERVICE_SCHEMAS = platformServices.flatMap((s) => [s.name, `${s.name}_events`]);

/** Where the platform runs: the embedded adapters, or a real PostgreSQL and Kafka. */
export type PlatformSetting = { kind: 'embedded' } | { kind: 'servers'; databaseUrl: string; kafkaBrokers: string };

/**
 * The intake, routing, deadline and session services in one host, as `npm start` composes them,
 * on the adapters asked for. On real servers the run gets a database and a Kafka namespace of its own,
 * so it starts from nothing and reads no earlier run's messages.
 */
export async function startHotlinePlatform(setting: PlatformSetting, options: { clock?: () => Date; env?: Record<string, string> } = {}): Promise<HotlinePlatform> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hotline-e2e-'));
  const ports = Object.fromEntries(platformServices.map((s) => [s.portVariable, '0']));
  let env: Record<string, string> = { DATA_DIR: dataDir, ...ports, SMTP_PORT: '0' };
  let dropDatabase = async () => undefined;
  let runDatabaseUrl: string | undefined;
  if (setting.kind === 'servers') {
    const database = uniqueName('e2e').replace(/[^a-z0-9_]/gi, '_').toLowerCase();
    await onServer(setting.databaseUrl, `create database ${database}`);
    const url = new URL(setting.databaseUrl);
    url.pathname = `/${database}`;
    env = {
      ...env,
      SQL_ADAPTER: 'postgres',
      EVENT_STORE_ADAPTER: 'postgres',
      DATABASE_URL: url.toString(),
      EVENT_BUS_ADAPTER: 'kafka',
      KAFKA_BROKERS: setting.kafkaBrokers,
      KAFKA_NAMESPACE: database,
      IDENTITY_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    };
    dropDatabase = () => onServer(setting.databaseUrl, `drop database if exists ${database} with (force)`);
    runDatabaseUrl = url.toString();
  }
  const config = loadConfig({ ...env, ...options.env });
  const withFeatures = new Map([intakeService(testAuthenticator), routingService(testAuthenticator), deadlineService(testAuthenticator), sessionService(testAuthenticator)].map((s) => [s.name, s]));
  let platform: AllInOne;
  try {
    platform = await startAllInOne(platformServices.map((s) => withFeatures.get(s.name) ?? s), config, createLogger('error'), { clock: options.clock });
  } catch (error) {
    await dropDatabase();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const urls = new Map(platform.services.map((s) => [s.name, s.url]));
  const census = async () => {
    const run = async (query: <R>(text: string) => Promise<R[]>) => {
      const tables = await query<{ name: string }>(
        `select table_schema || '.' || table_name as name from information_schema.tables
          where table_type = 'BASE TABLE' and table_schema in (${SERVICE_SCHEMAS.map((s) => `'${s}'`).join(', ')}) order by 1`,
      );
      const counts: Record<string, number> = {};
      for (const { name } of tables) counts[name] = Number((await query<{ n: number }>(`select count(*)::int as n from ${name}`))[0].n);
      return counts;
    };
    if (platform.sharedSql) return run((text) => platform.sharedSql!.query(text));
    const client = new Client({ connectionString: runDatabaseUrl });
    await client.connect();
    try {
      return await run(async (text) => (await client.query(text)).rows);
    } finally {
      await client.end();
    }
  };
  const serverSql = runDatabaseUrl ? new PgSqlClient({ connectionString: runDatabaseUrl, maxConnections: 2 }) : undefined;
  return {
    services: platform.services,
    url: (service) => urls.get(service)!,
    census,
    sql: () => platform.sharedSql ?? serverSql!,
    smtpPort: async () => {
      const health = (await (await fetch(`${urls.get('intake')}/health`)).json()) as { checks: { mail?: { detail?: { port?: number } } } };
      const port = health.checks.mail?.detail?.port;
      if (!port) throw new Error('the intake service reports no mail listener');
      return port;
    },
    stop: async () => {
      try {
        await serverSql?.close();
        await platform.stop();
      } finally {
        await dropDatabase();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

async function onServer(databaseUrl: string, statement: string): Promise<undefined> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
  return undefined;
}

export interface GraphqlAnswer {
  data?: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  errors?: { message: string; extensions?: Record<string, any> }[]; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A GraphQL call to one service's subgraph, as the caller named (or anonymously). */
export async function graphql(platform: HotlinePlatform, service: string, query: string, variables: Record<string, unknown> = {}, caller?: string): Promise<GraphqlAnswer> {
  const response = await fetch(`${platform.url(service)}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(caller ? { 'x-test-officer': caller } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphqlAnswer;
}

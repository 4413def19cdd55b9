import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { deadlineService } from '@hotline/deadline-graphql';
import { intakeService } from '@hotline/intake-graphql';
import { loadConfig } from '@hotline/platform-config';
import type { Authenticator, RequestActor } from '@hotline/platform-graphql';
import { routingService } from '@hotline/routing-graphql';
import { createLogger, platformServices, startAllInOne } from '@hotline/platform-runtime';
import type { Candidate, Subject } from './bench-run';
import { announce } from './progress';
import type { BenchSettings } from './settings';

/** The platform under measurement: the intake, routing and deadline services, and their URLs. */
export interface PipelineSubject extends Subject {
  name: string;
  graphqlUrl(service: 'intake' | 'routing' | 'deadline'): string;
}

/**
 * Stands in for the identity provider, for the benchmark only: the header names the operator
 * who classifies and the handler who reads the deadlines, both of Hà Nội (P01).
 */
export const BENCH_OFFICER_HEADER = 'x-bench-officer';
const officers: Record<string, RequestActor> = {
  operator: { kind: 'officer', id: 'bench-operator', role: 'operator', unitCode: 'P01' },
  handler: { kind: 'officer', id: 'bench-handler', role: 'handler', unitCode: 'P01' },
};
const benchAuthenticator: Authenticator = {
  authenticate: async (request) => officers[String(request.headers[BENCH_OFFICER_HEADER])] ?? { kind: 'anonymous' },
};

export function pipelineCandidates(settings: BenchSettings): Candidate<PipelineSubject>[] {
  const { databaseUrl, kafkaBrokers } = settings;
  return [
    { name: 'embedded (PGlite + in-process bus)', open: () => openEmbedded() },
    databaseUrl && kafkaBrokers?.length
      ? { name: 'PostgreSQL + Kafka', open: () => openOnServers(databaseUrl, kafkaBrokers, settings.runId) }
      : { name: 'PostgreSQL + Kafka', skipped: 'needs both a database URL (BENCH_/TEST_DATABASE_URL) and Kafka brokers (BENCH_/TEST_KAFKA_BROKERS)' },
  ];
}

async function openEmbedded(): Promise<PipelineSubject> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hotline-bench-'));
  return start('embedded (PGlite + in-process bus)', { DATA_DIR: dataDir }, async () => rmSync(dataDir, { recursive: true, force: true }));
}

/**
 * A database of its own and a Kafka namespace of its own per run, so the services start from
 * nothing and no earlier run's messages are consumed; both are removed afterwards.
 */
async function openOnServers(databaseUrl: string, brokers: string[], runId: string): Promise<PipelineSubject> {
  const admin = new Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`create database ${runId}`);
  await admin.end();
  const url = new URL(databaseUrl);
  url.pathname = `/${runId}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hotline-bench-'));
  const cleanUp = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    const dropper = new Client({ connectionString: databaseUrl });
    await dropper.connect();
    await dropper.query(`drop database if exists ${runId} with (force)`).catch((error: Error) => announce(`warning: could not drop database ${runId}: ${error.message}`));
    await dropper.end();
  };
  return start(
    'PostgreSQL + Kafka',
    {
      DATA_DIR: dataDir,
      SQL_ADAPTER: 'postgres',
      EVENT_STORE_ADAPTER: 'postgres',
      DATABASE_URL: url.toString(),
      EVENT_BUS_ADAPTER: 'kafka',
      KAFKA_BROKERS: brokers.join(','),
      KAFKA_NAMESPACE: runId,
      IDENTITY_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    },
    cleanUp,
  );
}

async function start(name: string, env: Record<string, string>, cleanUp: () => Promise<void>): Promise<PipelineSubject> {
  const ports = Object.fromEntries(platformServices.map((s) => [s.portVariable, '0']));
  const config = loadConfig({ ...ports, SMTP_PORT: '0', ...env });
  const withFeatures = new Map([intakeService(benchAuthenticator), routingService(benchAuthenticator), deadlineService(benchAuthenticator)].map((s) => [s.name, s]));
  const platform = await startAllInOne(
    platformServices.map((s) => withFeatures.get(s.name) ?? s),
    config,
    createLogger('error'),
  ).catch(async (error: unknown) => {
    await cleanUp();
    throw error;
  });
  const urls = new Map(platform.services.map((s) => [s.name, `${s.url}/graphql`]));
  return {
    name,
    graphqlUrl: (service) => urls.get(service)!,
    dispose: async () => {
      try {
        await platform.stop();
      } finally {
        await cleanUp();
      }
    },
  };
}

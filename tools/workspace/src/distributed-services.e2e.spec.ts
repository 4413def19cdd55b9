import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { describeWithServer, lookupServer, uniqueName } from '@hotline/platform-testing';

const root = path.resolve(__dirname, '../../..');
const services = ['intake', 'routing', 'deadline', 'session', 'reporting'];

// The services run from their production bundles (reference data is bundled in as text).
beforeAll(() => {
  execFileSync(process.execPath, ['tools/build/bundle.mjs', ...services.map((s) => `${s}-service`)], { cwd: root, stdio: 'pipe' });
}, 120_000);

/** Runs dist/apps/<service>-service/main.js in its own process, as the distributed mode does. */
function runService(service: string, env: Record<string, string>): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [`dist/apps/${service}-service/main.js`], { cwd: root, env: { ...process.env, ...env } });
}

function exitOf(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

describe('a service as its own process', () => {
  it('refuses the in-process bus, naming the variable, and exits with code 2', async () => {
    const { code, stderr } = await exitOf(runService('intake', { EVENT_BUS_ADAPTER: 'in-process' }));
    expect(code).toBe(2);
    expect(stderr).toMatch(/EVENT_BUS_ADAPTER: in-process only connects services inside one process/);
  });

  it('refuses a bad value with an error that names the variable', async () => {
    const { code, stderr } = await exitOf(runService('routing', { EVENT_BUS_ADAPTER: 'kafka', KAFKA_BROKERS: 'no-port', ROUTING_PORT: '99999' }));
    expect(code).toBe(2);
    expect(stderr).toMatch(/KAFKA_BROKERS: must be host:port/);
    expect(stderr).toMatch(/ROUTING_PORT: /);
  });
});

describeWithServer('the five services as separate processes on PostgreSQL + Kafka', 'postgres', (databaseUrl) => {
  const kafka = lookupServer('kafka');
  const run = kafka.available ? it : it.skip;
  const schemaSuffix = uniqueName('dist');

  run(`each answers /health${kafka.available ? '' : ` (SKIPPED: ${(kafka as { reason: string }).reason})`}`, async () => {
    const children = services.map((service) =>
      runService(service, {
        SQL_ADAPTER: 'postgres',
        EVENT_STORE_ADAPTER: 'postgres',
        DATABASE_URL: databaseUrl,
        EVENT_BUS_ADAPTER: 'kafka',
        KAFKA_BROKERS: kafka.available ? kafka.url : '',
        KAFKA_CLIENT_ID: schemaSuffix,
        IDENTITY_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
        // Where the services would fetch the gateway's public keys; fetched only when a token arrives.
        AUTH_JWKS_URL: 'http://127.0.0.1:4100/auth/jwks.json',
        [`${service.toUpperCase()}_PORT`]: '0',
        SMTP_PORT: '0',
      }),
    );
    try {
      const urls = await Promise.all(
        children.map(
          (child, i) =>
            new Promise<string>((resolve, reject) => {
              let stderr = '';
              child.on('exit', (code) => reject(new Error(`${services[i]} exited with ${code}: ${stderr}`)));
              child.stderr.on('data', (d) => {
                stderr += String(d);
                const started = /"message":"service started","url":"([^"]+)"/.exec(stderr);
                if (started) resolve(started[1]);
              });
            }),
        ),
      );
      for (const [i, url] of urls.entries()) {
        const response = await fetch(`${url}/health`);
        const report = await response.json();
        expect({ status: response.status, report }).toMatchObject({
          status: 200,
          report: { service: services[i], status: 'ok', checks: { eventStore: { detail: { adapter: 'PostgreSQL' } }, eventBus: { detail: { adapter: 'Kafka' } } } },
        });
      }
      const exits = children.map((child) => new Promise((resolve) => child.once('exit', resolve)));
      children.forEach((child) => child.kill('SIGTERM'));
      expect(await Promise.all(exits)).toEqual([0, 0, 0, 0, 0]);
    } finally {
      children.forEach((child) => child.exitCode === null && child.kill('SIGKILL'));
    }
  }, 120_000);
});

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const services = ['intake', 'routing', 'deadline', 'session', 'reporting'];

/** Runs `npm start`'s script on its own ports and data directory; resolves with the printed health URLs. */
function startPlatform(dataDir: string): Promise<{ child: ChildProcessWithoutNullStreams; urls: Map<string, string>; gateway: string; output: () => string }> {
  const ports = Object.fromEntries([...services.map((s) => s.toUpperCase())].map((name) => [`${name}_PORT`, '0']));
  const child = spawn(process.execPath, ['tools/start/start.mjs'], { cwd: root, env: { ...process.env, ...ports, SMTP_PORT: '0', GATEWAY_PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn' } });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  return new Promise((resolve, reject) => {
    let ready = false;
    child.on('exit', (code) => ready || reject(new Error(`exited with ${code} before it was ready:\n${stdout}\n${stderr}`)));
    child.stdout.on('data', (d) => {
      stdout += String(d);
      if (ready || !stdout.includes('Ctrl-C')) return;
      ready = true;
      const urls = new Map([...stdout.matchAll(/^\s+(\w+)\s+(http:\/\/\S+)\/health$/gm)].map((m) => [m[1], m[2]]));
      const gateway = /GraphQL \(gateway\) (http:\/\/\S+)$/m.exec(stdout)?.[1] ?? '';
      resolve({ child, urls, gateway, output: () => stdout });
    });
  });
}

describe('npm start (all-in-one host on embedded defaults)', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hotline-e2e-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('answers /health for every service, takes a report through the public API of the federated gateway, stops cleanly on Ctrl-C, and starts again on the same data (the first administrator bootstrapped once; run 1’s token still valid)', async () => {
    let firstRunToken = '';
    for (let run = 1; run <= 2; run++) {
      const { child, urls, gateway, output } = await startPlatform(dataDir);
      expect(gateway).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
      expect([...urls.keys()]).toEqual(services);
      for (const [service, url] of urls) {
        const response = await fetch(`${url}/health`);
        const report = await response.json();
        expect({ service, status: response.status }).toEqual({ service, status: 200 });
        expect(report).toMatchObject({ service, status: 'ok', checks: { database: { ok: true }, eventStore: { ok: true }, eventBus: { ok: true } } });
      }
      const submitted = await fetch(gateway, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation ($input: ReportInput!) { submitReport(input: $input) { ok trackingCode errors { field } } }',
          variables: { input: { location: { address: 'Phường Ba Đình, Hà Nội' }, pollutionType: 'noise', nature: 'continuous', description: `Tiếng ồn ban đêm, lần chạy ${run}` } },
        }),
      });
      expect(await submitted.json()).toMatchObject({ data: { submitReport: { ok: true, errors: [] } } });

      // First run: no administrator, so the banner names the one-time bootstrap code's file; the
      // second run has none to offer, and the signing key kept under DATA_DIR still verifies run 1's token.
      const origin = gateway.replace(/\/graphql$/, '');
      const bootstrapFile = /^\s+(\/\S+bootstrap-code\.txt)$/m.exec(output())?.[1];
      const signIn = () => fetch(`${origin}/auth/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'password', username: 'quantri.bo', password: 'Mật khẩu quản trị đủ dài' }) });
      if (run === 1) {
        expect(bootstrapFile).toBe(path.join(dataDir, 'secrets', 'bootstrap-code.txt'));
        const code = readFileSync(bootstrapFile!, 'utf8').trim().split('\n').pop();
        const created = await fetch(`${origin}/auth/bootstrap`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, username: 'quantri.bo', password: 'Mật khẩu quản trị đủ dài' }) });
        expect(created.status).toBe(201);
        firstRunToken = ((await (await signIn()).json()) as { access_token: string }).access_token;
      } else {
        expect(bootstrapFile).toBeUndefined();
        expect((await signIn()).status).toBe(200);
        const inbox = await fetch(gateway, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${firstRunToken}` }, body: JSON.stringify({ query: '{ inbox { items { id } } }' }) });
        expect(await inbox.json()).toMatchObject({ data: { inbox: { items: expect.any(Array) } } });
      }
      const exitCode = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.kill('SIGINT');
      expect(await exitCode).toBe(0);
      expect(output()).toContain('stopped cleanly');
    }
  }, 120_000);
});

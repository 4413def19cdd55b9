import { createHash } from 'node:crypto';
import { Open311Clients } from '@hotline/intake-open311';
import { PGliteSqlClient } from '@hotline/platform-sql/pglite';
import { runOpen311KeysCommand } from './open311-keys-command';

describe('open311-keys tool (PGlite)', () => {
  let sql: PGliteSqlClient;
  let clients: Open311Clients;
  const run = async (...args: string[]) => {
    const lines: string[] = [];
    const code = await runOpen311KeysCommand(args, clients, (line) => lines.push(line));
    return { code, lines };
  };

  beforeAll(async () => {
    sql = await PGliteSqlClient.open();
    clients = new Open311Clients(sql);
    await clients.migrate();
  });
  afterAll(() => sql.close());

  it('issues a key shown once and stores only its SHA-256', async () => {
    const { code, lines } = await run('issue', 'Ứng dụng', 'Phản ánh Hà Nội');
    expect(code).toBe(0);
    const apiKey = lines[2];
    expect(apiKey).toMatch(/^o311_[A-Za-z0-9_-]{43}$/);
    expect(await clients.identify(apiKey)).toMatchObject({ name: 'Ứng dụng Phản ánh Hà Nội', revokedAt: null });
    const stored = JSON.stringify(await sql.query('select * from intake.open311_clients'));
    expect(stored).not.toContain(apiKey);
    expect(stored).toContain(createHash('sha256').update(apiKey).digest('hex'));
  });

  it('lists and revokes keys; a revoked key opens nothing', async () => {
    const issued = await clients.issue('Ứng dụng cũ');
    expect((await run('revoke', issued.client.clientId)).code).toBe(0);
    expect(await clients.identify(issued.apiKey)).toBeNull();
    expect((await run('revoke', issued.client.clientId)).code).toBe(1);
    const { lines } = await run('list');
    expect(lines.find((l) => l.startsWith(issued.client.clientId))).toMatch(/\trevoked /);
  });

  it('explains its usage', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('issue')).code).toBe(2);
    expect((await run('delete-everything')).lines.join('\n')).toContain('usage');
  });
});

import path from 'node:path';
import { ESLint } from 'eslint';
import { createProjectGraphAsync } from '@nx/devkit';

// Proves the Nx tags are enforced: each snippet is linted as if it were a file in the given
// project, exactly as `nx run-many -t lint` would lint it.
const root = path.resolve(__dirname, '../../..');

async function lintAs(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

describe('module boundaries (Nx tags)', () => {
  beforeAll(async () => {
    process.env['NX_DAEMON'] = 'false';
    // The lint rule reads the cached project graph; build it as `nx lint` would.
    await createProjectGraphAsync({ exitOnError: false });
  }, 120_000);

  it('forbids I/O libraries in the event catalogue (pure contracts)', async () => {
    const messages = await lintAs('libs/contracts/events/src/probe.ts', `import pg from 'pg';\nexport const probe = pg;\n`);
    expect(messages.join('\n')).toMatch(/pg/);
  });

  it('forbids circular dependencies between libraries', async () => {
    const messages = await lintAs('libs/platform/sql/src/probe.ts', `import { runServiceProcess } from '@hotline/platform-runtime';\nexport const probe = runServiceProcess;\n`);
    expect(messages.join('\n')).toMatch(/[Cc]ircular dependency/);
  });

  it('forbids a library from reaching into an application', async () => {
    const toApp = await lintAs('libs/platform/sql/src/probe.ts', `import { banner } from '../../../../apps/all-in-one/src/banner';\nexport const probe = banner;\n`);
    expect(toApp.length).toBeGreaterThan(0);
  });

  it('forbids a lower layer from importing a higher one', async () => {
    const messages = await lintAs('libs/contracts/events/src/probe.ts', `import { PgSqlClient } from '@hotline/platform-sql/pg';\nexport const probe = PgSqlClient;\n`);
    expect(messages.join('\n')).toMatch(/tagged with "type:contracts" can only depend on libs tagged with "type:contracts"/);
  });

  it('lets an app compose the platform', async () => {
    expect(await lintAs('apps/intake-service/src/probe.ts', `import { runServiceProcess } from '@hotline/platform-runtime';\nexport const probe = runServiceProcess;\n`)).toEqual([]);
  });
});

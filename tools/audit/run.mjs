// Runs the auditors' tool from an esbuild bundle, as the services run (the routing domain's
// reference data is bundled text).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEntry } from '../build/bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outfile = await bundleEntry(path.join(root, 'tools/audit/src/main.ts'), path.join(root, 'dist/tools/audit/main.js'));
const run = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...process.argv.slice(2)], { stdio: 'inherit', cwd: process.cwd() });
process.exit(run.status ?? 1);

// Runs the benchmarks from an esbuild bundle: the pipeline benchmark starts the real services,
// whose reference data (CSV) only loads as bundled text.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEntry } from '../build/bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outfile = await bundleEntry(path.join(root, 'tools/bench/src/main.ts'), path.join(root, 'dist/tools/bench/main.js'));
const run = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(run.status ?? 1);

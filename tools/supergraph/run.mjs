// Composes the supergraph from the subgraphs' type definitions. Bundled first with esbuild: the
// subgraph libraries pull in reference data (CSV), which only loads as bundled text.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEntry } from '../build/bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outfile = await bundleEntry(path.join(root, 'tools/supergraph/src/main.ts'), path.join(root, 'dist/tools/supergraph/main.js'));
const run = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(run.status ?? 1);

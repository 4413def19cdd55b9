// Bundles an app's TypeScript into dist/apps/<app>/main.js with esbuild. Workspace libraries
// (tsconfig paths) are bundled in; npm packages stay external and load from node_modules.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function bundleApp(app) {
  const outfile = path.join(root, 'dist/apps', app, 'main.js');
  await build({
    entryPoints: [path.join(root, 'apps', app, 'src/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    tsconfig: path.join(root, 'tsconfig.base.json'),
    sourcemap: true,
    // Reference data (CSV) ships inside the bundle as text.
    loader: { '.csv': 'text' },
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const apps = process.argv.slice(2);
  if (apps.length === 0) {
    console.error('usage: node tools/build/bundle.mjs <app> [<app>...]');
    process.exit(2);
  }
  for (const app of apps) console.log(`built ${path.relative(root, await bundleApp(app))}`);
}

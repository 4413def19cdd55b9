// Bundles an app's TypeScript into dist/apps/<app>/main.js with esbuild. Workspace libraries
// (tsconfig paths) are bundled in; npm packages stay external and load from node_modules.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function bundleApp(app) {
  return bundleEntry(path.join(root, 'apps', app, 'src/main.ts'), path.join(root, 'dist/apps', app, 'main.js'));
}

/** Any TypeScript entry point (an app, a tool such as the benchmarks) bundled the same way. */
export async function bundleEntry(entry, outfile) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    tsconfig: path.join(root, 'tsconfig.base.json'),
    sourcemap: true,
    // Reference data (CSV) and the composed supergraph ship inside the bundle as text.
    loader: { '.csv': 'text', '.graphql': 'text' },
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

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeSupergraph, CompositionFailed } from './compose-supergraph';
import { HOTLINE_SUBGRAPHS } from './hotline-subgraphs';

/**
 * `run.mjs` composes the supergraph and writes it where the gateway reads it;
 * `run.mjs --check` (the build, CI) fails if the subgraphs do not compose or the checked-in file
 * differs from what they compose to.
 */
const target = path.resolve(process.cwd(), 'libs/contracts/supergraph/src/supergraph.graphql');
const check = process.argv.includes('--check');
try {
  const composed = composeSupergraph(HOTLINE_SUBGRAPHS);
  const current = (() => {
    try {
      return readFileSync(target, 'utf8');
    } catch {
      return '';
    }
  })();
  if (check) {
    if (current !== composed) {
      process.stderr.write(`${path.relative(process.cwd(), target)} is out of date: run \`npm run compose\` and commit the result.\n`);
      process.exit(1);
    }
    process.stdout.write(`supergraph: ${HOTLINE_SUBGRAPHS.map((s) => s.name).join(', ')} compose, and the checked-in schema is current\n`);
  } else {
    writeFileSync(target, composed);
    process.stdout.write(`supergraph: wrote ${path.relative(process.cwd(), target)}${current === composed ? ' (unchanged)' : ''}\n`);
  }
} catch (error) {
  process.stderr.write(`${error instanceof CompositionFailed ? error.message : String(error)}\n`);
  process.exit(1);
}

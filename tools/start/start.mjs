// `npm start`: builds the all-in-one host and runs it in this process, on embedded defaults
// unless environment variables say otherwise (README, "Configuration").
import { createRequire } from 'node:module';
import { bundleApp } from '../build/bundle.mjs';

const outfile = await bundleApp('all-in-one');
createRequire(import.meta.url)(outfile);

import nx from '@nx/eslint-plugin';

// Libraries that touch the network, the disk or the clock of another process. Domain and
// contract code must stay pure (decide/evolve), so these are banned there.
const ioModules = [
  'pg', 'kafkajs', '@electric-sql/*', '@eventstore/*', '@apollo/*', 'graphql', 'esbuild',
  'node:fs', 'node:fs/*', 'fs', 'fs/*', 'node:http', 'http', 'node:https', 'https', 'node:net', 'net',
  'node:child_process', 'child_process', 'node:dgram', 'dgram', 'node:worker_threads',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', 'tmp', 'data', '.nx', 'coverage'] },
  boundaries(['**/*.ts'], []),
  // Tests may also use the testing library (given/when/then, real-server lookup).
  boundaries(['**/*.spec.ts'], ['type:testing']),
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Where `!` appears, a zod refinement or a preceding check has established the value.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Jest and build configs are CommonJS by nature.
    files: ['**/jest.config.js', 'jest.preset.js', 'tools/build/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];

function boundaries(files, alsoForTheseFiles) {
  const allow = (tags) => [...tags, ...alsoForTheseFiles];
  return {
    files,
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          banTransitiveDependencies: false,
          depConstraints: [
            // Layers.
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: allow(['type:contracts']), bannedExternalImports: ioModules },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: allow(['type:domain', 'type:contracts', 'type:data']), bannedExternalImports: ioModules },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: allow([]), bannedExternalImports: ioModules },
            { sourceTag: 'type:application', onlyDependOnLibsWithTags: allow(['type:application', 'type:domain', 'type:contracts', 'type:platform', 'type:data']) },
            { sourceTag: 'type:graphql', onlyDependOnLibsWithTags: allow(['type:application', 'type:domain', 'type:contracts', 'type:platform', 'type:data']) },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: allow(['type:platform', 'type:contracts', 'type:testing']) },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: allow(['type:contracts']) },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: allow(['type:application', 'type:graphql', 'type:domain', 'type:contracts', 'type:platform', 'type:data']) },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: allow(['type:application', 'type:graphql', 'type:domain', 'type:contracts', 'type:platform', 'type:testing', 'type:data']) },
            // Bounded contexts talk only through the event catalogue and the GraphQL schema.
            { sourceTag: 'scope:intake', onlyDependOnLibsWithTags: allow(['scope:intake', 'scope:shared']) },
            { sourceTag: 'scope:routing', onlyDependOnLibsWithTags: allow(['scope:routing', 'scope:shared']) },
            { sourceTag: 'scope:deadline', onlyDependOnLibsWithTags: allow(['scope:deadline', 'scope:shared']) },
            { sourceTag: 'scope:session', onlyDependOnLibsWithTags: allow(['scope:session', 'scope:shared']) },
            { sourceTag: 'scope:reporting', onlyDependOnLibsWithTags: allow(['scope:reporting', 'scope:shared']) },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: allow(['scope:shared']) },
          ],
        },
      ],
    },
  };
}

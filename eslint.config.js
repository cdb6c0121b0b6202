import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Lint as architecture (STYLE.md): module boundaries by scope and type tags, no floating
 * promises, Prisma only in data-access and platform, React never on the server.
 */
const dep = (sourceTag, onlyDependOnLibsWithTags) => ({ sourceTag, onlyDependOnLibsWithTags });

/** The allowed dependencies; specs may also use the testing library (databases, factories). */
function depConstraints(forSpecs) {
  const constraints = [
    dep('scope:shared', ['scope:shared']),
    dep('scope:server', ['scope:server', 'scope:shared']),
    dep('scope:web', ['scope:web', 'scope:shared']),
    dep('scope:buyer', ['scope:buyer', 'scope:web', 'scope:shared']),
    dep('scope:seller', ['scope:seller', 'scope:web', 'scope:shared']),
    dep('scope:operator', ['scope:operator', 'scope:web', 'scope:shared']),
    dep('scope:e2e', ['scope:shared']),
    // build, test and seed tooling may reach any library
    dep('scope:tools', ['*']),
    dep('type:util', ['type:util']),
    dep('type:contracts', ['type:contracts', 'type:util']),
    dep('type:domain', ['type:domain', 'type:contracts', 'type:util']),
    dep('type:platform', ['type:platform', 'type:contracts', 'type:util']),
    dep('type:data-access', [
      'type:domain',
      'type:platform',
      'type:contracts',
      'type:util',
      'type:data-access',
    ]),
    // a feature never imports another feature: it goes through a flow or an event
    dep('type:feature', [
      'type:domain',
      'type:data-access',
      'type:platform',
      'type:contracts',
      'type:util',
      'type:ui',
    ]),
    dep('type:flow', [
      'type:feature',
      'type:domain',
      'type:data-access',
      'type:platform',
      'type:contracts',
      'type:util',
    ]),
    dep('type:ui', ['type:ui', 'type:data-access', 'type:util', 'type:contracts']),
    dep('type:testing', [
      'type:platform',
      'type:data-access',
      'type:domain',
      'type:contracts',
      'type:util',
      'type:testing',
    ]),
    dep('type:tool', [
      'type:platform',
      'type:data-access',
      'type:domain',
      'type:contracts',
      'type:util',
      'type:testing',
      'type:tool',
    ]),
    dep('type:app', [
      'type:feature',
      'type:flow',
      'type:platform',
      'type:ui',
      'type:data-access',
      'type:domain',
      'type:contracts',
      'type:util',
      'type:testing',
    ]),
    dep('type:e2e', ['type:contracts', 'type:util']),
  ];
  if (!forSpecs) return constraints;
  return constraints.map((c) =>
    c.sourceTag.startsWith('type:') && !c.onlyDependOnLibsWithTags.includes('*')
      ? { ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, 'type:testing'] }
      : c,
  );
}

const boundaries = (forSpecs) => [
  'error',
  {
    enforceBuildableLibDependency: true,
    allow: [],
    banTransitiveDependencies: false,
    depConstraints: depConstraints(forSpecs),
  },
];

export default [
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/tmp',
      '**/.nx',
      '**/generated',
      '**/test-results',
      '**/playwright-report',
      '**/files/**',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {
        // The generators compile as CommonJS (Nx loads them with require); their ESM test config is linted on its own.
        projectService: { allowDefaultProject: ['tools/generators/vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/consistent-type-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    // build and test configuration files share tools/vite and tools/vitest by path
    ignores: ['**/vite.config.ts', '**/vitest.config.ts', '**/playwright.config.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries(false),
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries(true) },
  },
  {
    // Pure rules: no framework, no database, no queue, no React.
    files: ['libs/server/*/domain/**/*.ts', 'libs/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', '@prisma/*', 'bullmq', 'ioredis', 'react', 'react-dom', 'pg'],
              message: 'Domain and shared code stay pure TypeScript.',
            },
          ],
        },
      ],
    },
  },
  {
    // Prisma only where data lives.
    files: [
      'libs/server/*/feature/**/*.ts',
      'libs/server/flows/**/*.ts',
      'apps/api/**/*.ts',
      'apps/worker/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@prisma/*', '**/generated/prisma/**'],
              message: 'Only data-access libraries and the platform talk to Prisma.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/server/**/*.ts', 'apps/api/**/*.ts', 'apps/worker/**/*.ts'],
    ignores: ['libs/server/*/feature/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', 'react/*'], message: 'React never on the server.' }] },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs', 'eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
];

import { defineConfig, type ViteUserConfig } from 'vitest/config';

/**
 * One Vitest configuration shape for every project, so that `nx test <project>` and the
 * root `vitest run` (which lists all projects) behave the same.
 *
 * - `node` projects run `*.spec.ts` (pure) and `*.int-spec.ts` (real PostgreSQL/Redis).
 *   Integration suites create their own database from a migrated template that the global
 *   setup (libs/server/testing/src/global-setup.ts) prepares once per run.
 * - `jsdom` projects run component tests.
 */
export function defineProject(
  dirname: string,
  name: string,
  environment: 'node' | 'jsdom',
  options: { database?: boolean } = {},
): ViteUserConfig {
  const server = environment === 'node';
  return defineConfig({
    root: dirname,
    resolve: { tsconfigPaths: true },
    test: {
      name,
      environment,
      include: server
        ? ['src/**/*.spec.ts', 'src/**/*.int-spec.ts', 'src/**/*.e2e-spec.ts']
        : ['src/**/*.spec.ts', 'src/**/*.spec.tsx'],
      globalSetup: options.database
        ? [new URL('../../libs/server/testing/src/global-setup.ts', import.meta.url).pathname]
        : [],
      setupFiles: server ? [] : [new URL('./jsdom-setup.ts', import.meta.url).pathname],
      // A closed port: a component that fetches cannot reach a real server by accident.
      environmentOptions: { jsdom: { url: 'http://127.0.0.1:9/' } },
      testTimeout: 30_000,
      hookTimeout: 60_000,
      passWithNoTests: false,
      // Integration suites each create their own database; two cores, so two forks.
      maxWorkers: 2,
    },
  });
}

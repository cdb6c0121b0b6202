import { defineConfig } from 'vitest/config';

/** `vitest run` at the root runs every project's unit, integration and HTTP tests in one go. */
export default defineConfig({
  test: {
    projects: ['apps/*/vitest.config.ts', 'libs/**/vitest.config.ts', 'tools/*/vitest.config.ts'],
  },
});

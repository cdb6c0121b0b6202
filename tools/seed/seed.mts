/**
 * Seeds the Tradeway demo: `npx tsx tools/seed/seed.mts` (or `npm run db:seed`, `nx run tools-seed:seed`).
 * Writes only to the database named in DATABASE_URL (default: the local `tradeway`), and
 * can be run any number of times: a second run changes nothing. See src/seed.ts.
 *
 * The workspace has no root tsconfig.json, so plain `tsx` resolves no `@tradeway/*` paths;
 * the seed is therefore loaded through tsx's API with this project's runtime tsconfig.
 */
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type * as Cli from './src/cli.ts';

const cli = (await tsImport('./src/cli.ts', {
  parentURL: import.meta.url,
  tsconfig: fileURLToPath(new URL('./tsconfig.runtime.json', import.meta.url)),
})) as typeof Cli;

const databaseUrl = process.env.DATABASE_URL || cli.DEFAULT_DATABASE_URL;
process.exitCode = await cli.main(databaseUrl);

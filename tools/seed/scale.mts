/**
 * Seeds a marketplace at scale for benchmarks: `npm run db:seed:scale -- --skus 100000
 * --buyers 2000 --lists 500` (those are the defaults; `--help` for more). Writes only to the
 * database named in DATABASE_URL, which must be set, migrated, and hold no scale data yet.
 * See src/scale-data.ts. Loaded through tsx's API like seed.mts, for the `@tradeway/*` paths.
 */
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type * as Cli from './src/scale-cli.ts';

const cli = (await tsImport('./src/scale-cli.ts', {
  parentURL: import.meta.url,
  tsconfig: fileURLToPath(new URL('./tsconfig.runtime.json', import.meta.url)),
})) as typeof Cli;

process.exitCode = await cli.main(process.argv.slice(2), process.env.DATABASE_URL || undefined);

#!/usr/bin/env node
// Runs the Prisma CLI with this project's defaults: the database from DATABASE_URL (or the
// local default) and no attempt to download engines. Usage: node tools/scripts/prisma.mjs <args>
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { DEFAULT_DATABASE_URL } from './lib/env.mjs';

const require = createRequire(import.meta.url);
const cli = require.resolve('prisma/build/index.js');
const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
  PRISMA_SKIP_POSTINSTALL_GENERATE: '1',
};
const preload = require.resolve('../prisma/unref-engine-timers.cjs');
const r = spawnSync(process.execPath, ['--require', preload, cli, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
process.exit(r.status ?? 1);

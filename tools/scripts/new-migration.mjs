#!/usr/bin/env node
// Writes a new migration from the difference between the migration history and the schema,
// then applies it to the local database. Use instead of `prisma migrate dev`, whose
// data-loss check fails on the WebAssembly engine once a migration exists (see
// docs/decisions/0002-prisma-offline.md). Usage: npm run db:migration:new -- <name>
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const name = (process.argv[2] ?? '').replace(/[^a-z0-9_]/gi, '_').toLowerCase();
if (!name) {
  console.error('usage: npm run db:migration:new -- <name>');
  process.exit(2);
}
const prisma = (args, opts = {}) =>
  spawnSync(process.execPath, ['tools/scripts/prisma.mjs', ...args], { encoding: 'utf8', ...opts });

const diff = prisma([
  'migrate',
  'diff',
  '--from-migrations',
  'prisma/migrations',
  '--to-schema-datamodel',
  'prisma/schema',
  '--script',
]);
if (diff.status !== 0) {
  process.stderr.write(diff.stderr + diff.stdout);
  process.exit(diff.status ?? 1);
}
const sql = diff.stdout.replace(/^Loaded Prisma config.*\n/m, '').trim();
if (!sql || /This is an empty migration/.test(sql)) {
  console.log('The schema matches the migrations: nothing to write.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
const dir = path.join('prisma', 'migrations', `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'migration.sql'), sql + '\n');
console.log(`Wrote ${dir}/migration.sql`);
const deploy = prisma(['migrate', 'deploy'], { stdio: 'inherit' });
process.exit(deploy.status ?? 1);

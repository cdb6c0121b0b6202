/**
 * Vitest global setup for projects that talk to PostgreSQL: migrates one template database
 * per run with the real Prisma CLI (`migrate deploy`), hands its name to the suites, and drops
 * it at the end. Each suite then clones its own database from it in ~100 ms
 * (`createTestDatabase` in test-database.ts), so suites run side by side and never see
 * data of another suite or an earlier run.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

import type {} from './provided-context';

const root = path.resolve(import.meta.dirname, '../../../..');

export function adminUrlFrom(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  return url.toString();
}

export default async function setup(project: TestProject) {
  const baseUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/tradeway';
  const adminUrl = adminUrlFrom(baseUrl);
  const template = `tw_test_tpl_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  await admin.end();

  const templateUrl = new URL(baseUrl);
  templateUrl.pathname = `/${template}`;
  const migrate = spawnSync(process.execPath, ['tools/scripts/prisma.mjs', 'migrate', 'deploy'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: templateUrl.toString() },
    encoding: 'utf8',
  });
  if (migrate.status !== 0) {
    throw new Error(`migrate deploy into the test template failed:\n${migrate.stdout}\n${migrate.stderr}`);
  }

  project.provide('templateDatabase', template);
  project.provide('adminDatabaseUrl', adminUrl);
  project.provide('redisUrl', process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');

  return async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await c.end();
  };
}

import './provided-context';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createPrismaClient, type PrismaClient } from '@tradeway/server/platform';

export interface TestDatabase {
  /** Connection string of this suite's own database. */
  readonly url: string;
  readonly name: string;
  readonly prisma: PrismaClient;
  /** Disconnects and drops the database; call it in `afterAll`. */
  drop(): Promise<void>;
}

async function adminQuery(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/**
 * A fresh, migrated database for one suite, cloned from the run's template (see
 * libs/server/testing/src/global-setup.ts). It never touches a database it did not create.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = inject('templateDatabase');
  const name = `tw_test_${randomBytes(6).toString('hex')}`;
  // Two suites cloning the same template at the same instant can collide; retry briefly.
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      break;
    } catch (e) {
      if (attempt >= 10 || !String(e).includes('is being accessed by other users')) throw e;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
  const url = new URL(inject('adminDatabaseUrl'));
  url.pathname = `/${name}`;
  const prisma = createPrismaClient(url.toString(), { poolSize: 5 });
  return {
    url: url.toString(),
    name,
    prisma,
    async drop() {
      await prisma.$disconnect();
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { inject } from 'vitest';
import { createTestDatabase, type TestDatabase } from './test-database';

describe('createTestDatabase', () => {
  let a: TestDatabase;
  let b: TestDatabase;

  beforeAll(async () => {
    [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });
  afterAll(async () => {
    await Promise.all([a?.drop(), b?.drop()]);
  });

  it('gives each suite its own migrated database', async () => {
    expect(a.name).not.toBe(b.name);
    await a.prisma.category.create({
      data: { code: 'only-in-a', nameZh: '甲', nameEn: 'A', taxRateBps: 1300 },
    });
    expect(await a.prisma.category.count()).toBe(1);
    expect(await b.prisma.category.count()).toBe(0);
  });

  it('drops the database it created, and only that one', async () => {
    const c = await createTestDatabase();
    await c.drop();
    const admin = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
    await admin.connect();
    const names = (await admin.query<{ datname: string }>('SELECT datname FROM pg_database')).rows.map(
      (r) => r.datname,
    );
    await admin.end();
    expect(names).not.toContain(c.name);
    expect(names).toContain(a.name);
    expect(names).toContain(inject('templateDatabase'));
  });
});

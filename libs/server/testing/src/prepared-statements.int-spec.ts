import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, PREPARE_MARKER, type PrismaClient } from '@tradeway/server/platform';
import { createTestDatabase, type TestDatabase } from './test-database';

/** The runtime client prepares marked statements once per connection and leaves the rest alone. */
describe('prepared statements (PreparingClient)', () => {
  let db: TestDatabase;
  let client: PrismaClient;

  beforeAll(async () => {
    db = await createTestDatabase();
    // One connection, so the catalogue below is the one the statements ran on.
    client = createPrismaClient(db.url, { poolSize: 1 });
  });
  afterAll(async () => {
    await client?.$disconnect();
    await db?.drop();
  });

  const prepared = () =>
    client.$queryRaw<Array<{ name: string; statement: string }>>`
      SELECT name, statement FROM pg_prepared_statements ORDER BY name`;

  it('prepares a marked statement once and reuses it with new parameters', async () => {
    const first = await client.$queryRaw<Array<{ n: number }>>`
      /* prepare */ SELECT ${1}::int + 1 AS n`;
    const second = await client.$queryRaw<Array<{ n: number }>>`
      /* prepare */ SELECT ${41}::int + 1 AS n`;
    expect(first[0]?.n).toBe(2);
    expect(second[0]?.n).toBe(42);
    const rows = (await prepared()).filter((r) => r.statement.includes('SELECT $1::int + 1'));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.name).toMatch(/^tw_[0-9a-f]{20}$/);
    expect(rows[0]?.statement.trimStart().startsWith(PREPARE_MARKER)).toBe(true);
  });

  it('leaves unmarked statements and ORM queries unprepared', async () => {
    await client.$queryRaw`SELECT ${7}::int AS unmarked`;
    await client.category.findMany({ take: 1 });
    const names = (await prepared()).map((r) => r.statement);
    expect(names.some((s) => s.includes('unmarked'))).toBe(false);
    expect(names.some((s) => s.includes('"categories"'))).toBe(false);
  });

  it('keeps prepared statements working inside transactions and after an error', async () => {
    await expect(client.$queryRaw`/* prepare */ SELECT 1 / ${0}::int AS boom`).rejects.toThrow();
    const n = await client.$transaction(async (tx) => {
      const r = await tx.$queryRaw<Array<{ n: number }>>`/* prepare */ SELECT ${5}::int * 2 AS n`;
      return r[0]?.n;
    });
    expect(n).toBe(10);
    const again = await client.$queryRaw<Array<{ n: number }>>`/* prepare */ SELECT ${6}::int * 2 AS n`;
    expect(again[0]?.n).toBe(12);
  });
});

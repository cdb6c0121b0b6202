import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPrismaClient,
  DirectSql,
  Prisma,
  type PrismaClient,
  type RawSql,
} from '@tradeway/server/platform';
import { createTestDatabase, type TestDatabase } from './test-database';

/**
 * The hot paths run their SQL through DirectSql instead of Prisma (decision 0024): a repository
 * method gives the same rows from either runner, writes the same values, and a transaction commits
 * or rolls back as a whole.
 */
describe('DirectSql', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let direct: DirectSql;
  const zone = process.env['TZ'];

  beforeAll(async () => {
    // a server in China's time zone: instants must still be read and written in UTC
    process.env['TZ'] = 'Asia/Shanghai';
    db = await createTestDatabase();
    prisma = createPrismaClient(db.url, { poolSize: 1 });
    direct = new DirectSql(db.url, { poolSize: 2 });
    await prisma.$executeRaw`CREATE TABLE direct_sql_probe (
      id int PRIMARY KEY, at timestamp(3), at_tz timestamptz, day date, amount numeric(20, 4),
      minor bigint, n int, ok boolean, tags text[], ids uuid[], minors bigint[], amounts numeric[],
      doc jsonb, uid uuid)`;
  });
  afterAll(async () => {
    if (zone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = zone;
    await direct?.end();
    await prisma?.$disconnect();
    await db?.drop();
  });

  // one statement, written in both runners' terms
  const insert = (run: RawSql, id: number, at: Date) =>
    run.$queryRaw`
      INSERT INTO direct_sql_probe VALUES (${id}, ${at}, ${at}, ${'2026-11-26'}::date,
        ${new Prisma.Decimal('12345.6789')}, ${9007199254740993n}, ${42}, ${true}, ${['a', 'b,c', null]},
        ${['0b8f7a36-2d5c-4c3b-9a43-3c7e6f1d2a10']}::uuid[], ${[1n, 2n]}::bigint[],
        ${['0.5', '1.25']}::numeric[], ${JSON.stringify({ k: [1, 'x'] })}::jsonb,
        ${'0b8f7a36-2d5c-4c3b-9a43-3c7e6f1d2a10'}::uuid)
      RETURNING id`;
  const select = (run: RawSql) =>
    run.$queryRaw<Array<Record<string, unknown>>>`
      /* prepare */ SELECT * FROM direct_sql_probe ORDER BY id`;

  it('reads every column type as Prisma does and writes the same values', async () => {
    const at = new Date('2026-11-26T23:45:06.789Z');
    await insert(prisma, 1, at);
    await insert(direct, 2, at);
    const viaPrisma = await select(prisma);
    const viaDirect = await select(direct);
    expect(viaDirect).toHaveLength(2);
    const [one, two] = viaDirect;
    // the row Prisma wrote, read by DirectSql, is the row Prisma reads
    expect({ ...one }).toEqual({ ...viaPrisma[0] });
    // and the row DirectSql wrote holds the same values
    expect({ ...two, id: 1 }).toEqual({ ...one });
    expect(new Date().getTimezoneOffset()).toBe(-480);
    expect(one?.['at']).toEqual(at);
    expect(one?.['at_tz']).toEqual(at);
    expect(one?.['day']).toEqual(new Date('2026-11-26T00:00:00Z'));
    expect(String(one?.['amount'])).toBe('12345.6789');
    expect(one?.['minor']).toBe(9007199254740993n);
    expect(one?.['minors']).toEqual([1n, 2n]);
    expect(one?.['tags']).toEqual(['a', 'b,c', null]);
    expect(one?.['doc']).toEqual({ k: [1, 'x'] });
  });

  it('commits a transaction as a whole and rolls it back as a whole', async () => {
    await direct.transaction(async (tx) => {
      await insert(tx, 10, new Date());
      await insert(tx, 11, new Date());
    });
    await expect(
      direct.transaction(async (tx) => {
        await insert(tx, 12, new Date());
        await insert(tx, 10, new Date()); // duplicate key
      }),
    ).rejects.toThrow(/duplicate key/);
    const ids = (await select(direct)).map((r) => r['id']);
    expect(ids).toEqual([1, 2, 10, 11]);
  });

  it('holds a row lock until the transaction ends (a second writer waits)', async () => {
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const first = direct.transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM direct_sql_probe WHERE id = ${1} FOR UPDATE`;
      order.push('first locked');
      await held;
      order.push('first done');
    });
    await new Promise((r) => setTimeout(r, 50));
    const second = direct.transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM direct_sql_probe WHERE id = ${1} FOR UPDATE`;
      order.push('second locked');
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(order).toEqual(['first locked']);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first locked', 'first done', 'second locked']);
  });

  it('keeps working after a failed statement', async () => {
    await expect(direct.$queryRaw`/* prepare */ SELECT 1 / ${0}::int AS boom`).rejects.toThrow();
    const [row] = await direct.$queryRaw<Array<{ n: number }>>`/* prepare */ SELECT ${6}::int * 2 AS n`;
    expect(row?.n).toBe(12);
  });
});

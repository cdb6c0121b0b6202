import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, PrismaService } from '@tradeway/server/platform';
import { createTestDatabase, factories, type TestDatabase } from '@tradeway/server/testing';
import { ORDER_TOTAL_CAP, OrderRepository, type OrderListQuery } from './order.repository';

/**
 * The order lists' one statement on real PostgreSQL, checked against a plain reading of the
 * same rows in memory: every path of a search (the newest-orders window when it holds enough
 * matches or all there are, the trigram index when the matches are old or few, the plain walk
 * for pages past the cap), several-word searches, the capped total, keyset pages, and the
 * counterparty filter of both sides (decision 0016).
 */
describe('OrderRepository.listOrders', () => {
  let db: TestDatabase;
  let prisma: PrismaService;
  let repo: OrderRepository;
  let big: string; // a buyer with more orders than the search window
  let small: string; // a buyer with a few orders
  let sellers: string[];
  interface Row {
    id: string;
    number: string;
    buyerId: string;
    sellerId: string;
    buyerReference: string;
    status: string;
    createdAt: Date;
    placed: boolean;
  }
  let all: Row[];

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = new PrismaService(loadConfig({ DATABASE_URL: db.url, REDIS_URL: 'redis://127.0.0.1:6379' }));
    repo = new OrderRepository(prisma);
    const make = factories(db.prisma);
    big = (await make.company(['buyer'], { name: '华鑫' })).id;
    small = (await make.company(['buyer'], { name: '林木' })).id;
    sellers = [
      (await make.company(['seller'], { name: '桂糖' })).id,
      (await make.company(['seller'], { name: '南糖' })).id,
    ];
    // 2 600 orders of the big buyer, one an hour back from now (k = 0 newest), and 40 of the
    // small one in between. References: three in four of the newest 1 500 `NEW-…` (a search the window
    // answers), 30 of the oldest `OLD-…` (one the trigram index answers), the rest `MID-…`.
    await db.prisma.$executeRawUnsafe(`
      INSERT INTO orders (id, number, "buyerId", "sellerId", source, channel, status, currency, "paymentTerm",
                          delivery, "netMinor", "taxMinor", "totalMinor", "buyerReference", "createdAt", "placedAt",
                          "updatedAt")
      SELECT gen_random_uuid(),
             'PO-' || to_char(at, 'YYYYMMDD') || '-' || lpad((100000 + k)::text, 6, '0'),
             CASE WHEN k < 2600 THEN '${big}'::uuid ELSE '${small}'::uuid END,
             CASE WHEN k % 3 = 0 THEN '${sellers[1]}'::uuid ELSE '${sellers[0]}'::uuid END,
             'catalog_quote', 'self_service',
             (CASE WHEN k % 10 = 0 THEN 'pending_approval' WHEN k % 2 = 0 THEN 'placed' ELSE 'confirmed' END)::"OrderStatus",
             'CNY', 'cash', '{}', 100, 13, 113,
             CASE WHEN k >= 2600 THEN 'LM-' || k WHEN k < 1500 AND k % 4 <> 3 THEN 'NEW-' || k
                  WHEN k >= 2570 THEN 'OLD-' || k ELSE 'MID-' || k END,
             at, CASE WHEN k % 10 = 0 THEN NULL ELSE at END, at
      FROM (SELECT k, date_trunc('milliseconds', now() AT TIME ZONE 'UTC')
                        - make_interval(hours => CASE WHEN k < 2600 THEN k ELSE (k - 2600) * 60 + 7 END) AS at
            FROM generate_series(0, 2639) k) x`);
    await db.prisma.$executeRawUnsafe('ANALYZE orders');
    all = (
      await db.prisma.order.findMany({
        select: {
          id: true,
          number: true,
          buyerId: true,
          sellerId: true,
          buyerReference: true,
          status: true,
          createdAt: true,
          placedAt: true,
        },
      })
    ).map(({ placedAt, ...r }) => ({ ...r, placed: placedAt !== null }));
  });

  afterAll(async () => {
    await prisma?.onModuleDestroy();
    await db?.drop();
  });

  const query = (over: Partial<OrderListQuery>): OrderListQuery => ({
    side: 'buyer',
    companyIds: [big],
    limit: 20,
    offset: 0,
    countTotal: true,
    ...over,
  });
  /** The same list read plainly: filter, newest first then id, the page and the capped total. */
  function expected(q: OrderListQuery) {
    const matches = all
      .filter((r) =>
        q.side === 'buyer' ? q.companyIds.includes(r.buyerId) : q.companyIds.includes(r.sellerId) && r.placed,
      )
      .filter((r) => !q.statuses || q.statuses.includes(r.status))
      .filter((r) => !q.counterpartyId || (q.side === 'buyer' ? r.sellerId : r.buyerId) === q.counterpartyId)
      .filter(
        (r) => !q.search || `${r.number} ${r.buyerReference}`.toLowerCase().includes(q.search.toLowerCase()),
      )
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? -1 : 1));
    const after = q.after;
    const rest = after
      ? matches.filter(
          (r) =>
            r.createdAt.getTime() < after.createdAt.getTime() ||
            (r.createdAt.getTime() === after.createdAt.getTime() && r.id > after.id),
        )
      : matches.slice(q.offset);
    return {
      ids: rest.slice(0, q.limit).map((r) => r.id),
      more: rest.length > q.limit,
      matches: matches.length,
    };
  }
  async function expectList(q: OrderListQuery) {
    const got = await repo.listOrders(q);
    const want = expected(q);
    expect(got.rows.map((r) => r.id)).toEqual(want.ids);
    expect(got.more).toBe(want.more);
    return { got, want };
  }

  it('pages a buyer’s orders newest first, with the total counted up to the cap', async () => {
    const first = await expectList(query({}));
    expect(first.got.total).toBe(ORDER_TOTAL_CAP + 1);
    expect(first.got.rows[0]).toMatchObject({ counterpartyName: expect.any(String), totalMinor: 113n });
    await expectList(query({ offset: 780 }));
    const past = await expectList(query({ offset: 5000 }));
    expect(past.got).toEqual({ rows: [], more: false, total: ORDER_TOTAL_CAP + 1 });
    expect((await repo.listOrders(query({ countTotal: false }))).total).toBeNull();
  });

  it('answers a search with many recent matches from the newest orders: the page, and "more than the cap"', async () => {
    const { got, want } = await expectList(query({ search: 'new-' }));
    expect(want.matches).toBe(1125);
    expect(got.total).toBeGreaterThan(ORDER_TOTAL_CAP);
    await expectList(query({ search: 'NEW-', offset: 960 })); // the last page the window holds
  });

  it('answers a search whose matches are old through the index, with the exact total', async () => {
    const { got } = await expectList(query({ search: 'OLD-' }));
    expect(got.total).toBe(30);
    expect((await expectList(query({ search: 'OLD-', offset: 20 }))).got.rows).toHaveLength(10);
    expect((await expectList(query({ search: 'no-such-reference' }))).got.total).toBe(0);
  });

  it('finds an order by its whole number, by part of it, and by words in another case', async () => {
    const target = all.find((r) => r.buyerId === big && r.buyerReference === 'MID-2222') as Row;
    for (const search of [target.number, target.number.slice(3), target.number.slice(-6), 'mid-2222']) {
      const { got } = await expectList(query({ search }));
      expect(got.rows.map((r) => r.id)).toContain(target.id);
    }
    expect((await repo.listOrders(query({ search: target.number }))).total).toBe(1);
  });

  it('takes %, _ and \\ in a search literally', async () => {
    for (const search of ['%', '_', '\\', 'NEW_1', 'N%W']) {
      expect((await expectList(query({ search }))).got.total).toBe(0);
    }
  });

  it('pages past the cap of a search, and a search with a cursor, like the plain list', async () => {
    await expectList(query({ search: 'E', offset: 1500 }));
    const first = await expectList(query({ search: 'MID-' }));
    const last = first.got.rows[first.got.rows.length - 1];
    if (!last) throw new Error('no rows');
    await expectList(query({ search: 'MID-', after: { createdAt: last.createdAt, id: last.id } }));
    await expectList(query({ after: { createdAt: last.createdAt, id: last.id }, statuses: ['placed'] }));
  });

  it('searches a small company’s orders (all inside the window) with the exact total', async () => {
    const { got } = await expectList(query({ companyIds: [small], search: 'LM-26' }));
    expect(got.total).toBe(expected(query({ companyIds: [small], search: 'LM-26' })).matches);
    expect(got.total).toBeGreaterThan(0);
  });

  it('filters by counterparty on both sides, and a seller sees placed orders only', async () => {
    await expectList(query({ counterpartyId: sellers[1] }));
    await expectList(query({ counterpartyId: sellers[1], search: 'OLD-' }));
    const seller = query({ side: 'seller', companyIds: [sellers[0] as string], counterpartyId: small });
    const { got, want } = await expectList(seller);
    expect(got.total).toBe(want.matches);
    expect(want.matches).toBeGreaterThan(0);
    await expectList({ ...seller, search: 'LM-' });
    await expectList(query({ companyIds: [big, small], statuses: ['placed', 'confirmed'], offset: 40 }));
  });
});

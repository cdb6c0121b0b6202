import type { PrismaService } from '@tradeway/server/platform';
import { deliveryFromJson, PricingRepository } from '@tradeway/server/pricing/data-access';
import {
  computeQuote,
  validateDelivery,
  validatePriceItem,
  validateTerms,
  type LadderBreak,
  type PaymentTermsRule,
} from '@tradeway/server/pricing/domain';
import { createTestDatabase, type TestDatabase } from '@tradeway/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_SCALE,
  planScale,
  SCALE_BENCH_BUYER,
  SCALE_DELIVERY_REGIONS,
  ScaleSeedRefused,
  seedScale,
  type ScaleSummary,
} from './scale-data';

const TINY = { skus: 200, buyers: 20, lists: 10, sellers: 50 };

describe('scale plan', () => {
  it('splits the default sizes into 50 public, 150 grade and 300 contract lists', () => {
    expect(planScale(DEFAULT_SCALE)).toEqual({
      sellers: 50,
      buyers: 2000,
      products: 25_000,
      skus: 100_000,
      publicLists: 50,
      gradeLists: 150,
      contractLists: 300,
      contractSlices: 5,
      familySize: 5,
    });
  });

  it('keeps room for grade and contract lists when lists are few, and refuses sizes below one', () => {
    const tiny = planScale(TINY);
    expect(tiny.publicLists + tiny.gradeLists + tiny.contractLists).toBe(10);
    expect(tiny.sellers).toBe(3);
    expect(tiny.gradeLists).toBeGreaterThan(0);
    expect(tiny.contractLists).toBeGreaterThan(0);
    expect(planScale({ skus: 4, buyers: 1, lists: 1, sellers: 50 }).sellers).toBe(1);
    expect(() => planScale({ ...TINY, skus: 0 })).toThrow(RangeError);
  });
});

describe('seedScale at a tiny size', () => {
  let db: TestDatabase;
  let summary: ScaleSummary;
  const count = async (sql: TemplateStringsArray) =>
    Number((await db.prisma.$queryRaw<Array<{ n: bigint }>>(sql))[0]?.n ?? -1);

  beforeAll(async () => {
    db = await createTestDatabase();
    summary = await seedScale(db.prisma, TINY);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('writes the planned sizes and reports them', async () => {
    const { plan } = summary;
    expect(await db.prisma.company.count({ where: { kinds: { has: 'seller' } } })).toBe(plan.sellers);
    expect(await db.prisma.company.count({ where: { kinds: { has: 'buyer' } } })).toBe(plan.buyers);
    expect(await db.prisma.sku.count()).toBe(200);
    expect(await db.prisma.product.count()).toBe(50);
    expect(await db.prisma.priceList.count()).toBe(10);
    expect(await db.prisma.customerGrade.count()).toBe(4 * plan.sellers);
    expect(summary.rows).toMatchObject({
      companies: plan.sellers + plan.buyers,
      skus: 200,
      products: 50,
      price_lists: 10,
      price_list_items: await db.prisma.priceListItem.count(),
      customer_grade_assignments: await db.prisma.customerGradeAssignment.count(),
    });
    const kinds = await db.prisma.priceList.groupBy({ by: ['kind'], _count: { _all: true } });
    expect(Object.fromEntries(kinds.map((k) => [k.kind, k._count._all]))).toEqual({
      list: plan.publicLists,
      grade: plan.gradeLists,
      contract: plan.contractLists,
    });
    // every category a product is in has a VAT rate and a parent with one
    const categories = await db.prisma.category.findMany({ include: { parent: true } });
    for (const c of categories) expect([900, 1300]).toContain(c.taxRateBps);
    expect(categories.filter((c) => c.parent).length).toBeGreaterThan(categories.length / 2);
  });

  it('names a buyer on every contract list and a grade of its own seller on every grade list', async () => {
    const lists = await db.prisma.priceList.findMany();
    const grades = new Map((await db.prisma.customerGrade.findMany()).map((g) => [g.id, g]));
    const companies = new Map((await db.prisma.company.findMany()).map((c) => [c.id, c]));
    for (const l of lists) {
      expect(l.status).toBe('published');
      if (l.kind === 'contract') {
        expect(companies.get(l.buyerId ?? '')?.kinds, l.code).toContain('buyer');
        expect(l.gradeId).toBeNull();
      } else if (l.kind === 'grade') {
        expect(grades.get(l.gradeId ?? '')?.sellerId, l.code).toBe(l.sellerId);
        expect(l.buyerId).toBeNull();
      } else {
        expect([l.gradeId, l.buyerId]).toEqual([null, null]);
      }
    }
    // one public list per seller, whose terms and delivery the engine accepts
    const publicLists = lists.filter((l) => l.kind === 'list');
    expect(new Set(publicLists.map((l) => l.sellerId)).size).toBe(publicLists.length);
    for (const l of publicLists) {
      const terms = validateTerms(l.terms as unknown as PaymentTermsRule);
      expect(terms.ok ? [] : terms.error.problems).toEqual([]);
      const delivery = deliveryFromJson(l.delivery);
      expect(delivery).not.toBeNull();
      if (!delivery) continue;
      const checked = validateDelivery(delivery);
      expect(checked.ok ? [] : checked.error.problems).toEqual([]);
      expect(delivery.zones.flatMap((z) => z.regions).sort()).toEqual([...SCALE_DELIVERY_REGIONS].sort());
      const pickup = await db.prisma.warehouse.findUnique({
        where: { id: delivery.pickups[0]?.warehouseId },
      });
      expect(pickup?.operatorId).toBe(l.sellerId);
    }
  });

  it("prices only each list's seller's SKUs, every item with a valid ladder and a floor", async () => {
    expect(
      await count`SELECT count(*) AS n FROM price_list_items i JOIN price_lists l ON l.id = i."priceListId"
                  JOIN skus s ON s.id = i."skuId" WHERE s."sellerId" <> l."sellerId"`,
    ).toBe(0);
    expect(
      await count`SELECT count(*) AS n FROM customer_grade_assignments a JOIN customer_grades g ON g.id = a."gradeId"
                  WHERE g."sellerId" <> a."sellerId"`,
    ).toBe(0);
    // public and grade lists price all their seller's SKUs; no list is empty
    expect(
      await count`SELECT count(*) AS n FROM price_lists l WHERE l.kind <> 'contract'
                  AND (SELECT count(*) FROM price_list_items i WHERE i."priceListId" = l.id)
                   <> (SELECT count(*) FROM skus s WHERE s."sellerId" = l."sellerId")`,
    ).toBe(0);
    expect(
      await count`SELECT count(*) AS n FROM price_lists l
                  WHERE NOT EXISTS (SELECT 1 FROM price_list_items i WHERE i."priceListId" = l.id)`,
    ).toBe(0);
    for (const i of await db.prisma.priceListItem.findMany()) {
      const checked = validatePriceItem({
        skuId: i.skuId,
        unitPrice: i.unitPrice.toFixed(),
        floorPrice: i.floorPrice?.toFixed() ?? null,
        ladderMode: i.ladderMode,
        ladder: i.ladder as unknown as LadderBreak[],
      });
      expect(checked.ok ? [] : checked.error.problems).toEqual([]);
      expect(i.floorPrice?.lessThan(i.unitPrice)).toBe(true);
    }
  });

  it('shares specification codes between sellers, so a comparison has peers', async () => {
    const specs = await db.prisma.$queryRaw<Array<{ sellers: bigint; units: bigint }>>`
      SELECT count(DISTINCT "sellerId") AS sellers, count(DISTINCT unit) AS units FROM skus GROUP BY "specCode"`;
    expect(specs.filter((s) => s.sellers >= 2n).length).toBeGreaterThan(specs.length / 2);
    for (const s of specs) expect(s.units).toBe(1n);
  });

  it('gives the bench buyer a login, the top grade at every seller and a contract the engine quotes from', async () => {
    const buyer = await db.prisma.company.findUniqueOrThrow({ where: { code: SCALE_BENCH_BUYER.code } });
    const user = await db.prisma.user.findUniqueOrThrow({
      where: { email: SCALE_BENCH_BUYER.purchaser },
      include: { memberships: true },
    });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.memberships.map((m) => [m.companyId, m.role])).toEqual([[buyer.id, 'purchaser']]);
    const assignments = await db.prisma.customerGradeAssignment.findMany({ where: { buyerId: buyer.id } });
    expect(assignments).toHaveLength(summary.plan.sellers);
    const grades = await db.prisma.customerGrade.findMany({
      where: { id: { in: assignments.map((a) => a.gradeId) } },
    });
    for (const g of grades) expect(g.rank).toBe(1);

    const contract = await db.prisma.priceList.findFirstOrThrow({
      where: { kind: 'contract', buyerId: buyer.id },
      include: { items: { take: 1 } },
    });
    const repo = new PricingRepository({ client: db.prisma } as unknown as PrismaService);
    const sku = await repo.quoteSku(contract.items[0]?.skuId ?? '');
    if (!sku) throw new Error('contract item without SKU');
    const gradeId = await repo.gradeOf(sku.sellerId, buyer.id);
    const quote = computeQuote(
      {
        sellerId: sku.sellerId,
        buyerId: buyer.id,
        buyerGradeId: gradeId,
        sku: {
          id: sku.id,
          taxRateBps: sku.taxRateBps,
          minOrderQuantity: sku.minOrderQuantity,
          orderIncrement: sku.orderIncrement,
        },
        candidates: await repo.candidates(sku.sellerId, sku.id, { buyerId: buyer.id, gradeId }),
        rebateAvailableMinor: 0n,
      },
      {
        quantity: sku.minOrderQuantity,
        paymentTerm: 'net60',
        delivery: { mode: 'delivery', region: 'CN-XJ' },
        date: new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`),
      },
    );
    expect(quote.ok ? quote.value.listKind : quote.error.code).toBe('contract');
  });

  it('refuses a second run and leaves the data as it was', async () => {
    const before = await db.prisma.priceListItem.count();
    await expect(seedScale(db.prisma, TINY)).rejects.toBeInstanceOf(ScaleSeedRefused);
    expect(await db.prisma.priceListItem.count()).toBe(before);
    expect(await db.prisma.sku.count()).toBe(200);
  });
});

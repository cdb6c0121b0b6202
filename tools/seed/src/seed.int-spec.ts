import { verify } from '@node-rs/argon2';
import { Prisma, type PrismaClient, type PrismaService } from '@tradeway/server/platform';
import { PricingRepository } from '@tradeway/server/pricing/data-access';
import { computeQuote, type PaymentTerm } from '@tradeway/server/pricing/domain';
import { bestSplitAward, calendarDayIn, compareQuotes } from '@tradeway/server/rfq/domain';
import { REGION_CODES } from '@tradeway/shared/contracts';
import { createTestDatabase, type TestDatabase } from '@tradeway/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS, demoLogins } from './demo-data';
import { DEMO_ORDERS, demoUuid } from './demo-orders';
import { DEMO_PRICE_LISTS } from './demo-pricing';
import { DEMO_RFQS, type DemoQuoteLine } from './demo-rfqs';
import { DEMO_AUCTIONS } from './demo-auctions';
import { DEMO_GROUP_BUYS } from './demo-group-buys';
import { genesisHash, verifyBidLog } from '@tradeway/server/auction/domain';
import { seed, SEED_KINDS, type SeedSummary } from './seed';

/** Every table the seed writes, all columns, in id order. */
async function snapshot(prisma: PrismaClient) {
  const byId = { orderBy: { id: 'asc' as const } };
  return {
    companies: await prisma.company.findMany(byId),
    users: await prisma.user.findMany(byId),
    memberships: await prisma.membership.findMany(byId),
    categories: await prisma.category.findMany(byId),
    products: await prisma.product.findMany(byId),
    skus: await prisma.sku.findMany(byId),
    unitConversions: await prisma.unitConversion.findMany(byId),
    warehouses: await prisma.warehouse.findMany(byId),
    locations: await prisma.warehouseLocation.findMany(byId),
    inventory: await prisma.inventoryLevel.findMany(byId),
    grades: await prisma.customerGrade.findMany(byId),
    gradeAssignments: await prisma.customerGradeAssignment.findMany(byId),
    priceLists: await prisma.priceList.findMany(byId),
    priceListItems: await prisma.priceListItem.findMany(byId),
    rebates: await prisma.rebateEntry.findMany(byId),
    approvalPolicies: await prisma.approvalPolicy.findMany(byId),
    orders: await prisma.order.findMany(byId),
    orderLines: await prisma.orderLine.findMany(byId),
    orderEvents: await prisma.orderEvent.findMany(byId),
    orderReservations: await prisma.orderReservation.findMany(byId),
    rfqs: await prisma.rfq.findMany(byId),
    rfqItems: await prisma.rfqItem.findMany(byId),
    rfqInvitations: await prisma.rfqInvitation.findMany({ orderBy: [{ rfqId: 'asc' }, { sellerId: 'asc' }] }),
    rfqQuotes: await prisma.rfqQuote.findMany(byId),
    rfqQuoteVersions: await prisma.rfqQuoteVersion.findMany(byId),
    rfqEvents: await prisma.rfqEvent.findMany(byId),
    auctions: await prisma.auction.findMany(byId),
    auctionParticipants: await prisma.auctionParticipant.findMany({
      orderBy: [{ auctionId: 'asc' }, { companyId: 'asc' }],
    }),
    auctionBids: await prisma.auctionBid.findMany({ orderBy: [{ auctionId: 'asc' }, { seq: 'asc' }] }),
    auctionEvents: await prisma.auctionEvent.findMany(byId),
    groupBuys: await prisma.groupBuyCampaign.findMany(byId),
    groupBuyCommitments: await prisma.groupBuyCommitment.findMany({
      orderBy: [{ campaignId: 'asc' }, { buyerId: 'asc' }],
    }),
    groupBuyChanges: await prisma.groupBuyCommitmentChange.findMany({ orderBy: { id: 'asc' } }),
  };
}

const sku = (prisma: PrismaClient, code: string) => prisma.sku.findFirstOrThrow({ where: { code } });
const company = (prisma: PrismaClient, code: string) => prisma.company.findUniqueOrThrow({ where: { code } });

describe('seed', () => {
  let db: TestDatabase;
  let first: SeedSummary;
  let second: SeedSummary;
  let before: Awaited<ReturnType<typeof snapshot>>;
  let after: Awaited<ReturnType<typeof snapshot>>;
  const logged: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    first = await seed(db.prisma, { log: (line) => logged.push(line) });
    before = await snapshot(db.prisma);
    second = await seed(db.prisma);
    after = await snapshot(db.prisma);
  });
  afterAll(async () => {
    await db?.drop();
  });

  describe('writes the demo the spec asks for', () => {
    it('has buyers including a group with exactly two buyer subsidiaries, sellers, an operator, logistics and a financier', async () => {
      const companies = await db.prisma.company.findMany({ include: { children: true } });
      const withKind = (k: string) => companies.filter((c) => (c.kinds as string[]).includes(k));
      expect(withKind('buyer').filter((c) => c.parentId === null).length).toBeGreaterThanOrEqual(3);
      expect(withKind('seller').length).toBeGreaterThanOrEqual(3);
      expect(withKind('operator')).toHaveLength(1);
      expect(withKind('logistics').length).toBeGreaterThanOrEqual(1);
      expect(withKind('financier').length).toBeGreaterThanOrEqual(1);
      expect(companies.some((c) => c.kinds.includes('seller') && c.kinds.includes('buyer'))).toBe(true);

      const groups = companies.filter((c) => c.children.length > 0);
      expect(groups).toHaveLength(1);
      const group = groups[0];
      expect(group?.name).toContain('集团');
      expect(group?.size).toBe('group_enterprise');
      expect(group?.kinds).toContain('buyer');
      expect(group?.children).toHaveLength(2);
      for (const child of group?.children ?? []) expect(child.kinds).toContain('buyer');
    });

    it('gives every built-in role to at least one membership, owners flagged, and one user two companies', async () => {
      const roles = (
        await db.prisma.$queryRaw<
          Array<{ role: string }>
        >`SELECT unnest(enum_range(NULL::"BuiltInRole"))::text AS role`
      ).map((r) => r.role);
      expect(roles.length).toBe(9);
      const held = await db.prisma.membership.groupBy({ by: ['role'], _count: { _all: true } });
      expect(held.map((h) => h.role).sort()).toEqual([...roles].sort());

      const memberships = await db.prisma.membership.findMany();
      for (const m of memberships) expect(m.isOwner).toBe(m.role === 'owner');
      const owners = await db.prisma.membership.groupBy({
        by: ['companyId'],
        where: { isOwner: true },
        _count: { _all: true },
      });
      expect(owners).toHaveLength(await db.prisma.company.count());
      for (const o of owners) expect(o._count._all).toBe(1);

      const multi = await db.prisma.user.findMany({
        where: { memberships: { some: {} } },
        include: { memberships: true },
      });
      const inTwo = multi.filter((u) => u.memberships.length >= 2);
      expect(inTwo.length).toBeGreaterThanOrEqual(1);
      const locales = new Set(multi.map((u) => u.locale));
      expect(locales).toEqual(new Set(['zh-CN', 'en-US']));
    });

    it('has the Yantai cold store with the 30-day exit fee, and stock in it', async () => {
      const yantai = await db.prisma.warehouse.findFirst({
        where: { kind: 'cold_store', city: '烟台' },
        include: { operator: true, locations: { include: { inventory: { include: { sku: true } } } } },
      });
      expect(yantai).not.toBeNull();
      expect(yantai?.exitFeeDays).toBe(30);
      expect(yantai?.dailyStorageFeeMinor).toBeGreaterThan(0n);
      expect(yantai?.operator.kinds).toContain('operator');
      expect(yantai?.locations.length).toBeGreaterThanOrEqual(2);
      const stocked = yantai?.locations.flatMap((l) => l.inventory) ?? [];
      expect(stocked.length).toBeGreaterThan(0);
      for (const level of stocked)
        expect((level.sku.attributes as Record<string, unknown>).variety).toBe('红富士');
      expect(await db.prisma.warehouse.count()).toBeGreaterThanOrEqual(3);
    });

    it('sells the named commodities, each SKU in a category with a tax rate', async () => {
      const skus = await db.prisma.sku.findMany({
        include: { product: { include: { category: { include: { parent: true } } } } },
      });
      const attr = (s: (typeof skus)[number], key: string) => (s.attributes as Record<string, unknown>)[key];
      const inCategory = (nameZh: string) =>
        skus.filter(
          (s) => s.product.category.nameZh === nameZh || s.product.category.parent?.nameZh === nameZh,
        );

      const sugar = inCategory('白砂糖');
      expect(sugar.map((s) => attr(s, 'grade'))).toEqual(expect.arrayContaining(['一级', '二级']));
      for (const s of sugar) {
        expect(s.unit).toBe('t');
        expect(attr(s, 'standard')).toMatch(/^GB\/T 317/);
      }
      const apples = skus.filter((s) => attr(s, 'variety') === '红富士');
      expect(apples.length).toBeGreaterThanOrEqual(2);
      expect(apples.map((s) => attr(s, 'size'))).toEqual(expect.arrayContaining(['80#', '85#']));
      expect(inCategory('桉木板').length).toBeGreaterThanOrEqual(3);
      expect(inCategory('基础化工').length).toBeGreaterThanOrEqual(1);
      expect(skus.some((s) => s.product.nameZh.includes('烧碱'))).toBe(true);
      expect(inCategory('螺纹钢').length).toBeGreaterThanOrEqual(1);
      expect(inCategory('热轧卷板').length).toBeGreaterThanOrEqual(1);

      for (const s of skus) expect(s.product.category.taxRateBps, s.code).toBeGreaterThan(0);
      expect(sugar[0]?.product.category.taxRateBps).toBe(1300);
      expect(apples[0]?.product.category.taxRateBps).toBe(900);

      const box = await db.prisma.unitConversion.findFirst({
        where: { skuId: apples[0]?.id, fromUnit: 'box', toUnit: 'kg' },
      });
      expect(box?.factor.toString()).toBe('18');
      const sellers = await db.prisma.product.findMany({ include: { seller: true } });
      for (const p of sellers) expect(p.seller.kinds).toContain('seller');
    });

    it('gives every company its province code, and every sugar SKU a specification two mills share', async () => {
      const companies = await db.prisma.company.findMany();
      for (const c of companies) expect(REGION_CODES, c.code).toContain(c.regionCode);
      expect((await company(db.prisma, 'guitang-sugar')).regionCode).toBe('CN-GX');
      expect((await company(db.prisma, 'huaxin-food')).regionCode).toBe('CN-SD');
      const sugar = await db.prisma.sku.findMany({
        where: { product: { category: { code: 'food-sugar' } } },
      });
      expect(sugar.length).toBeGreaterThanOrEqual(4);
      for (const s of sugar) expect(s.specCode, s.code).toMatch(/^SUGAR-WHITE-/);
      const gb1 = sugar.filter((s) => s.specCode === 'SUGAR-WHITE-GB1');
      expect(new Set(gb1.map((s) => s.sellerId)).size).toBe(2);
    });

    it('gives each graded buyer exactly one grade per seller, always a grade of that seller', async () => {
      const foreign = await db.prisma.$queryRaw<Array<{ n: bigint }>>`
        SELECT count(*) AS n FROM customer_grade_assignments a
        JOIN customer_grades g ON g.id = a."gradeId" WHERE g."sellerId" <> a."sellerId"`;
      expect(foreign[0]?.n).toBe(0n);
      const perPair = await db.prisma.customerGradeAssignment.groupBy({
        by: ['sellerId', 'buyerId'],
        _count: { _all: true },
      });
      expect(perPair.length).toBeGreaterThanOrEqual(4);
      for (const p of perPair) expect(p._count._all).toBe(1);
      const buyers = await db.prisma.company.findMany({
        where: { id: { in: perPair.map((p) => p.buyerId) } },
      });
      for (const b of buyers) expect(b.kinds, b.code).toContain('buyer');

      const guitang = await company(db.prisma, 'guitang-sugar');
      const huaxin = await company(db.prisma, 'huaxin-food');
      const grades = await db.prisma.customerGrade.findMany({
        where: { sellerId: guitang.id },
        orderBy: { rank: 'asc' },
      });
      expect(grades.map((g) => [g.code, g.nameZh, g.rank])).toEqual([
        ['STRATEGIC', '战略客户', 1],
        ['KEY', '重点客户', 2],
        ['STANDARD', '标准客户', 3],
        ['NEW', '新客户', 4],
      ]);
      const assigned = await db.prisma.customerGradeAssignment.findUniqueOrThrow({
        where: { sellerId_buyerId: { sellerId: guitang.id, buyerId: huaxin.id } },
      });
      expect(grades.find((g) => g.id === assigned.gradeId)?.code).toBe('STRATEGIC');
    });

    it("prices only each list's seller's SKUs; contract lists name a buyer, grade lists a grade of their seller", async () => {
      const foreign = await db.prisma.$queryRaw<Array<{ n: bigint }>>`
        SELECT count(*) AS n FROM price_list_items i
        JOIN price_lists l ON l.id = i."priceListId" JOIN skus s ON s.id = i."skuId"
        WHERE s."sellerId" <> l."sellerId"`;
      expect(foreign[0]?.n).toBe(0n);
      const lists = await db.prisma.priceList.findMany({ include: { items: true } });
      expect(lists).toHaveLength(DEMO_PRICE_LISTS.length);
      const gradesById = new Map((await db.prisma.customerGrade.findMany()).map((g) => [g.id, g]));
      const companiesById = new Map((await db.prisma.company.findMany()).map((c) => [c.id, c]));
      for (const l of lists) {
        expect(l.items.length, l.code).toBeGreaterThan(0);
        expect(l.status, l.code).toBe('published');
        if (l.kind === 'contract') {
          expect(l.buyerId, l.code).not.toBeNull();
          expect(companiesById.get(l.buyerId ?? '')?.kinds, l.code).toContain('buyer');
          expect(l.gradeId).toBeNull();
        } else if (l.kind === 'grade') {
          expect(gradesById.get(l.gradeId ?? '')?.sellerId, l.code).toBe(l.sellerId);
          expect(l.buyerId).toBeNull();
        } else {
          expect([l.gradeId, l.buyerId], l.code).toEqual([null, null]);
        }
      }
      expect(new Set(lists.filter((l) => l.kind === 'list').map((l) => l.sellerId)).size).toBe(2);
    });

    it('stores the public list as the API does: every Chongzuo SKU, Guangxi pickup, zones with fees as digits', async () => {
      const guitang = await company(db.prisma, 'guitang-sugar');
      const list = await db.prisma.priceList.findUniqueOrThrow({
        where: { sellerId_code: { sellerId: guitang.id, code: 'GT-LIST-2026' } },
        include: { items: true },
      });
      const skus = await db.prisma.sku.findMany({ where: { sellerId: guitang.id } });
      expect(list.items.map((i) => i.skuId).sort()).toEqual(skus.map((s) => s.id).sort());
      for (const i of list.items) {
        expect((i.ladder as unknown[]).length).toBe(3);
        expect(i.floorPrice?.lessThan(i.unitPrice)).toBe(true);
      }
      expect(list.terms).toEqual({ annualCostOfCapitalBps: 800, prepaymentDays: 30, overridesBps: {} });
      const delivery = list.delivery as {
        pickups: Array<{ warehouseId: string }>;
        zones: Array<{ nameZh: string; regions: string[]; perShipmentFeeMinor: string }>;
      };
      const pickup = await db.prisma.warehouse.findUniqueOrThrow({
        where: { id: delivery.pickups[0]?.warehouseId },
      });
      expect(pickup.address).toContain('广西');
      expect(delivery.zones.map((z) => [z.nameZh, z.perShipmentFeeMinor])).toEqual([
        ['华南', '20000'],
        ['华东', '50000'],
        ['华北', '80000'],
      ]);
      const rebate = await db.prisma.rebateEntry.aggregate({
        where: { sellerId: guitang.id, buyerId: (await company(db.prisma, 'huaxin-food')).id },
        _sum: { amountMinor: true },
      });
      expect(rebate._sum.amountMinor).toBe(200_000n);
      const policies = await db.prisma.approvalPolicy.findMany({
        where: { companyId: guitang.id, subjectType: 'special_price' },
        orderBy: { priority: 'asc' },
      });
      expect(
        policies.map((p) => [
          (p.conditions as { minDiscountBps?: number }).minDiscountBps,
          (p.levels as unknown[]).length,
        ]),
      ).toEqual([
        [500, 2],
        [0, 1],
      ]);
    });

    it('quotes through the engine: grade, contract and public prices for different buyers, two mills for one spec', async () => {
      const repo = new PricingRepository({ client: db.prisma } as unknown as PrismaService);
      const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);
      const quote = async (buyerCode: string, skuCode: string, region: string) => {
        const target = await repo.quoteSku((await sku(db.prisma, skuCode)).id);
        if (!target) throw new Error(skuCode);
        const buyer = await company(db.prisma, buyerCode);
        const gradeId = await repo.gradeOf(target.sellerId, buyer.id);
        return computeQuote(
          {
            sellerId: target.sellerId,
            buyerId: buyer.id,
            buyerGradeId: gradeId,
            sku: {
              id: target.id,
              taxRateBps: target.taxRateBps,
              minOrderQuantity: target.minOrderQuantity,
              orderIncrement: target.orderIncrement,
            },
            candidates: await repo.candidates(target.sellerId, target.id, { buyerId: buyer.id, gradeId }),
            rebateAvailableMinor: await repo.rebateAvailable(target.sellerId, buyer.id, 'CNY'),
          },
          { quantity: '100', paymentTerm: 'cash', delivery: { mode: 'delivery', region }, date: today },
        );
      };
      const ok = async (...args: Parameters<typeof quote>) => {
        const r = await quote(...args);
        if (!r.ok) throw new Error(`${args.join(' ')}: ${r.error.code}`);
        return r.value;
      };
      const strategic = await ok('huaxin-food', 'white-sugar-gx-g1', 'CN-SD');
      expect([strategic.listKind, Number(strategic.baseUnitPrice)]).toEqual(['grade', 6000]);
      expect(strategic.lines.map((l) => l.kind)).toEqual(expect.arrayContaining(['freight', 'rebate']));
      const contract = await ok('qingquan-bev', 'white-sugar-gx-g1', 'CN-ZJ');
      expect([contract.listKind, Number(contract.baseUnitPrice)]).toEqual(['contract', 5930]);
      const newcomer = await ok('linmu-furniture', 'white-sugar-gx-g1', 'CN-GD');
      expect([newcomer.listKind, Number(newcomer.baseUnitPrice)]).toEqual(['list', 6100]);
      const rival = await ok('huaxin-food', 'white-sugar-nn-g1', 'CN-SD');
      expect([rival.listKind, Number(rival.baseUnitPrice)]).toEqual(['list', 6080]);
      const uncovered = await quote('hengtong-trade', 'white-sugar-nn-g1', 'CN-TJ');
      expect(uncovered.ok ? null : uncovered.error.code).toBe('ZONE_NOT_COVERED');
    });

    it('places the demo orders as the API would: numbers, lines, totals, timeline, and the stock they reserve', async () => {
      const orders = await db.prisma.order.findMany({
        include: { lines: { include: { reservations: true } }, events: { orderBy: { at: 'asc' } } },
      });
      expect(orders).toHaveLength(DEMO_ORDERS.length);
      const byStatus = (s: string) => orders.filter((o) => o.status === s).length;
      expect([
        byStatus('placed'),
        byStatus('confirmed'),
        byStatus('rejected'),
        byStatus('cancelled'),
      ]).toEqual([5, 3, 2, 4]);
      const numbers = orders.map((o) => o.number);
      expect(new Set(numbers).size).toBe(orders.length);
      const [seq] = await db.prisma.$queryRaw<
        Array<{ n: bigint }>
      >`SELECT last_value AS n FROM order_number_seq`;
      for (const o of orders) {
        const demo = DEMO_ORDERS.find((d) => demoUuid(`order/${d.key}`) === o.id);
        if (!demo) throw new Error(`${o.number} is not a demo order`);
        // numbers from the sequence, so that the API's next number never collides
        expect(o.number).toMatch(/^PO-\d{8}-\d{6}$/);
        expect(BigInt(o.number.slice(-6))).toBeLessThanOrEqual(seq?.n ?? 0n);
        expect(o.netMinor + o.taxMinor).toBe(o.totalMinor);
        expect(o.lines.reduce((a, l) => a + l.totalMinor, 0n)).toBe(o.totalMinor);
        for (const l of o.lines) {
          expect(l.netMinor).toBe(BigInt(l.quantity.mul(l.unitPrice).mul(100).toFixed(0)));
          expect(l.taxMinor).toBe((l.netMinor * 1300n + 5000n) / 10000n);
        }
        // a timeline event per transition, the version counting them, times in order
        expect(o.events.map((e) => e.kind)[0]).toBe('order.placed');
        expect(o.events).toHaveLength(1 + demo.steps.length);
        expect(o.version).toBe(o.events.length);
        expect(o.events[o.events.length - 1]?.data).toMatchObject({ to: o.status });
        expect(o.placedAt).toEqual(o.createdAt);
        expect(o.scheduledDate !== null).toBe(o.confirmedAt !== null);
        if (o.status === 'rejected') expect(o.rejectionReason).toBeTruthy();
        if (o.status === 'cancelled')
          expect([o.cancellation, o.cancelReason?.length]).toEqual([
            expect.stringMatching(/^by_/),
            expect.any(Number),
          ]);
        const open = o.lines.flatMap((l) => l.reservations).filter((r) => r.releasedAt === null);
        expect(open.length > 0, o.number).toBe(o.status === 'confirmed');
      }
      // every reserved unit of the mills' sugar belongs to a confirmed order
      const levels = await db.prisma.inventoryLevel.findMany({
        where: { sku: { sellerId: { in: orders.map((o) => o.sellerId) } } },
      });
      const held = await db.prisma.orderReservation.groupBy({
        by: ['skuId', 'locationId'],
        where: { releasedAt: null },
        _sum: { quantity: true },
      });
      for (const level of levels) {
        const h = held.find((r) => r.skuId === level.skuId && r.locationId === level.locationId);
        expect(level.reserved.toString(), level.id).toBe(h?._sum.quantity?.toString() ?? '0');
      }
      expect(levels.reduce((a, l) => a + Number(l.reserved), 0)).toBe(90); // 50 t at Chongzuo A1, 40 t at Nanning N2
    });

    it('opens the demo RFQs as the platform would: numbers, states, invitations, quote versions and timeline', async () => {
      const rfqs = await db.prisma.rfq.findMany({
        include: {
          items: { orderBy: { itemNo: 'asc' } },
          invitations: true,
          quotes: { include: { versions: { orderBy: { version: 'asc' } } } },
          events: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
        },
      });
      expect(rfqs).toHaveLength(DEMO_RFQS.length);
      const byKey = (key: string) => {
        const r = rfqs.find((x) => x.id === demoUuid(`rfq/${key}`));
        if (!r) throw new Error(`no demo RFQ ${key}`);
        return r;
      };
      const codes = new Map((await db.prisma.company.findMany()).map((c) => [c.id, c.code]));
      const [seq] = await db.prisma.$queryRaw<
        Array<{ n: bigint }>
      >`SELECT last_value AS n FROM rfq_number_seq`;
      const now = Date.now();
      expect(new Set(rfqs.map((r) => r.number)).size).toBe(rfqs.length);
      for (const r of rfqs) {
        // numbers from the sequence, on the China day of creation, as the API numbers them
        expect(r.number).toMatch(/^RFQ-\d{8}-\d{6}$/);
        expect(r.number.slice(4, 12)).toBe(calendarDayIn(r.createdAt).replaceAll('-', ''));
        expect(BigInt(r.number.slice(-6))).toBeLessThanOrEqual(seq?.n ?? 0n);
        expect(codes.get(r.buyerId)).toBe('huaxin-food');
        expect([r.deliveryRegion, r.deliveryAddress]).toEqual(['CN-SD', expect.stringContaining('山东')]);
        expect(r.deliveryDate.toISOString().slice(0, 10) >= calendarDayIn(r.deadline)).toBe(true);
        expect(r.events[0]).toMatchObject({ kind: 'rfq.created', data: { number: r.number } });
        // a timeline event per transition, the version counting them
        const transitions = r.events.filter((e) => e.kind !== 'rfq.created' && !e.kind.startsWith('quote.'));
        expect(r.version, r.number).toBe(1 + transitions.length);
        expect(r.updatedAt).toEqual(transitions.at(-1)?.at ?? r.createdAt);
        expect(r.events.at(-1)?.at.getTime()).toBeLessThanOrEqual(now);
        // one quote per seller, its versions numbered, its first one marked on the invitation
        expect(r.quotes.filter((q) => q.status === 'active')).toHaveLength(r.quotes.length);
        for (const q of r.quotes) {
          expect(q.versions.map((v) => v.version)).toEqual(q.versions.map((_, i) => i + 1));
          expect(q.currentVersion).toBe(q.versions.length);
          expect([q.createdAt, q.updatedAt]).toEqual([
            q.versions[0]?.createdAt,
            q.versions.at(-1)?.createdAt,
          ]);
          const inv = r.invitations.find((i) => i.sellerId === q.sellerId);
          expect(inv?.firstQuotedAt).toEqual(q.versions[0]?.createdAt);
          expect(inv?.firstViewedAt?.getTime()).toBeLessThan(inv?.firstQuotedAt?.getTime() ?? 0);
          expect(inv?.firstViewedAt?.getTime()).toBeGreaterThan(r.publishedAt?.getTime() ?? Infinity);
          for (const v of q.versions) {
            expect(v.createdAt.getTime()).toBeLessThan(r.deadline.getTime());
            // valid 20 days from the seed (the end of that China day)
            expect(v.validUntil.getTime() - now).toBeGreaterThan(19.5 * 86_400_000);
            expect(v.validUntil.getTime() - now).toBeLessThan(21 * 86_400_000);
            for (const l of v.lines as unknown as DemoQuoteLine[]) {
              expect(l.taxRateBps).toBe(1300);
              if (l.itemNo <= 2 && r.items[0]?.unit === 't') {
                expect(Number(l.unitPrice)).toBeGreaterThanOrEqual(5800);
                expect(Number(l.unitPrice)).toBeLessThanOrEqual(6300);
              }
            }
          }
          const kinds = r.events.filter((e) => e.sellerId === q.sellerId).map((e) => [e.kind, e.data]);
          expect(kinds).toEqual(
            q.versions.map((v) => [
              v.version === 1 ? 'quote.submitted' : 'quote.revised',
              { quoteId: q.id, version: v.version },
            ]),
          );
        }
        for (const inv of r.invitations) expect(inv.invited).toBe(true);
      }

      const sealed = byKey('sugar-q1-sealed');
      expect([sealed.status, sealed.sealed, sealed.closedAt]).toEqual(['open', true, null]);
      expect(sealed.deadline.getTime() - now).toBeGreaterThan(2.9 * 86_400_000);
      expect(sealed.acceptedPaymentTerms).toEqual(['cash', 'net30', 'net60']);
      expect(sealed.items.map((i) => [i.description, i.quantity.toString(), i.unit])).toEqual([
        ['白砂糖 一级', '200', 't'],
        ['白砂糖 优级', '80', 't'],
      ]);
      const g1 = await sku(db.prisma, 'white-sugar-gx-g1');
      expect([sealed.items[0]?.skuId, g1.specCode, codes.get(g1.sellerId)]).toEqual([
        g1.id,
        'SUGAR-WHITE-GB1',
        'guitang-sugar',
      ]);
      expect(sealed.invitations.map((i) => [codes.get(i.sellerId), i.firstQuotedAt !== null]).sort()).toEqual(
        [
          ['guitang-sugar', true],
          ['hengtong-trade', false],
          ['nanning-sugar', true],
        ],
      );
      expect(sealed.quotes.map((q) => [codes.get(q.sellerId), q.currentVersion]).sort()).toEqual([
        ['guitang-sugar', 2],
        ['nanning-sugar', 1],
      ]);
      expect(sealed.events.map((e) => e.kind)).toEqual([
        'rfq.created',
        'rfq.published',
        'quote.submitted',
        'quote.submitted',
        'quote.revised',
      ]);
      // sealed: the timeline tells that a seller quoted, never what
      for (const e of sealed.events.filter((x) => x.kind.startsWith('quote.')))
        expect(Object.keys(e.data as object).sort()).toEqual(['quoteId', 'version']);

      const compare = byKey('sugar-dec-compare');
      expect([compare.status, compare.sealed]).toEqual(['closed', false]);
      expect(compare.closedAt).toEqual(compare.deadline);
      expect(now - compare.deadline.getTime()).toBeGreaterThan(1.9 * 3_600_000);
      expect(compare.items.map((i) => [i.skuId, i.quantity.toString()])).toEqual([
        [g1.id, '100'],
        [null, '40'],
      ]);
      expect(compare.quotes).toHaveLength(3);
      expect(compare.events.at(-1)).toMatchObject({
        kind: 'rfq.closed',
        actorCompanyId: null,
        actorUserId: null,
        at: compare.deadline,
        data: { from: 'open', to: 'closed', activeQuotes: 3 },
      });
      // ready to compare: the cheapest award splits the items between two mills
      const items = compare.items.map((i) => ({
        itemNo: i.itemNo,
        quantity: i.quantity.toFixed(3),
        requiredDate: compare.deliveryDate.toISOString().slice(0, 10),
      }));
      const quotes = compare.quotes.map((q) => {
        const v = q.versions.at(-1);
        if (!v) throw new Error('a quote without versions');
        return {
          quoteId: q.id,
          sellerId: q.sellerId,
          version: v.version,
          paymentTerm: v.paymentTerm as PaymentTerm,
          deliveryDate: v.deliveryDate.toISOString().slice(0, 10),
          supplierScore: null,
          lines: v.lines as unknown as DemoQuoteLine[],
        };
      });
      const ctx = { costOfCapitalBps: compare.costOfCapitalBps, vatRecoverable: compare.vatRecoverable };
      const seller = (quoteId: string) =>
        codes.get(quotes.find((q) => q.quoteId === quoteId)?.sellerId ?? '');
      const split = bestSplitAward(items, quotes, ctx);
      expect(split.uncovered).toEqual([]);
      expect(split.allocations.map((a) => [a.itemNo, seller(a.quoteId), a.quantity])).toEqual([
        [1, 'guitang-sugar', '100.000'],
        [2, 'nanning-sugar', '40.000'],
      ]);
      const table = compareQuotes(items, quotes, ctx);
      expect(table.quotes.filter((q) => q.cheapestOverall).map((q) => codes.get(q.sellerId))).toEqual([
        'hengtong-trade',
      ]);
      for (const q of table.quotes.filter((x) => x.coversAll))
        expect(split.totalMinor).toBeLessThan(BigInt(q.totalLandedMinor));

      const draft = byKey('packaging-draft');
      expect([draft.status, draft.publishedAt, draft.version]).toEqual(['draft', null, 1]);
      expect(draft.deadline.getTime() - now).toBeGreaterThan(4.9 * 86_400_000);
      expect(draft.items.map((i) => [i.description.slice(0, 2), i.quantity.toString(), i.unit])).toEqual([
        ['纸箱', '5000', 'piece'],
      ]);
      expect(draft.invitations.map((i) => [codes.get(i.sellerId), i.firstViewedAt])).toEqual([
        ['guisen-wood', null],
      ]);
      expect([draft.quotes, draft.events.map((e) => e.kind)]).toEqual([[], ['rfq.created']]);
    });

    it('writes the demo auctions as the platform would have: a log that verifies, bests, timeline', async () => {
      const auctions = await db.prisma.auction.findMany({
        include: {
          bids: { orderBy: { seq: 'asc' } },
          participants: true,
          events: { orderBy: { at: 'asc' } },
        },
      });
      expect(auctions).toHaveLength(DEMO_AUCTIONS.length);
      for (const a of auctions) {
        const entries = a.bids.map((b) => ({
          auctionId: a.id,
          seq: b.seq,
          alias: `${a.direction === 'reverse' ? 'Supplier' : 'Buyer'} ${b.aliasNo}`,
          price: b.price.toFixed(4),
          receivedAt: b.receivedAt.toISOString(),
          outcome: b.outcome,
          hash: b.hash,
        }));
        expect(verifyBidLog(a.id, entries).ok, a.number).toBe(true);
        expect(a.headHash).toBe(entries.at(-1)?.hash ?? genesisHash(a.id));
        expect(a.lastSeq).toBe(entries.length);
        expect(a.acceptedBids).toBe(entries.filter((e) => e.outcome === 'accepted').length);
        expect(a.number).toMatch(/^AUC-\d{8}-\d{6}$/);
        expect(a.events[0]).toMatchObject({ kind: 'auction.created', data: { number: a.number } });
      }
      const live = auctions.find((a) => a.id === demoUuid('auction/sugar-jan-live'));
      const codes = new Map((await db.prisma.company.findMany()).map((c) => [c.id, c.code]));
      expect(live?.status).toBe('running');
      expect(live?.currentEnd.getTime()).toBeGreaterThan(Date.now());
      expect(
        live?.participants
          .filter((p) => p.bestPrice)
          .sort((x, y) => Number(x.bestPrice) - Number(y.bestPrice))
          .map((p) => [codes.get(p.companyId), p.bestPrice?.toFixed(0)]),
      ).toEqual([
        ['guitang-sugar', '5955'],
        ['nanning-sugar', '5965'],
        ['hengtong-trade', '5985'],
      ]);
      const closed = auctions.find((a) => a.id === demoUuid('auction/sugar-dec-closed'));
      expect([closed?.status, closed?.extensions, closed?.closedAt]).toEqual([
        'closed',
        2,
        closed?.currentEnd,
      ]);
      expect(closed?.events.map((e) => e.kind)).toEqual([
        'auction.created',
        'auction.scheduled',
        'auction.started',
        'auction.closed',
      ]);
    });

    it('writes the demo group buys: the open sugar pool 40 t short of its next tier, the plywood pool awaiting its seller', async () => {
      const campaigns = await db.prisma.groupBuyCampaign.findMany({
        include: { commitments: true, changes: true, events: { orderBy: { at: 'asc' } } },
      });
      expect(campaigns).toHaveLength(DEMO_GROUP_BUYS.length);
      const sugar = campaigns.find((c) => c.id === demoUuid('group-buy/sugar-east-pool'));
      expect([sugar?.status, sugar?.total.toFixed(0), sugar?.participants]).toEqual(['open', '260', 3]);
      expect(sugar?.commitments.reduce((a, k) => a + Number(k.quantity), 0)).toBe(260);
      expect(sugar?.changes.map((k) => k.kind)).toEqual(['joined', 'joined', 'joined']);
      expect(sugar?.number).toMatch(/^GB-\d{8}-\d{6}$/);
      expect(sugar?.deadline.getTime()).toBeGreaterThan(Date.now());
      const plywood = campaigns.find((c) => c.id === demoUuid('group-buy/plywood-south-pool'));
      expect([plywood?.status, plywood?.organiserKind, plywood?.commitments]).toEqual([
        'pending_seller',
        'buyer',
        [],
      ]);
      expect(plywood?.events.map((e) => e.kind)).toEqual(['campaign.created', 'campaign.pending_seller']);
    });

    it('reports what it created, and logs a line per kind', () => {
      expect(first.createdTotal).toBeGreaterThan(100);
      expect(first.updatedTotal).toBe(0);
      for (const kind of SEED_KINDS) {
        expect(first.created[kind], kind).toBeGreaterThan(0);
        expect(first.total[kind], kind).toBe(first.created[kind]);
      }
      expect(first.total.users).toBe(DEMO_USERS.length);
      expect(first.created.rfqs).toBe(DEMO_RFQS.length);
      expect(logged).toHaveLength(SEED_KINDS.length);
      expect(logged.find((l) => l.startsWith('rfqs '))).toMatch(
        /^rfqs\s+3 rows\s+\(\+3 created, 0 updated\)$/,
      );
    });
  });

  describe('is idempotent', () => {
    it('changes nothing on a second run: same rows, same values', () => {
      expect(after).toEqual(before);
      expect(after.users.map((u) => u.passwordHash)).toEqual(before.users.map((u) => u.passwordHash));
    });

    it('reports nothing created or updated the second time', () => {
      expect(second.created.rfqs).toBe(0);
      expect(second.createdTotal).toBe(0);
      expect(second.updatedTotal).toBe(0);
      expect(second.total).toEqual(first.total);
    });
  });

  it('stores argon2id hashes that verify the demo password, and only it', async () => {
    const email = demoLogins()[0]?.email ?? '';
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verify(user.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(await verify(user.passwordHash, 'tradeway-demo-2026')).toBe(false);
    const hashes = after.users.map((u) => u.passwordHash);
    expect(new Set(hashes).size).toBe(hashes.length); // one salt per user
  });
});

describe('seed over an existing database', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('leaves other rows alone, restores drifted demo values, and keeps passwords and stock', async () => {
    const other = await db.prisma.company.create({
      data: { code: 'someone-else', name: '别家公司', kinds: ['buyer'], region: '江苏省南京市' },
    });
    await seed(db.prisma);

    const owner = 'buyer.owner@huaxin-food.demo';
    await db.prisma.company.update({
      where: { code: 'huaxin-food' },
      data: { name: '改过的名字', kinds: ['seller'] },
    });
    await db.prisma.user.update({
      where: { email: owner },
      data: { displayName: 'X', passwordHash: 'changed-by-the-user' },
    });
    const g1 = await sku(db.prisma, 'white-sugar-gx-g1');
    await db.prisma.sku.update({
      where: { id: g1.id },
      data: { attributes: { grade: '三级' }, packSize: '1' },
    });
    const level = await db.prisma.inventoryLevel.findFirstOrThrow({
      where: { sku: { code: 'white-sugar-gx-g1' } },
    });
    await db.prisma.inventoryLevel.update({
      where: { id: level.id },
      data: { onHand: '1.5', reserved: '1' },
    });
    await db.prisma.membership.deleteMany({ where: { user: { email: 'seller.sales2@guitang-sugar.demo' } } });

    const summary = await seed(db.prisma);
    expect(summary.created).toMatchObject({ memberships: 1, users: 0, inventory: 0 });
    expect(summary.updated).toMatchObject({ companies: 1, users: 1, skus: 1, inventory: 0 });

    const group = await db.prisma.company.findUniqueOrThrow({ where: { code: 'huaxin-food' } });
    expect(group.name).toBe('华鑫食品集团有限公司');
    expect(group.kinds).toEqual(['buyer']);
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: owner } });
    expect(user.displayName).toBe('王建国');
    expect(user.passwordHash).toBe('changed-by-the-user');
    const restored = await db.prisma.sku.findUniqueOrThrow({ where: { id: g1.id } });
    expect((restored.attributes as Record<string, unknown>).grade).toBe('一级');
    expect(restored.packSize.toString()).toBe('0.05');
    const kept = await db.prisma.inventoryLevel.findUniqueOrThrow({ where: { id: level.id } });
    expect(kept.onHand.toString()).toBe('1.5');
    expect(await db.prisma.company.findUniqueOrThrow({ where: { id: other.id } })).toEqual(other);
  });

  it('puts drifted prices, lists, grades and policies back with a new version, and never re-credits a used rebate', async () => {
    await seed(db.prisma);
    const guitang = await company(db.prisma, 'guitang-sugar');
    const huaxin = await company(db.prisma, 'huaxin-food');
    const g1 = await sku(db.prisma, 'white-sugar-gx-g1');
    const list = await db.prisma.priceList.findUniqueOrThrow({
      where: { sellerId_code: { sellerId: guitang.id, code: 'GT-LIST-2026' } },
    });
    await db.prisma.priceList.update({
      where: { id: list.id },
      data: { terms: Prisma.DbNull, status: 'archived' },
    });
    await db.prisma.priceListItem.update({
      where: { priceListId_skuId: { priceListId: list.id, skuId: g1.id } },
      data: { unitPrice: '1', ladder: [] },
    });
    const newcomer = await db.prisma.customerGrade.findUniqueOrThrow({
      where: { sellerId_code: { sellerId: guitang.id, code: 'NEW' } },
    });
    const pair = { sellerId_buyerId: { sellerId: guitang.id, buyerId: huaxin.id } };
    await db.prisma.customerGradeAssignment.update({ where: pair, data: { gradeId: newcomer.id } });
    const credit = await db.prisma.rebateEntry.findFirstOrThrow({
      where: { sellerId: guitang.id, buyerId: huaxin.id },
    });
    await db.prisma.rebateEntry.create({
      data: {
        sellerId: guitang.id,
        buyerId: huaxin.id,
        amountMinor: -credit.amountMinor,
        reason: 'quote Q-20261201-USED',
        createdById: credit.createdById,
      },
    });
    await db.prisma.approvalPolicy.updateMany({ where: { companyId: guitang.id }, data: { active: false } });

    const summary = await seed(db.prisma);
    expect(summary.updated).toMatchObject({
      priceLists: 1,
      priceListItems: 1,
      gradeAssignments: 1,
      approvalPolicies: 2,
      rebates: 0,
    });
    expect(summary.created).toMatchObject({ priceLists: 0, priceListItems: 0, rebates: 0 });

    const restored = await db.prisma.priceList.findUniqueOrThrow({ where: { id: list.id } });
    expect(restored.status).toBe('published');
    expect(restored.terms).toEqual({ annualCostOfCapitalBps: 800, prepaymentDays: 30, overridesBps: {} });
    expect(restored.version).toBeGreaterThan(list.version);
    const item = await db.prisma.priceListItem.findUniqueOrThrow({
      where: { priceListId_skuId: { priceListId: list.id, skuId: g1.id } },
    });
    expect(item.unitPrice.toString()).toBe('6100');
    expect(item.ladder).toHaveLength(3);
    const strategic = await db.prisma.customerGrade.findUniqueOrThrow({
      where: { sellerId_code: { sellerId: guitang.id, code: 'STRATEGIC' } },
    });
    expect((await db.prisma.customerGradeAssignment.findUniqueOrThrow({ where: pair })).gradeId).toBe(
      strategic.id,
    );
    const balance = await db.prisma.rebateEntry.aggregate({
      where: { sellerId: guitang.id, buyerId: huaxin.id },
      _sum: { amountMinor: true },
    });
    expect(balance._sum.amountMinor).toBe(0n);
    for (const p of await db.prisma.approvalPolicy.findMany({ where: { companyId: guitang.id } })) {
      expect(p.active).toBe(true);
      expect(p.version).toBe(2);
    }
  });

  it('leaves out a demo order whose stock is short, and places it on a later run', async () => {
    await seed(db.prisma);
    const id = demoUuid('order/gt-huaxin-confirmed-g1');
    // As if it had never been seeded: its rows gone, its 30 t no longer reserved; then the
    // location holds 10 t more than the other confirmed order's 20 t.
    const lines = await db.prisma.orderLine.findMany({ where: { orderId: id } });
    expect(lines).toHaveLength(1);
    await db.prisma.orderReservation.deleteMany({ where: { orderLineId: { in: lines.map((l) => l.id) } } });
    await db.prisma.orderEvent.deleteMany({ where: { orderId: id } });
    await db.prisma.orderLine.deleteMany({ where: { orderId: id } });
    await db.prisma.order.delete({ where: { id } });
    const a1 = await db.prisma.inventoryLevel.findFirstOrThrow({
      where: {
        sku: { code: 'white-sugar-gx-g1' },
        location: { code: 'A1', warehouse: { code: 'chongzuo-sugar-wh' } },
      },
    });
    await db.prisma.inventoryLevel.update({ where: { id: a1.id }, data: { onHand: '30', reserved: '20' } });

    const log: string[] = [];
    const short = await seed(db.prisma, { log: (line) => log.push(line) });
    expect(short.created.orders).toBe(0);
    expect(log.join('\n')).toContain('gt-huaxin-confirmed-g1 left out');
    expect(await db.prisma.order.findUnique({ where: { id } })).toBeNull();
    const untouched = await db.prisma.inventoryLevel.findUniqueOrThrow({ where: { id: a1.id } });
    expect([untouched.onHand.toString(), untouched.reserved.toString()]).toEqual(['30', '20']);

    await db.prisma.inventoryLevel.update({ where: { id: a1.id }, data: { onHand: '1200' } });
    const later = await seed(db.prisma);
    expect(later.created.orders).toBe(1);
    const placed = await db.prisma.order.findUniqueOrThrow({
      where: { id },
      include: { lines: { include: { reservations: true } } },
    });
    expect(placed.status).toBe('confirmed');
    expect(placed.lines[0]?.reservations.map((r) => [r.locationId, r.quantity.toString()])).toEqual([
      [a1.locationId, '30'],
    ]);
    expect(
      (await db.prisma.inventoryLevel.findUniqueOrThrow({ where: { id: a1.id } })).reserved.toString(),
    ).toBe('50');
    expect((await seed(db.prisma)).created.orders).toBe(0);
  });
});

describe('demo RFQs over an existing database', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('never touches a demo RFQ again, and creates one that is missing with a new number', async () => {
    await seed(db.prisma);
    // The buyer cancels the sealed RFQ; the draft goes away altogether (as if never seeded).
    const sealedId = demoUuid('rfq/sugar-q1-sealed');
    await db.prisma.rfq.update({
      where: { id: sealedId },
      data: {
        status: 'cancelled',
        cancelledAt: new Date(),
        cancelReason: '生产计划调整',
        version: { increment: 1 },
      },
    });
    const detail = { items: true, invitations: true, quotes: { include: { versions: true } }, events: true };
    const sealed = await db.prisma.rfq.findUniqueOrThrow({ where: { id: sealedId }, include: detail });
    const draftId = demoUuid('rfq/packaging-draft');
    const old = await db.prisma.rfq.findUniqueOrThrow({ where: { id: draftId } });
    await db.prisma.rfq.delete({ where: { id: draftId } });

    const again = await seed(db.prisma);
    expect(again.created.rfqs).toBe(1);
    expect(again.total.rfqs).toBe(DEMO_RFQS.length);
    expect(await db.prisma.rfq.findUniqueOrThrow({ where: { id: sealedId }, include: detail })).toEqual(
      sealed,
    );
    const back = await db.prisma.rfq.findUniqueOrThrow({ where: { id: draftId }, include: { items: true } });
    expect(back.status).toBe('draft');
    expect(back.number).not.toBe(old.number);
    expect(back.items).toHaveLength(1);
    expect((await seed(db.prisma)).created.rfqs).toBe(0);
  });
});

describe('concurrent seeds', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('serialise on a lock: both succeed and the demo is written once', async () => {
    const [a, b] = await Promise.all([seed(db.prisma), seed(db.prisma)]);
    expect(a.createdTotal + b.createdTotal).toBe(Math.max(a.createdTotal, b.createdTotal));
    expect(a.total).toEqual(b.total);
    expect(await db.prisma.user.count()).toBe(DEMO_USERS.length);
  });
});

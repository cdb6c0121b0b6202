import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, PrismaService } from '@tradeway/server/platform';
import { allocateStock, formatQuantity, parseQuantity } from '@tradeway/server/orders/domain';
import { createTestDatabase, factories, type TestDatabase } from '@tradeway/server/testing';
import { OrderRepository } from './order.repository';

/**
 * The stock side of confirmations on real PostgreSQL: positions locked in id order, the
 * conditional reservation, and the release on cancellation — under concurrent transactions.
 */
describe('OrderRepository stock reservations', () => {
  let db: TestDatabase;
  let prisma: PrismaService;
  let repo: OrderRepository;
  let sellerId: string;
  let buyerId: string;
  let skuId: string;
  let locations: string[];
  const orderLines: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = new PrismaService(loadConfig({ DATABASE_URL: db.url, REDIS_URL: 'redis://127.0.0.1:6379' }));
    repo = new OrderRepository(prisma);
    const make = factories(db.prisma);
    sellerId = (await make.company(['seller'], { name: '桂糖' })).id;
    buyerId = (await make.company(['buyer'], { name: '华鑫' })).id;
    const category = await db.prisma.category.create({
      data: { code: 'sugar', nameZh: '糖', nameEn: 'Sugar', taxRateBps: 1300 },
    });
    const product = await db.prisma.product.create({
      data: { code: 'WS', sellerId, categoryId: category.id, nameZh: '糖', nameEn: 'Sugar', unit: 't' },
    });
    skuId = (
      await db.prisma.sku.create({
        data: {
          code: 'WS',
          sellerId,
          productId: product.id,
          attributes: {},
          unit: 't',
          packSize: '1',
          minOrderQuantity: '1',
          orderIncrement: '1',
        },
      })
    ).id;
    locations = [];
    for (const code of ['A', 'B']) {
      const location = await db.prisma.warehouseLocation.create({
        data: {
          code: '1',
          warehouse: {
            create: {
              code,
              name: code,
              nameEn: code,
              kind: 'ambient',
              city: '崇左',
              address: '崇左',
              operatorId: sellerId,
              dailyStorageFeeMinor: 1n,
              feeUnit: 't',
              exitFeeDays: 1,
            },
          },
        },
      });
      locations.push(location.id);
    }
    for (let i = 0; i < 8; i++) {
      const order = await db.prisma.order.create({
        data: {
          number: `PO-T-${i}`,
          buyerId,
          sellerId,
          source: 'catalog_quote',
          channel: 'self_service',
          status: 'placed',
          currency: 'CNY',
          paymentTerm: 'cash',
          delivery: { mode: 'delivery', region: 'CN-GX' },
          netMinor: 1n,
          taxMinor: 0n,
          totalMinor: 1n,
          placedAt: new Date(),
          lines: {
            create: {
              lineNo: 1,
              skuId,
              description: '糖',
              quantity: '6',
              unit: 't',
              unitPrice: '1',
              taxRateBps: 0,
              netMinor: 1n,
              taxMinor: 0n,
              totalMinor: 1n,
            },
          },
        },
        include: { lines: true },
      });
      orderLines.push(order.lines[0]?.id as string);
    }
  });
  beforeEach(async () => {
    await db.prisma.orderReservation.deleteMany();
    await db.prisma.inventoryLevel.deleteMany();
    await db.prisma.inventoryLevel.create({
      data: { skuId, locationId: locations[0] as string, onHand: '10' },
    });
    await db.prisma.inventoryLevel.create({
      data: { skuId, locationId: locations[1] as string, onHand: '5' },
    });
  });
  afterAll(async () => {
    await prisma?.onModuleDestroy();
    await db?.drop();
  });

  const reserved = async () =>
    (await db.prisma.inventoryLevel.findMany({ where: { skuId }, orderBy: { locationId: 'asc' } })).reduce(
      (sum, l) => sum + (parseQuantity(l.reserved.toFixed(3)) ?? 0n),
      0n,
    );

  /** What a confirmation does with the stock: lock, allocate, reserve, record. */
  const confirmLine = (orderLineId: string, quantity: bigint) =>
    repo.transaction(async (tx) => {
      const positions = await repo.lockStock(tx, sellerId, [skuId]);
      const allocation = allocateStock(
        [{ lineId: orderLineId, lineNo: 1, index: 0, skuId, skuCode: 'WS', unit: 't', quantity }],
        positions,
        { preferredWarehouseId: null },
      );
      if (!allocation.ok) return false;
      for (const a of allocation.value) {
        if (!(await repo.reserveStock(tx, a.levelId, formatQuantity(a.quantity))))
          throw new Error('lost a race');
      }
      await repo.addReservations(
        tx,
        allocation.value.map((a) => ({
          orderLineId,
          skuId,
          locationId: a.locationId,
          quantity: formatQuantity(a.quantity),
          createdAt: new Date(),
        })),
      );
      return true;
    });

  it('never reserves more than is on hand when many confirmations run at once', async () => {
    // 15 t in stock, eight confirmations of 6 t each at the same time: exactly two fit.
    const results = await Promise.all(orderLines.map((line) => confirmLine(line, 6_000n)));
    expect(results.filter(Boolean)).toHaveLength(2);
    expect(await reserved()).toBe(12_000n);
    const levels = await db.prisma.inventoryLevel.findMany({ where: { skuId } });
    for (const l of levels) expect(l.reserved.lessThanOrEqualTo(l.onHand)).toBe(true);
    expect(await db.prisma.orderReservation.count()).toBeGreaterThanOrEqual(2);
  });

  it('refuses a reservation beyond what is available in the statement itself', async () => {
    const [level] = await db.prisma.inventoryLevel.findMany({ where: { skuId, locationId: locations[0] } });
    await db.prisma.$transaction(async (tx) => {
      expect(await repo.reserveStock(tx, level?.id as string, '10.001')).toBe(false);
      expect(await repo.reserveStock(tx, level?.id as string, '10.000')).toBe(true);
      expect(await repo.reserveStock(tx, level?.id as string, '0.001')).toBe(false);
    });
  });

  it('releases an order’s reservations once, giving the stock back', async () => {
    const line = orderLines[0] as string;
    expect(await confirmLine(line, 12_000n)).toBe(true);
    expect(await reserved()).toBe(12_000n);
    const orderId = (await db.prisma.orderLine.findUniqueOrThrow({ where: { id: line } })).orderId;
    const now = new Date();
    const released = await repo.transaction((tx) => repo.releaseReservations(tx, orderId, now));
    expect(released.map((r) => r.quantity).sort()).toEqual(['10.000', '2.000']);
    expect(await reserved()).toBe(0n);
    expect(await db.prisma.orderReservation.count({ where: { releasedAt: null } })).toBe(0);
    // A second release finds nothing open and changes nothing.
    expect(await repo.transaction((tx) => repo.releaseReservations(tx, orderId, now))).toEqual([]);
    expect(await reserved()).toBe(0n);
  });

  it('lets a release and a confirmation on the same stock run at once without losing a unit', async () => {
    const first = orderLines[1] as string;
    expect(await confirmLine(first, 15_000n)).toBe(true);
    const orderId = (await db.prisma.orderLine.findUniqueOrThrow({ where: { id: first } })).orderId;
    const [release, confirmed] = await Promise.all([
      repo.transaction((tx) => repo.releaseReservations(tx, orderId, new Date())),
      confirmLine(orderLines[2] as string, 6_000n),
    ]);
    expect(release).toHaveLength(2);
    // Whichever went first, the books balance: open reservations equal what is reserved.
    const open = await db.prisma.orderReservation.findMany({ where: { releasedAt: null } });
    const openTotal = open.reduce((s, r) => s + (parseQuantity(r.quantity.toFixed(3)) ?? 0n), 0n);
    expect(await reserved()).toBe(openTotal);
    expect(openTotal).toBe(confirmed ? 6_000n : 0n);
  });
});

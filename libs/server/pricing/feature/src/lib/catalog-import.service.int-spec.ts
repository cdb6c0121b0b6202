import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditService, loadConfig, PrismaService, QueueDriver } from '@tradeway/server/platform';
import { PricingRepository } from '@tradeway/server/pricing/data-access';
import {
  createTestDatabase,
  createTestRedis,
  factories,
  type TestDatabase,
  type TestRedis,
} from '@tradeway/server/testing';
import { CatalogImportService } from './catalog-import.service';

const ROWS = 20_000;

/** Imports at the size the issue names ("tens of thousands of rows"), run as the worker runs them. */
describe('CatalogImportService at size', () => {
  let db: TestDatabase;
  let redis: TestRedis;
  let prisma: PrismaService;
  let queues: QueueDriver;
  let service: CatalogImportService;
  let sellerId: string;
  let userId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    redis = createTestRedis();
    const config = loadConfig({ DATABASE_URL: db.url, REDIS_URL: redis.url, QUEUE_PREFIX: redis.prefix });
    prisma = new PrismaService(config);
    queues = new QueueDriver(config);
    service = new CatalogImportService(new PricingRepository(prisma), new AuditService(prisma), queues);
    const make = factories(db.prisma);
    const seller = await make.company(['seller'], { name: '桂糖' });
    sellerId = seller.id;
    userId = (await make.member(seller.id, 'sales_manager')).user.id;
    await db.prisma.category.create({
      data: { code: 'sugar', nameZh: '糖', nameEn: 'Sugar', taxRateBps: 1300 },
    });
  });
  afterAll(async () => {
    await queues.onModuleDestroy();
    await prisma.onModuleDestroy();
    await redis.cleanup();
    await db.drop();
  });

  const importRow = (
    kind: 'products' | 'price_list',
    csv: string,
    extra: { priceListId?: string; strict?: boolean } = {},
  ) =>
    db.prisma.catalogImport.create({
      data: {
        sellerId,
        createdById: userId,
        kind,
        priceListId: extra.priceListId ?? null,
        fileName: `${kind}.csv`,
        format: 'csv',
        strict: extra.strict ?? false,
        content: Buffer.from(csv),
        totalRows: ROWS,
      },
    });

  it(`applies ${ROWS} product rows and then ${ROWS} prices in one transaction each, once`, async () => {
    const header =
      'product_code,product_name_zh,product_name_en,category_code,unit,sku_code,spec_code,attributes,pack_size,min_order_quantity,order_increment';
    const lines = Array.from(
      { length: ROWS },
      (_, i) =>
        `P${Math.floor(i / 4)},白砂糖${Math.floor(i / 4)},White sugar ${Math.floor(i / 4)},sugar,t,S${i},SUGAR-${i % 7},grade=一级; lot=${i},1,1,0.5`,
    );
    const products = await importRow('products', [header, ...lines].join('\n'));
    await service.run(products.id);
    const done = await db.prisma.catalogImport.findUniqueOrThrow({ where: { id: products.id } });
    expect([done.status, done.appliedRows, done.rejectedRows, done.processedRows]).toEqual([
      'done',
      ROWS,
      0,
      ROWS,
    ]);
    expect(await db.prisma.sku.count({ where: { sellerId } })).toBe(ROWS);
    expect(await db.prisma.product.count({ where: { sellerId } })).toBe(ROWS / 4);
    const sample = await db.prisma.sku.findFirstOrThrow({ where: { sellerId, code: 'S17' } });
    expect(sample.attributes).toEqual({ grade: '一级', lot: '17' });
    expect(sample.orderIncrement.toFixed()).toBe('0.5');

    // Running the job again (a retry) changes nothing.
    await service.run(products.id);
    expect(await db.prisma.auditEntry.count({ where: { action: 'catalog.import' } })).toBe(1);

    const list = await db.prisma.priceList.create({ data: { sellerId, code: 'L', name: 'L', kind: 'list' } });
    const priceLines = Array.from(
      { length: ROWS },
      (_, i) => `S${i},${6000 + (i % 100)}.5,5500,all_units,100,5900`,
    );
    const prices = await importRow(
      'price_list',
      [
        'sku_code,unit_price,floor_price,ladder_mode,break1_min_qty,break1_price',
        ...priceLines,
        'S-missing,1,,,,',
      ].join('\n'),
      { priceListId: list.id },
    );
    await service.run(prices.id);
    const priced = await db.prisma.catalogImport.findUniqueOrThrow({ where: { id: prices.id } });
    expect([priced.status, priced.appliedRows, priced.rejectedRows]).toEqual(['done', ROWS, 1]);
    expect(await db.prisma.priceListItem.count({ where: { priceListId: list.id } })).toBe(ROWS);
    const item = await db.prisma.priceListItem.findFirstOrThrow({ where: { priceListId: list.id } });
    expect(item.ladder).toEqual([{ minQuantity: '100', kind: 'absolute', value: '5900' }]);
  });

  it('applies nothing in strict mode when one row is rejected', async () => {
    const list = await db.prisma.priceList.create({
      data: { sellerId, code: 'STRICT', name: 'S', kind: 'list' },
    });
    const csv = ['sku_code,unit_price', 'S1,100', 'S2,abc'].join('\n');
    const job = await importRow('price_list', csv, { priceListId: list.id, strict: true });
    await service.run(job.id);
    const done = await db.prisma.catalogImport.findUniqueOrThrow({ where: { id: job.id } });
    expect([done.status, done.appliedRows, done.rejectedRows]).toEqual(['done', 0, 1]);
    expect(await db.prisma.priceListItem.count({ where: { priceListId: list.id } })).toBe(0);
  });
});

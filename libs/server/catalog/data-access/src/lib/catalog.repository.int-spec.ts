import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, PrismaService } from '@tradeway/server/platform';
import { createTestDatabase, type TestDatabase } from '@tradeway/server/testing';
import { CatalogRepository } from './catalog.repository';

describe('CatalogRepository', () => {
  let db: TestDatabase;
  let prisma: PrismaService;
  let repo: CatalogRepository;
  let fruitId: string;
  let appleCatId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = new PrismaService(loadConfig({ DATABASE_URL: db.url, REDIS_URL: 'redis://127.0.0.1:6379' }));
    repo = new CatalogRepository(prisma);
    const seller = await db.prisma.company.create({
      data: { code: 's', name: '烟台果业', kinds: ['seller'], region: '山东' },
    });
    const fruit = await db.prisma.category.create({
      data: { code: 'fruit', nameZh: '水果', nameEn: 'Fruit', taxRateBps: 900 },
    });
    const apple = await db.prisma.category.create({
      data: { code: 'apple', nameZh: '苹果', nameEn: 'Apples', taxRateBps: 900, parentId: fruit.id },
    });
    fruitId = fruit.id;
    appleCatId = apple.id;
    for (let i = 0; i < 25; i++) {
      await db.prisma.product.create({
        data: {
          code: `p${i}`,
          sellerId: seller.id,
          categoryId: apple.id,
          nameZh: `红富士 ${i}`,
          nameEn: `Fuji ${String(i).padStart(2, '0')}`,
          unit: 'box',
        },
      });
    }
  });
  afterAll(async () => {
    await prisma?.onModuleDestroy();
    await db?.drop();
  });

  it('lists categories roots first, with their product counts', async () => {
    const cats = await repo.listCategories();
    expect(cats.map((c) => [c.code, c.productCount])).toEqual([
      ['fruit', 0],
      ['apple', 25],
    ]);
  });

  it('pages on the server with a stable order and a total', async () => {
    const page2 = await repo.findProducts({ page: 2, pageSize: 10 }, undefined, null);
    expect(page2.total).toBe(25);
    expect(page2.items.map((p) => p.nameEn)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Fuji ${String(i + 10).padStart(2, '0')}`),
    );
    expect(page2.items[0]?.sellerName).toBe('烟台果业');
  });

  it('filters by keyword in either language and by category ids', async () => {
    // 红富士 2 and 红富士 20–24
    expect((await repo.findProducts({ page: 1, pageSize: 50, q: '富士 2' }, undefined, null)).total).toBe(6);
    expect((await repo.findProducts({ page: 1, pageSize: 50, q: 'fuji 1' }, undefined, null)).total).toBe(10);
    expect((await repo.findProducts({ page: 1, pageSize: 50 }, [fruitId], null)).total).toBe(0);
    expect((await repo.findProducts({ page: 1, pageSize: 50 }, [fruitId, appleCatId], null)).total).toBe(25);
  });
});

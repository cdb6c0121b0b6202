import { verify } from '@node-rs/argon2';
import type { PrismaClient } from '@tradeway/server/platform';
import { createTestDatabase, type TestDatabase } from '@tradeway/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS, demoLogins } from './demo-data';
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
  };
}

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

    it('reports what it created, and logs a line per kind', () => {
      expect(first.createdTotal).toBeGreaterThan(100);
      expect(first.updatedTotal).toBe(0);
      for (const kind of SEED_KINDS) {
        expect(first.created[kind], kind).toBeGreaterThan(0);
        expect(first.total[kind], kind).toBe(first.created[kind]);
      }
      expect(first.total.users).toBe(DEMO_USERS.length);
      expect(logged).toHaveLength(SEED_KINDS.length);
    });
  });

  describe('is idempotent', () => {
    it('changes nothing on a second run: same rows, same values', () => {
      expect(after).toEqual(before);
      expect(after.users.map((u) => u.passwordHash)).toEqual(before.users.map((u) => u.passwordHash));
    });

    it('reports nothing created or updated the second time', () => {
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
    await db.prisma.sku.update({
      where: { code: 'white-sugar-gx-g1' },
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
    const sku = await db.prisma.sku.findUniqueOrThrow({ where: { code: 'white-sugar-gx-g1' } });
    expect((sku.attributes as Record<string, unknown>).grade).toBe('一级');
    expect(sku.packSize.toString()).toBe('0.05');
    const kept = await db.prisma.inventoryLevel.findUniqueOrThrow({ where: { id: level.id } });
    expect(kept.onHand.toString()).toBe('1.5');
    expect(await db.prisma.company.findUniqueOrThrow({ where: { id: other.id } })).toEqual(other);
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

import { isDeepStrictEqual } from 'node:util';
import { hash, type Algorithm } from '@node-rs/argon2';
import { submitOrder, transition, type OrderCommand, type OrderState } from '@tradeway/server/orders/domain';
import { Prisma, type PrismaClient } from '@tradeway/server/platform';
import {
  calendarDayIn,
  checkQuote,
  checkRfqSchedule,
  rfqTransition,
  type RfqCommand,
  type RfqState,
} from '@tradeway/server/rfq/domain';
import {
  DEMO_CATEGORIES,
  DEMO_COMPANIES,
  DEMO_INVENTORY,
  DEMO_PASSWORD,
  DEMO_PRODUCTS,
  DEMO_USERS,
  DEMO_WAREHOUSES,
  type BuiltInRole,
  type CompanyKind,
  type CompanySize,
  type Unit,
  type WarehouseKind,
} from './demo-data';
import {
  DEMO_APPROVAL_POLICIES,
  DEMO_GRADE_ASSIGNMENTS,
  DEMO_GRADES,
  DEMO_PRICE_LISTS,
  DEMO_REBATES,
  type DemoDelivery,
  type LadderMode,
  type PriceListKind,
  type PriceListStatus,
} from './demo-pricing';
import {
  DEMO_ORDERS,
  demoLineFigures,
  demoListPrice,
  demoSku,
  demoUuid,
  type DemoOrder,
} from './demo-orders';
import { DEMO_RFQS, type DemoRfq } from './demo-rfqs';
import { addDays } from './days';
import { seedAuctions } from './seed-auctions';
import { seedGroupBuys } from './seed-group-buys';

export { DEMO_PASSWORD, demoLogins, type DemoLogin, type DemoPortal } from './demo-data';

// The demo data declares its own unions so that it stays plain data; these fail to compile
// the moment the schema's enums and the demo's drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const enumsMatch: [
  Same<Unit, Prisma.SkuCreateInput['unit']>,
  Same<CompanyKind, Extract<Prisma.CompanyCreateInput['kinds'], readonly unknown[]>[number]>,
  Same<CompanySize, NonNullable<Prisma.CompanyCreateInput['size']>>,
  Same<BuiltInRole, Prisma.MembershipCreateInput['role']>,
  Same<WarehouseKind, Prisma.WarehouseCreateInput['kind']>,
  Same<PriceListKind, Prisma.PriceListCreateInput['kind']>,
  Same<PriceListStatus, NonNullable<Prisma.PriceListCreateInput['status']>>,
  Same<LadderMode, NonNullable<Prisma.PriceListItemCreateInput['ladderMode']>>,
] = [true, true, true, true, true, true, true, true];
void enumsMatch;

/** `Algorithm` is a const enum in @node-rs/argon2's typings and `{}` at run time under
 * isolated-module transpilers (tsx, vitest), so use its value: 2 = Argon2id. */
const ARGON2ID = 2 as Algorithm;

/** Serialises concurrent seeds of one database (pg_advisory_xact_lock key). */
const SEED_LOCK_KEY = 0x7457_5345; // "tWSE"

export const SEED_KINDS = [
  'companies',
  'users',
  'memberships',
  'categories',
  'products',
  'skus',
  'unitConversions',
  'warehouses',
  'locations',
  'inventory',
  'grades',
  'gradeAssignments',
  'priceLists',
  'priceListItems',
  'rebates',
  'approvalPolicies',
  'orders',
  'rfqs',
  'auctions',
  'groupBuys',
] as const;
export type SeedKind = (typeof SEED_KINDS)[number];

export interface SeedSummary {
  /** rows of each kind in the database after seeding (demo rows and any others) */
  readonly total: Record<SeedKind, number>;
  /** rows created by this run */
  readonly created: Record<SeedKind, number>;
  /** existing demo rows whose values this run put back to the demo's */
  readonly updated: Record<SeedKind, number>;
  readonly createdTotal: number;
  readonly updatedTotal: number;
  readonly durationMs: number;
}

export interface SeedOptions {
  log?: (line: string) => void;
}

type Tx = Prisma.TransactionClient;
type Counts = Record<SeedKind, number>;

const zero = (): Counts => Object.fromEntries(SEED_KINDS.map((k) => [k, 0])) as Counts;

/**
 * Writes the demo (demo-data.ts, demo-pricing.ts) idempotently, in one transaction: rows are
 * found by their stable code / email / natural key, created when missing, and put back to the
 * demo's values when they drifted; a second run changes nothing. Rows the demo does not name
 * are never touched or deleted. Three things are only ever created, never overwritten:
 * - a user's password hash (argon2 salts differ, and someone may have changed it),
 * - inventory levels (stock is operational state: intake and reservations move it), and
 * - rebate entries (a ledger: a credit used by an accepted quote is a new, negative entry),
 * - orders (demo-orders.ts: operational state; each is created once, with its timeline and
 *   the stock its confirmation reserves, and then left to the people using the demo),
 * - RFQs (demo-rfqs.ts: likewise, each created once with its items, invitations, quotes and
 *   timeline, and then left alone),
 * - auctions (demo-auctions.ts: each created once with its participants, bid log and timeline),
 * - group buys (demo-group-buys.ts: each created once with its commitments and their changes).
 * A price list or approval policy put back to the demo's values gets a new version, as an
 * edit through the API would.
 */
export async function seed(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);

  // Hash outside the transaction (≈50 ms each, on libuv's pool) and only for new users,
  // so that a re-run neither re-hashes nor holds the transaction open for it.
  const known = new Set(
    (
      await prisma.user.findMany({
        where: { email: { in: DEMO_USERS.map((u) => u.email) } },
        select: { email: true },
      })
    ).map((u) => u.email),
  );
  const hashes = new Map(
    await Promise.all(
      DEMO_USERS.filter((u) => !known.has(u.email)).map(
        async (u) => [u.email, await hashPassword(DEMO_PASSWORD)] as const,
      ),
    ),
  );

  const created = zero();
  const updated = zero();
  const total = await prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      const companyIds = await seedCompanies(tx, created, updated);
      const userIds = await seedUsers(tx, companyIds, hashes, created, updated);
      const categoryIds = await seedCategories(tx, created, updated);
      const skuIds = await seedCatalog(tx, companyIds, categoryIds, created, updated);
      const warehouseIds = await seedWarehouses(tx, companyIds, skuIds, created, updated);
      await seedPricing(tx, { companyIds, userIds, skuIds, warehouseIds }, created, updated);
      await seedOrders(tx, { companyIds, userIds, skuIds, warehouseIds }, created, log);
      await seedRfqs(tx, { companyIds, userIds, skuIds, categoryIds }, created);
      created.auctions += await seedAuctions(tx, { companyIds, userIds, skuIds });
      created.groupBuys += await seedGroupBuys(tx, { companyIds, userIds, skuIds });
      return countAll(tx);
    },
    { timeout: 60_000, maxWait: 15_000 },
  );

  const summary: SeedSummary = {
    total,
    created,
    updated,
    createdTotal: sum(created),
    updatedTotal: sum(updated),
    durationMs: Math.round(performance.now() - started),
  };
  for (const kind of SEED_KINDS) {
    log(
      `${kind.padEnd(16)} ${String(total[kind]).padStart(4)} rows  (+${created[kind]} created, ${updated[kind]} updated)`,
    );
  }
  return summary;
}

function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

const sum = (c: Counts) => SEED_KINDS.reduce((n, k) => n + c[k], 0);

/** Equality of a stored value and a wanted one: Decimal by value, JSON ignoring key order. */
function same(stored: unknown, wanted: unknown): boolean {
  if (Prisma.Decimal.isDecimal(stored)) {
    return wanted !== null && wanted !== undefined && stored.equals(new Prisma.Decimal(String(wanted)));
  }
  return isDeepStrictEqual(stored, wanted);
}

/** The fields of `wanted` that differ from `stored`. */
function changes<W extends object>(stored: object, wanted: W): Partial<W> {
  const out: Partial<W> = {};
  for (const key of Object.keys(wanted) as Array<keyof W>) {
    if (!same((stored as Record<keyof W, unknown>)[key], wanted[key])) out[key] = wanted[key];
  }
  return out;
}

/** Orders items so that each comes after its parent (parent codes missing from the list are ignored). */
function parentsFirst<T extends { code: string; parent?: string }>(items: readonly T[]): T[] {
  const byCode = new Map(items.map((i) => [i.code, i]));
  const out: T[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const visit = (item: T) => {
    if (placed.has(item.code)) return;
    if (visiting.has(item.code)) throw new Error(`cycle in the demo data at ${item.code}`);
    visiting.add(item.code);
    const parent = item.parent ? byCode.get(item.parent) : undefined;
    if (parent) visit(parent);
    visiting.delete(item.code);
    placed.add(item.code);
    out.push(item);
  };
  items.forEach(visit);
  return out;
}

function need(map: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`demo data: unknown ${what} "${key}"`);
  return id;
}

async function seedCompanies(tx: Tx, created: Counts, updated: Counts): Promise<Map<string, string>> {
  const existing = new Map(
    (await tx.company.findMany({ where: { code: { in: DEMO_COMPANIES.map((c) => c.code) } } })).map((c) => [
      c.code,
      c,
    ]),
  );
  const ids = new Map<string, string>();
  for (const c of parentsFirst(DEMO_COMPANIES)) {
    const data = {
      name: c.name,
      nameEn: c.nameEn,
      creditCode: c.creditCode,
      kinds: [...c.kinds],
      size: c.size,
      region: c.region,
      regionCode: c.regionCode,
      baseCurrency: 'CNY',
      parentId: c.parent ? need(ids, c.parent, 'parent company') : null,
    };
    const row = existing.get(c.code);
    if (!row) {
      const { id } = await tx.company.create({ data: { code: c.code, ...data }, select: { id: true } });
      ids.set(c.code, id);
      created.companies++;
      continue;
    }
    ids.set(c.code, row.id);
    const diff = changes(row, data);
    if (Object.keys(diff).length > 0) {
      await tx.company.update({ where: { id: row.id }, data: diff });
      updated.companies++;
    }
  }
  return ids;
}

async function seedUsers(
  tx: Tx,
  companyIds: ReadonlyMap<string, string>,
  hashes: ReadonlyMap<string, string>,
  created: Counts,
  updated: Counts,
): Promise<Map<string, string>> {
  const existing = new Map(
    (await tx.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } })).map((u) => [
      u.email,
      u,
    ]),
  );
  const userIds = new Map<string, string>();
  for (const u of DEMO_USERS) {
    // passwordHash and disabledAt are deliberately not part of what a re-run restores
    const data = { displayName: u.displayName, locale: u.locale };
    const row = existing.get(u.email);
    if (!row) {
      const passwordHash = hashes.get(u.email) ?? (await hashPassword(DEMO_PASSWORD));
      const { id } = await tx.user.create({
        data: { email: u.email, passwordHash, ...data },
        select: { id: true },
      });
      userIds.set(u.email, id);
      created.users++;
      continue;
    }
    userIds.set(u.email, row.id);
    const diff = changes(row, data);
    if (Object.keys(diff).length > 0) {
      await tx.user.update({ where: { id: row.id }, data: diff });
      updated.users++;
    }
  }

  const memberships = await tx.membership.findMany({ where: { userId: { in: [...userIds.values()] } } });
  const byKey = new Map(memberships.map((m) => [`${m.userId}/${m.companyId}`, m]));
  for (const u of DEMO_USERS) {
    const userId = need(userIds, u.email, 'user');
    for (const m of u.memberships) {
      const companyId = need(companyIds, m.company, 'company');
      const data = { role: m.role, isOwner: m.role === 'owner' };
      const row = byKey.get(`${userId}/${companyId}`);
      if (!row) {
        await tx.membership.create({ data: { userId, companyId, ...data } });
        created.memberships++;
        continue;
      }
      const diff = changes(row, data);
      if (Object.keys(diff).length > 0) {
        await tx.membership.update({ where: { id: row.id }, data: diff });
        updated.memberships++;
      }
    }
  }
  return userIds;
}

async function seedCategories(tx: Tx, created: Counts, updated: Counts): Promise<Map<string, string>> {
  const existing = new Map(
    (await tx.category.findMany({ where: { code: { in: DEMO_CATEGORIES.map((c) => c.code) } } })).map((c) => [
      c.code,
      c,
    ]),
  );
  const ids = new Map<string, string>();
  for (const c of parentsFirst(DEMO_CATEGORIES)) {
    const data = {
      nameZh: c.nameZh,
      nameEn: c.nameEn,
      taxRateBps: c.taxRateBps,
      parentId: c.parent ? need(ids, c.parent, 'parent category') : null,
    };
    const row = existing.get(c.code);
    if (!row) {
      const { id } = await tx.category.create({ data: { code: c.code, ...data }, select: { id: true } });
      ids.set(c.code, id);
      created.categories++;
      continue;
    }
    ids.set(c.code, row.id);
    const diff = changes(row, data);
    if (Object.keys(diff).length > 0) {
      await tx.category.update({ where: { id: row.id }, data: diff });
      updated.categories++;
    }
  }
  return ids;
}

/**
 * Products, SKUs and unit conversions; returns SKU ids by code. Product and SKU codes are
 * unique per seller, so rows are found by (seller, code): another seller's product with the
 * same code (an import, a scale seed) is not the demo's.
 */
async function seedCatalog(
  tx: Tx,
  companyIds: ReadonlyMap<string, string>,
  categoryIds: ReadonlyMap<string, string>,
  created: Counts,
  updated: Counts,
): Promise<Map<string, string>> {
  const sellerIds = [...new Set(DEMO_PRODUCTS.map((p) => need(companyIds, p.seller, 'seller')))];
  const products = new Map(
    (
      await tx.product.findMany({
        where: { sellerId: { in: sellerIds }, code: { in: DEMO_PRODUCTS.map((p) => p.code) } },
      })
    ).map((p) => [`${p.sellerId}/${p.code}`, p]),
  );
  const allSkus = DEMO_PRODUCTS.flatMap((p) => p.skus);
  const skus = new Map(
    (
      await tx.sku.findMany({
        where: { sellerId: { in: sellerIds }, code: { in: allSkus.map((s) => s.code) } },
      })
    ).map((s) => [`${s.sellerId}/${s.code}`, s]),
  );
  const conversions = new Map(
    (await tx.unitConversion.findMany({ where: { skuId: { in: [...skus.values()].map((s) => s.id) } } })).map(
      (c) => [`${c.skuId}/${c.fromUnit}/${c.toUnit}`, c],
    ),
  );

  const skuIds = new Map<string, string>();
  for (const p of DEMO_PRODUCTS) {
    const productData = {
      sellerId: need(companyIds, p.seller, 'seller'),
      categoryId: need(categoryIds, p.category, 'category'),
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      unit: p.unit,
    };
    let productId: string;
    const productRow = products.get(`${productData.sellerId}/${p.code}`);
    if (!productRow) {
      productId = (await tx.product.create({ data: { code: p.code, ...productData }, select: { id: true } }))
        .id;
      created.products++;
    } else {
      productId = productRow.id;
      const diff = changes(productRow, productData);
      if (Object.keys(diff).length > 0) {
        await tx.product.update({ where: { id: productId }, data: diff });
        updated.products++;
      }
    }

    for (const s of p.skus) {
      const skuData = {
        productId,
        sellerId: productData.sellerId,
        specCode: s.specCode ?? null,
        attributes: { ...s.attributes },
        unit: s.unit,
        packSize: s.packSize,
        minOrderQuantity: s.minOrderQuantity,
        orderIncrement: s.orderIncrement,
      };
      let skuId: string;
      const skuRow = skus.get(`${productData.sellerId}/${s.code}`);
      if (!skuRow) {
        skuId = (await tx.sku.create({ data: { code: s.code, ...skuData }, select: { id: true } })).id;
        created.skus++;
      } else {
        skuId = skuRow.id;
        const diff = changes(skuRow, skuData);
        if (Object.keys(diff).length > 0) {
          await tx.sku.update({ where: { id: skuId }, data: diff });
          updated.skus++;
        }
      }
      skuIds.set(s.code, skuId);

      for (const c of s.conversions ?? []) {
        const row = conversions.get(`${skuId}/${c.from}/${c.to}`);
        if (!row) {
          await tx.unitConversion.create({
            data: { skuId, fromUnit: c.from, toUnit: c.to, factor: c.factor },
          });
          created.unitConversions++;
        } else if (!same(row.factor, c.factor)) {
          await tx.unitConversion.update({ where: { id: row.id }, data: { factor: c.factor } });
          updated.unitConversions++;
        }
      }
    }
  }
  return skuIds;
}

async function seedWarehouses(
  tx: Tx,
  companyIds: ReadonlyMap<string, string>,
  skuIds: ReadonlyMap<string, string>,
  created: Counts,
  updated: Counts,
): Promise<Map<string, string>> {
  const warehouses = new Map(
    (await tx.warehouse.findMany({ where: { code: { in: DEMO_WAREHOUSES.map((w) => w.code) } } })).map(
      (w) => [w.code, w],
    ),
  );
  const locationIds = new Map<string, string>(); // "warehouse/location" → id
  const warehouseIds = new Map<string, string>();
  for (const w of DEMO_WAREHOUSES) {
    const data = {
      name: w.name,
      nameEn: w.nameEn,
      kind: w.kind,
      city: w.city,
      address: w.address,
      operatorId: need(companyIds, w.operator, 'warehouse operator'),
      dailyStorageFeeMinor: w.dailyStorageFeeMinor,
      feeUnit: w.feeUnit,
      exitFeeDays: w.exitFeeDays,
      currency: w.currency,
    };
    let warehouseId: string;
    const row = warehouses.get(w.code);
    if (!row) {
      warehouseId = (await tx.warehouse.create({ data: { code: w.code, ...data }, select: { id: true } })).id;
      created.warehouses++;
    } else {
      warehouseId = row.id;
      const diff = changes(row, data);
      if (Object.keys(diff).length > 0) {
        await tx.warehouse.update({ where: { id: warehouseId }, data: diff });
        updated.warehouses++;
      }
    }
    warehouseIds.set(w.code, warehouseId);

    const existing = new Map(
      (await tx.warehouseLocation.findMany({ where: { warehouseId }, select: { id: true, code: true } })).map(
        (l) => [l.code, l.id],
      ),
    );
    for (const code of w.locations) {
      let id = existing.get(code);
      if (!id) {
        id = (await tx.warehouseLocation.create({ data: { warehouseId, code }, select: { id: true } })).id;
        created.locations++;
      }
      locationIds.set(`${w.code}/${code}`, id);
    }
  }

  const levels = await tx.inventoryLevel.findMany({
    where: { locationId: { in: [...locationIds.values()] } },
    select: { skuId: true, locationId: true },
  });
  const present = new Set(levels.map((l) => `${l.skuId}/${l.locationId}`));
  for (const i of DEMO_INVENTORY) {
    const skuId = need(skuIds, i.sku, 'SKU');
    const locationId = need(locationIds, `${i.warehouse}/${i.location}`, 'warehouse location');
    if (present.has(`${skuId}/${locationId}`)) continue; // stock is never overwritten
    await tx.inventoryLevel.create({ data: { skuId, locationId, onHand: i.onHand, reserved: i.reserved } });
    created.inventory++;
  }
  return warehouseIds;
}

interface DemoIds {
  readonly companyIds: ReadonlyMap<string, string>;
  readonly userIds: ReadonlyMap<string, string>;
  readonly skuIds: ReadonlyMap<string, string>;
  readonly warehouseIds: ReadonlyMap<string, string>;
}

/** A day (`2026-01-01`) as the `@db.Date` value Prisma reads back. */
const day = (iso: string | null): Date | null => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);

/** Delivery as stored (the API's deliveryToJson): warehouse ids, fees as strings of digits. */
function deliveryJson(d: DemoDelivery, warehouseIds: ReadonlyMap<string, string>): Prisma.InputJsonObject {
  return {
    pickups: d.pickups.map((p) => ({
      warehouseId: need(warehouseIds, p.warehouse, 'pickup warehouse'),
      handlingPerUnit: p.handlingPerUnit,
    })),
    zones: d.zones.map((z) => ({
      code: z.code,
      nameZh: z.nameZh,
      nameEn: z.nameEn,
      regions: [...z.regions],
      freightPerUnit: z.freightPerUnit,
      perShipmentFeeMinor: z.perShipmentFeeMinor.toString(),
    })),
  };
}

/** A nullable JSON column: null compares as read back, and is written as SQL NULL. */
const jsonColumn = (v: Prisma.InputJsonValue | null) => (v === null ? Prisma.DbNull : v);

/**
 * Grades, grade assignments, price lists with their items, rebate credits and approval
 * policies (demo-pricing.ts). Every SKU a list prices must be its seller's.
 */
async function seedPricing(tx: Tx, ids: DemoIds, created: Counts, updated: Counts): Promise<void> {
  const company = (code: string) => need(ids.companyIds, code, 'company');
  const user = (email: string) => need(ids.userIds, email, 'user');
  const skuSeller = new Map(DEMO_PRODUCTS.flatMap((p) => p.skus.map((s) => [s.code, p.seller] as const)));
  const sellerIds = [
    ...new Set(
      [...DEMO_GRADES, ...DEMO_PRICE_LISTS, ...DEMO_REBATES, ...DEMO_GRADE_ASSIGNMENTS].map((x) =>
        company(x.seller),
      ),
    ),
  ];

  // Grades, by (seller, code)
  const grades = new Map(
    (await tx.customerGrade.findMany({ where: { sellerId: { in: sellerIds } } })).map((g) => [
      `${g.sellerId}/${g.code}`,
      g,
    ]),
  );
  const gradeIds = new Map<string, string>(); // "sellerCode/gradeCode" → id
  for (const g of DEMO_GRADES) {
    const sellerId = company(g.seller);
    const data = { nameZh: g.nameZh, nameEn: g.nameEn, rank: g.rank, description: g.description };
    const row = grades.get(`${sellerId}/${g.code}`);
    if (!row) {
      const { id } = await tx.customerGrade.create({
        data: { sellerId, code: g.code, ...data },
        select: { id: true },
      });
      gradeIds.set(`${g.seller}/${g.code}`, id);
      created.grades++;
      continue;
    }
    gradeIds.set(`${g.seller}/${g.code}`, row.id);
    const diff = changes(row, data);
    if (Object.keys(diff).length > 0) {
      await tx.customerGrade.update({ where: { id: row.id }, data: diff });
      updated.grades++;
    }
  }
  const grade = (seller: string, code: string) => need(gradeIds, `${seller}/${code}`, 'grade');

  // One grade per buyer per seller, by (seller, buyer)
  const assignments = new Map(
    (await tx.customerGradeAssignment.findMany({ where: { sellerId: { in: sellerIds } } })).map((a) => [
      `${a.sellerId}/${a.buyerId}`,
      a,
    ]),
  );
  for (const a of DEMO_GRADE_ASSIGNMENTS) {
    const sellerId = company(a.seller);
    const buyerId = company(a.buyer);
    const data = { gradeId: grade(a.seller, a.grade), assignedById: user(a.assignedBy) };
    const row = assignments.get(`${sellerId}/${buyerId}`);
    if (!row) {
      await tx.customerGradeAssignment.create({ data: { sellerId, buyerId, ...data } });
      created.gradeAssignments++;
    } else if (row.gradeId !== data.gradeId) {
      await tx.customerGradeAssignment.update({
        where: { id: row.id },
        data: { ...data, assignedAt: new Date() },
      });
      updated.gradeAssignments++;
    }
  }

  // Price lists by (seller, code), and their items by (list, SKU)
  const lists = new Map(
    (await tx.priceList.findMany({ where: { sellerId: { in: sellerIds } } })).map((l) => [
      `${l.sellerId}/${l.code}`,
      l,
    ]),
  );
  for (const l of DEMO_PRICE_LISTS) {
    const sellerId = company(l.seller);
    const data = {
      name: l.name,
      kind: l.kind,
      gradeId: l.kind === 'grade' && l.grade ? grade(l.seller, l.grade) : null,
      buyerId: l.kind === 'contract' && l.buyer ? company(l.buyer) : null,
      currency: l.currency,
      validFrom: day(l.validFrom),
      validTo: day(l.validTo),
      status: l.status,
      terms: l.terms
        ? {
            annualCostOfCapitalBps: l.terms.annualCostOfCapitalBps,
            prepaymentDays: l.terms.prepaymentDays,
            overridesBps: { ...l.terms.overridesBps },
          }
        : null,
      delivery: l.delivery ? deliveryJson(l.delivery, ids.warehouseIds) : null,
      quoteValidityDays: l.quoteValidityDays,
    };
    let listId: string;
    const row = lists.get(`${sellerId}/${l.code}`);
    const fresh = !row;
    if (!row) {
      listId = (
        await tx.priceList.create({
          data: {
            sellerId,
            code: l.code,
            ...data,
            terms: jsonColumn(data.terms),
            delivery: jsonColumn(data.delivery),
          },
          select: { id: true },
        })
      ).id;
      created.priceLists++;
    } else {
      listId = row.id;
      const { terms, delivery, ...diff } = changes(row, data);
      if (Object.keys(diff).length > 0 || terms !== undefined || delivery !== undefined) {
        await tx.priceList.update({
          where: { id: listId },
          data: {
            ...diff,
            ...(terms !== undefined ? { terms: jsonColumn(terms) } : {}),
            ...(delivery !== undefined ? { delivery: jsonColumn(delivery) } : {}),
            version: { increment: 1 },
          },
        });
        updated.priceLists++;
      }
    }

    const items = new Map(
      (await tx.priceListItem.findMany({ where: { priceListId: listId } })).map((i) => [i.skuId, i]),
    );
    let itemsChanged = false;
    for (const i of l.items) {
      if (skuSeller.get(i.sku) !== l.seller) {
        throw new Error(`demo data: ${l.code} of ${l.seller} prices ${i.sku}, another seller's SKU`);
      }
      const skuId = need(ids.skuIds, i.sku, 'SKU');
      const itemData = {
        unitPrice: i.unitPrice,
        floorPrice: i.floorPrice,
        ladderMode: i.ladderMode,
        ladder: i.ladder.map((b) => ({ minQuantity: b.minQuantity, kind: b.kind, value: b.value })),
      };
      const itemRow = items.get(skuId);
      if (!itemRow) {
        await tx.priceListItem.create({ data: { priceListId: listId, skuId, ...itemData } });
        created.priceListItems++;
        itemsChanged = true;
        continue;
      }
      const diff = changes(itemRow, itemData);
      if (Object.keys(diff).length > 0) {
        await tx.priceListItem.update({ where: { id: itemRow.id }, data: diff });
        updated.priceListItems++;
        itemsChanged = true;
      }
    }
    // An item change is an edit of the list (the API bumps the version likewise).
    if (itemsChanged && !fresh) {
      await tx.priceList.update({ where: { id: listId }, data: { version: { increment: 1 } } });
    }
  }

  // Rebate credits: created once, never overwritten (a ledger)
  const rebates = await tx.rebateEntry.findMany({
    where: { sellerId: { in: sellerIds }, quoteId: null, amountMinor: { gt: 0n } },
    select: { sellerId: true, buyerId: true, reason: true },
  });
  const credited = new Set(rebates.map((r) => `${r.sellerId}/${r.buyerId}/${r.reason}`));
  for (const r of DEMO_REBATES) {
    const sellerId = company(r.seller);
    const buyerId = company(r.buyer);
    if (credited.has(`${sellerId}/${buyerId}/${r.reason}`)) continue;
    await tx.rebateEntry.create({
      data: {
        sellerId,
        buyerId,
        amountMinor: r.amountMinor,
        currency: r.currency,
        reason: r.reason,
        createdById: user(r.createdBy),
      },
    });
    created.rebates++;
  }

  // Approval policies, by (company, subject type, name)
  const policyCompanies = [...new Set(DEMO_APPROVAL_POLICIES.map((p) => company(p.company)))];
  const policies = new Map(
    (await tx.approvalPolicy.findMany({ where: { companyId: { in: policyCompanies } } })).map((p) => [
      `${p.companyId}/${p.subjectType}/${p.name}`,
      p,
    ]),
  );
  for (const p of DEMO_APPROVAL_POLICIES) {
    const companyId = company(p.company);
    const data = {
      priority: p.priority,
      active: true,
      conditions: { ...p.conditions },
      levels: p.levels.map((l) => ({
        order: l.order,
        mode: l.mode,
        approverRoles: [...l.approverRoles],
        approverUserIds: [...l.approverUserIds],
        slaHours: l.slaHours,
        escalation: { ...l.escalation },
      })),
    };
    const row = policies.get(`${companyId}/${p.subjectType}/${p.name}`);
    if (!row) {
      await tx.approvalPolicy.create({
        data: { companyId, subjectType: p.subjectType, name: p.name, ...data },
      });
      created.approvalPolicies++;
      continue;
    }
    const diff = changes(row, data);
    if (Object.keys(diff).length > 0) {
      await tx.approvalPolicy.update({
        where: { id: row.id },
        data: { ...diff, version: { increment: 1 } },
      });
      updated.approvalPolicies++;
    }
  }
}

/** China's business day (`YYYYMMDD`) of an instant, for order numbers. */
const chinaDay = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
const ORDER_TIME_ZONE = 'Asia/Shanghai';

/**
 * The demo orders (demo-orders.ts), each created once — found by its id, derived from its key
 * — and never touched again: orders are operational state, like stock. An order is written as
 * the platform would have written it: placed (no purchase-order policy applies to the demo
 * buyers), then each step through the domain's `transition` (so a step the lifecycle refuses
 * fails the seed), with its timeline event, version, times and reasons. A confirmation
 * reserves the stock like the API's: `reserved` grows at the location, only where on hand
 * minus reserved covers it; an order whose stock is short is left out (and tried again on the
 * next run). A reservation released by a later cancellation leaves the stock as it was. No
 * audit entries, mails or staff activity: the seed is nobody's action.
 */
async function seedOrders(tx: Tx, ids: DemoIds, created: Counts, log: (line: string) => void): Promise<void> {
  const company = (code: string) => need(ids.companyIds, code, 'company');
  const user = (email: string) => need(ids.userIds, email, 'user');
  const existing = new Set(
    (
      await tx.order.findMany({
        where: { id: { in: DEMO_ORDERS.map((o) => demoUuid(`order/${o.key}`)) } },
        select: { id: true },
      })
    ).map((o) => o.id),
  );
  const locations = new Map(
    (
      await tx.warehouseLocation.findMany({
        where: { warehouseId: { in: [...ids.warehouseIds.values()] } },
        select: { id: true, code: true, warehouse: { select: { code: true } } },
      })
    ).map((l) => [`${l.warehouse.code}/${l.code}`, l.id]),
  );
  const now = new Date();
  // oldest first, so that numbers grow with time as the sequence's do
  for (const order of [...DEMO_ORDERS].sort((a, b) => b.placedHoursAgo - a.placedHoursAgo)) {
    const id = demoUuid(`order/${order.key}`);
    if (existing.has(id)) continue;
    if (await seedOrder(tx, order, id, now, { company, user, ids, locations })) created.orders++;
    else log(`orders: ${order.key} left out, its stock is short (tried again on the next run)`);
  }
}

async function seedOrder(
  tx: Tx,
  order: DemoOrder,
  id: string,
  now: Date,
  ctx: {
    company: (code: string) => string;
    user: (email: string) => string;
    ids: DemoIds;
    locations: ReadonlyMap<string, string>;
  },
): Promise<boolean> {
  const buyerId = ctx.company(order.buyer);
  const sellerId = ctx.company(order.seller);
  const at = (hours: number) => new Date(now.getTime() - Math.round(hours * 3_600_000));
  const placedAt = at(order.placedHoursAgo);
  const lines = order.lines.map((line, i) => {
    const sku = demoSku(line.sku);
    if (sku.seller !== order.seller)
      throw new Error(`demo data: ${order.key} orders another seller's ${line.sku}`);
    const price = demoListPrice(order.seller, order.buyer, line.sku);
    return {
      id: demoUuid(`order/${order.key}/line/${i + 1}`),
      lineNo: i + 1,
      skuId: need(ctx.ids.skuIds, line.sku, 'SKU'),
      skuCode: line.sku,
      description: sku.description,
      specCode: sku.specCode,
      grade: sku.grade,
      quantity: String(line.quantity),
      unit: sku.unit,
      unitPrice: price.unitPrice,
      taxRateBps: sku.taxRateBps,
      ...demoLineFigures(line, price.unitPrice, sku.taxRateBps),
    };
  });

  // The lifecycle, as the API would have run it.
  const opening = submitOrder({ requiresApproval: false }, 'buyer', placedAt);
  if (!opening.ok) throw new Error(`demo data: ${order.key} cannot be placed`);
  let state: OrderState = opening.value.state;
  const events: Prisma.OrderEventCreateManyInput[] = [
    {
      orderId: id,
      kind: opening.value.event,
      actorCompanyId: buyerId,
      actorUserId: ctx.user(order.placedBy),
      data: { to: state, channel: opening.value.channel, approvalRequestId: null },
      at: placedAt,
    },
  ];
  const change: Partial<Prisma.OrderUncheckedCreateInput> = {};
  const reservations: Prisma.OrderReservationCreateManyInput[] = [];
  let last = placedAt;
  for (const step of order.steps) {
    const when = new Date(placedAt.getTime() + step.afterHours * 3_600_000);
    if (when <= last || when >= now)
      throw new Error(`demo data: ${order.key}'s steps are not in order before now`);
    last = when;
    const actor = sideOf(step.by, order);
    const command: OrderCommand =
      step.command === 'confirm'
        ? {
            type: 'confirm',
            scheduledDate: addDays(chinaDay(when), step.scheduledInDays),
            timeZone: ORDER_TIME_ZONE,
          }
        : { type: step.command, reason: step.reason };
    const t = transition({ state }, command, actor, when);
    if (!t.ok) throw new Error(`demo data: ${order.key} cannot ${step.command} (${t.error.code})`);
    const v = t.value;
    if (step.command === 'confirm') {
      if (step.reserve.length !== lines.length) throw new Error(`demo data: ${order.key} reserves per line`);
      step.reserve.forEach((r, i) => {
        const line = lines[i] as (typeof lines)[number];
        reservations.push({
          orderLineId: line.id,
          skuId: line.skuId,
          locationId: need(ctx.locations, `${r.warehouse}/${r.location}`, 'warehouse location'),
          quantity: line.quantity,
          createdAt: when,
        });
      });
      change.scheduledDate = new Date(`${v.scheduledDate}T00:00:00.000Z`);
      change.confirmedAt = when;
    }
    if (v.to === 'cancelled') {
      for (const r of reservations) r.releasedAt = when;
      change.cancellation = v.cancellation;
      change.cancelReason = v.reason;
    }
    if (v.command === 'reject') change.rejectionReason = v.reason;
    events.push({
      orderId: id,
      kind: v.event,
      actorCompanyId: actor === 'buyer' ? buyerId : sellerId,
      actorUserId: ctx.user(step.by),
      data: {
        from: v.from,
        to: v.to,
        ...(v.reason ? { reason: v.reason } : {}),
        ...(v.scheduledDate ? { scheduledDate: v.scheduledDate } : {}),
        ...(v.cancellation ? { cancellation: v.cancellation } : {}),
      },
      at: when,
    });
    state = v.to;
  }

  // Stock first: a confirmation that still holds reserves, as the API's does.
  for (const r of reservations) {
    if (r.releasedAt) continue;
    const n = await tx.$executeRaw`
      UPDATE inventory_levels SET reserved = reserved + ${String(r.quantity)}::numeric
      WHERE "skuId" = ${r.skuId}::uuid AND "locationId" = ${r.locationId}::uuid
        AND "onHand" - reserved >= ${String(r.quantity)}::numeric`;
    if (n !== 1) {
      // Give back what this order reserved so far, and leave it out.
      for (const done of reservations.slice(0, reservations.indexOf(r))) {
        if (done.releasedAt) continue;
        await tx.$executeRaw`
          UPDATE inventory_levels SET reserved = reserved - ${String(done.quantity)}::numeric
          WHERE "skuId" = ${done.skuId}::uuid AND "locationId" = ${done.locationId}::uuid`;
      }
      return false;
    }
  }

  const [seq] = await tx.$queryRaw<Array<{ n: bigint }>>`SELECT nextval('order_number_seq') AS n`;
  const number = `PO-${chinaDay(placedAt).replaceAll('-', '')}-${String(seq?.n ?? 0n).padStart(6, '0')}`;
  const warehouseId = need(ctx.ids.warehouseIds, order.pickup, 'pickup warehouse');
  const sum = (k: 'netMinor' | 'taxMinor' | 'totalMinor') => lines.reduce((a, l) => a + l[k], 0n);
  await tx.order.create({
    data: {
      id,
      number,
      buyerId,
      sellerId,
      source: 'catalog_quote',
      channel: opening.value.channel,
      status: state,
      currency: 'CNY',
      paymentTerm: 'cash',
      delivery: { mode: 'pickup', warehouseId },
      netMinor: sum('netMinor'),
      taxMinor: sum('taxMinor'),
      totalMinor: sum('totalMinor'),
      buyerReference: order.buyerReference,
      note: order.note,
      createdById: ctx.user(order.placedBy),
      createdAt: placedAt,
      placedAt,
      updatedAt: last,
      version: 1 + order.steps.length,
      ...change,
      lines: { create: lines },
    },
  });
  await tx.orderEvent.createMany({ data: events });
  if (reservations.length > 0) await tx.orderReservation.createMany({ data: reservations });
  return true;
}

/** The side of the order a demo user acts for: a member of its buyer or of its seller. */
function sideOf(email: string, order: DemoOrder): 'buyer' | 'seller' {
  const companies = DEMO_USERS.find((u) => u.email === email)?.memberships.map((m) => m.company) ?? [];
  if (companies.includes(order.buyer)) return 'buyer';
  if (companies.includes(order.seller)) return 'seller';
  throw new Error(`demo data: ${email} works for neither side of ${order.key}`);
}

/**
 * The demo RFQs (demo-rfqs.ts), each created once — found by its id, derived from its key —
 * and never touched again: like orders, they are operational state. An RFQ is written as the
 * platform would have written it: created as a draft with its items and invitations, published
 * by its creator (no `rfq_publication` policy applies to the demo buyer), quoted by the invited
 * sellers version by version until the deadline, and closed at the deadline by the system —
 * each step through the rfq domain's rules (`rfqTransition`, `checkRfqSchedule`, `checkQuote`),
 * so a demo the platform would refuse fails the seed. With its timeline events (sealed or not,
 * a quote's event carries no figures), the RFQ's version counting its transitions, and each
 * invited seller's first view and first quote. No approval requests, audit entries, mails or
 * close jobs: the seed is nobody's action (an open RFQ is closed by the deadline sweep).
 */
async function seedRfqs(
  tx: Tx,
  ids: Omit<DemoIds, 'warehouseIds'> & { readonly categoryIds: ReadonlyMap<string, string> },
  created: Counts,
): Promise<void> {
  const existing = new Set(
    (
      await tx.rfq.findMany({
        where: { id: { in: DEMO_RFQS.map((r) => demoUuid(`rfq/${r.key}`)) } },
        select: { id: true },
      })
    ).map((r) => r.id),
  );
  const now = new Date();
  // oldest first, so that numbers grow with time as the sequence's do
  for (const rfq of [...DEMO_RFQS].sort((a, b) => b.createdHoursAgo - a.createdHoursAgo)) {
    const id = demoUuid(`rfq/${rfq.key}`);
    if (existing.has(id)) continue;
    await seedRfq(tx, rfq, id, now, ids);
    created.rfqs++;
  }
}

async function seedRfq(
  tx: Tx,
  rfq: DemoRfq,
  id: string,
  now: Date,
  ids: Omit<DemoIds, 'warehouseIds'> & { readonly categoryIds: ReadonlyMap<string, string> },
): Promise<void> {
  const fail = (what: string): never => {
    throw new Error(`demo data: ${rfq.key} ${what}`);
  };
  const company = (code: string) => need(ids.companyIds, code, 'company');
  const user = (email: string) => need(ids.userIds, email, 'user');
  const at = (hoursAgo: number) => new Date(now.getTime() - Math.round(hoursAgo * 3_600_000));
  const buyerId = company(rfq.buyer);
  const createdById = user(rfq.createdBy);
  const createdAt = at(rfq.createdHoursAgo);
  const deadline = at(-rfq.deadlineInHours);
  const deliveryDate = addDays(calendarDayIn(now), rfq.deliveryInDays);
  const schedule = checkRfqSchedule({ deadline, deliveryDate });
  if (!schedule.ok) fail(`cannot be scheduled (${schedule.error.code})`);
  const items = rfq.items.map((item, i) => ({
    id: demoUuid(`rfq/${rfq.key}/item/${i + 1}`),
    itemNo: i + 1,
    skuId: item.sku ? need(ids.skuIds, item.sku, 'SKU') : null,
    description: item.description,
    specification: item.specification,
    quantity: item.quantity,
    unit: item.unit,
  }));

  // The lifecycle, as the platform would have run it.
  let state = 'draft' as RfqState;
  let version = 1;
  let updatedAt = createdAt;
  const change: Partial<Prisma.RfqUncheckedCreateInput> = {};
  const events: Prisma.RfqEventCreateManyInput[] = [];
  const [seq] = await tx.$queryRaw<Array<{ n: bigint }>>`SELECT nextval('rfq_number_seq') AS n`;
  const number = `RFQ-${calendarDayIn(createdAt).replaceAll('-', '')}-${String(seq?.n ?? 0n).padStart(6, '0')}`;
  events.push({
    rfqId: id,
    kind: 'rfq.created',
    actorCompanyId: buyerId,
    actorUserId: createdById,
    data: { number },
    at: createdAt,
  });
  const step = (command: RfqCommand, actor: 'buyer' | 'system', when: Date, activeQuotes: number) => {
    if (when < updatedAt || when > now) fail(`cannot ${command.kind}: its steps are not in order before now`);
    const t = rfqTransition({ state, deadline, activeQuoteCount: activeQuotes }, command, actor, when);
    if (!t.ok) return fail(`cannot ${command.kind} (${t.error.code})`);
    state = t.value.state;
    version++;
    updatedAt = when;
    events.push({
      rfqId: id,
      kind: t.value.event,
      actorCompanyId: actor === 'buyer' ? buyerId : null,
      actorUserId: actor === 'buyer' ? createdById : null,
      data: {
        from: t.value.from,
        to: t.value.state,
        ...(command.kind === 'close' ? { activeQuotes } : {}),
      },
      at: when,
    });
  };

  const invitations: Prisma.RfqInvitationCreateManyInput[] = [];
  const quotes: Prisma.RfqQuoteCreateManyInput[] = [];
  const versions: Prisma.RfqQuoteVersionCreateManyInput[] = [];
  if (rfq.publishedHoursAgo !== undefined) {
    const publishedAt = at(rfq.publishedHoursAgo);
    step({ kind: 'submit', requiresApproval: false }, 'buyer', publishedAt, 0);
    change.publishedAt = publishedAt;
    const facts = {
      state,
      deadline,
      items: items.map((i) => ({ itemNo: i.itemNo, quantity: i.quantity })),
      acceptedPaymentTerms: [...rfq.acceptedPaymentTerms],
    };
    for (const inv of rfq.invitations) {
      const sellerId = company(inv.seller);
      const quoteId = demoUuid(`rfq/${rfq.key}/quote/${inv.seller}`);
      const viewedAt = inv.viewedHoursAgo === undefined ? null : at(inv.viewedHoursAgo);
      let firstQuotedAt: Date | null = null;
      let last: Date | null = null;
      for (const [i, v] of (inv.versions ?? []).entries()) {
        const when = at(v.hoursAgo);
        if (when <= (last ?? viewedAt ?? publishedAt)) fail(`${inv.seller}'s quote comes before it could`);
        const validUntil = new Date(`${addDays(calendarDayIn(now), v.validDays)}T23:59:59.000+08:00`);
        const checked = checkQuote(facts, { lines: v.lines, paymentTerm: v.paymentTerm, validUntil }, when);
        if (!checked.ok) fail(`${inv.seller}'s version ${i + 1} is refused (${checked.error.code})`);
        versions.push({
          id: demoUuid(`rfq/${rfq.key}/quote/${inv.seller}/v${i + 1}`),
          quoteId,
          version: i + 1,
          paymentTerm: v.paymentTerm,
          deliveryDate: new Date(`${deliveryDate}T00:00:00.000Z`),
          validUntil,
          note: v.note,
          lines: v.lines.map((l) => ({ ...l })),
          createdById: user(v.by),
          createdAt: when,
        });
        events.push({
          rfqId: id,
          kind: i === 0 ? 'quote.submitted' : 'quote.revised',
          actorCompanyId: sellerId,
          actorUserId: user(v.by),
          sellerId,
          data: { quoteId, version: i + 1 },
          at: when,
        });
        firstQuotedAt ??= when;
        last = when;
      }
      if (last && last >= deadline) fail(`${inv.seller} quotes after the deadline`);
      if (firstQuotedAt && !viewedAt) fail(`${inv.seller} quotes an RFQ it never opened`);
      if (viewedAt && (viewedAt <= publishedAt || viewedAt > now)) fail(`${inv.seller} opens it unpublished`);
      invitations.push({
        rfqId: id,
        sellerId,
        invited: true,
        createdAt,
        firstViewedAt: viewedAt,
        firstQuotedAt,
      });
      if (last && firstQuotedAt) {
        quotes.push({
          id: quoteId,
          rfqId: id,
          sellerId,
          status: 'active',
          currentVersion: inv.versions?.length ?? 0,
          createdAt: firstQuotedAt,
          updatedAt: last,
        });
      }
    }
    // The close job at the deadline, when it has passed.
    if (deadline <= now) {
      step({ kind: 'close' }, 'system', deadline, quotes.length);
      change.closedAt = deadline;
    }
  } else {
    for (const inv of rfq.invitations) {
      if (inv.versions?.length || inv.viewedHoursAgo !== undefined) fail('is a draft no seller can see');
      invitations.push({ rfqId: id, sellerId: company(inv.seller), invited: true, createdAt });
    }
  }
  if (state !== rfq.status) fail(`ends ${state}, not ${rfq.status}`);

  await tx.rfq.create({
    data: {
      id,
      number,
      buyerId,
      title: rfq.title,
      description: rfq.description,
      categoryId: rfq.category ? need(ids.categoryIds, rfq.category, 'category') : null,
      openToCategory: false,
      sealed: rfq.sealed,
      currency: 'CNY',
      deliveryDate: new Date(`${deliveryDate}T00:00:00.000Z`),
      deliveryRegion: rfq.deliveryRegion,
      deliveryAddress: rfq.deliveryAddress,
      acceptedPaymentTerms: [...new Set(rfq.acceptedPaymentTerms)],
      deadline,
      status: state,
      createdById,
      createdAt,
      updatedAt,
      version,
      ...change,
      items: { create: items },
    },
  });
  await tx.rfqInvitation.createMany({ data: invitations });
  if (quotes.length > 0) {
    await tx.rfqQuote.createMany({ data: quotes });
    await tx.rfqQuoteVersion.createMany({ data: versions });
  }
  events.sort((a, b) => (a.at as Date).getTime() - (b.at as Date).getTime());
  await tx.rfqEvent.createMany({ data: events });
}

async function countAll(tx: Tx): Promise<Counts> {
  const [
    companies,
    users,
    memberships,
    categories,
    products,
    skus,
    unitConversions,
    warehouses,
    locations,
    inventory,
    grades,
    gradeAssignments,
    priceLists,
    priceListItems,
    rebates,
    approvalPolicies,
    orders,
    rfqs,
    auctions,
    groupBuys,
  ] = await Promise.all([
    tx.company.count(),
    tx.user.count(),
    tx.membership.count(),
    tx.category.count(),
    tx.product.count(),
    tx.sku.count(),
    tx.unitConversion.count(),
    tx.warehouse.count(),
    tx.warehouseLocation.count(),
    tx.inventoryLevel.count(),
    tx.customerGrade.count(),
    tx.customerGradeAssignment.count(),
    tx.priceList.count(),
    tx.priceListItem.count(),
    tx.rebateEntry.count(),
    tx.approvalPolicy.count(),
    tx.order.count(),
    tx.rfq.count(),
    tx.auction.count(),
    tx.groupBuyCampaign.count(),
  ]);
  return {
    companies,
    users,
    memberships,
    categories,
    products,
    skus,
    unitConversions,
    warehouses,
    locations,
    inventory,
    grades,
    gradeAssignments,
    priceLists,
    priceListItems,
    rebates,
    approvalPolicies,
    orders,
    rfqs,
    auctions,
    groupBuys,
  };
}

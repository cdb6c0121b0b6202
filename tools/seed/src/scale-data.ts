import { hash, type Algorithm } from '@node-rs/argon2';
import type { PrismaClient } from '@tradeway/server/platform';
import { REGIONS } from '@tradeway/shared/contracts';
import { DEMO_PASSWORD } from './demo-data';

/**
 * A marketplace at scale, on demand, for benchmarks (`npm run db:seed:scale`): sellers with
 * products and SKUs in a category tree with tax rates, buyers, customer grades with
 * assignments, and price lists of every kind — each seller one public list with terms, a
 * pickup and delivery zones covering the mainland, grade lists for its top three grades and
 * contract lists for single buyers — with quantity ladders and floors on every item.
 *
 * Set-based: every table is filled by a few `INSERT … SELECT` statements over
 * `generate_series` and small `unnest`ed vocabularies, inside one transaction, never row by
 * row. Everything is deterministic (derived from row numbers), so two runs at one size build
 * the same shape. Every code starts with `scale-` (catalog, companies) or `SCALE-` (lists),
 * every email ends in `.scale.test`; the demo's rows are never touched.
 *
 * It refuses to run on a database that already holds scale data: use a fresh database
 * (create it, `npm run db:migrate` into it, then seed), so that sizes and timings mean what
 * they say.
 */

export interface ScaleSizes {
  /** SKUs in all (4 per product) */
  readonly skus: number;
  readonly buyers: number;
  /** price lists in all: one public list per seller, then grade and contract lists */
  readonly lists: number;
  /** at most this many sellers; fewer when there are too few lists or SKUs for them */
  readonly sellers: number;
}

export const DEFAULT_SCALE: ScaleSizes = { skus: 100_000, buyers: 2_000, lists: 500, sellers: 50 };

/** The shape the sizes give: how many of each, and how the lists are split. */
export interface ScalePlan {
  readonly sellers: number;
  readonly buyers: number;
  readonly products: number;
  readonly skus: number;
  readonly publicLists: number;
  readonly gradeLists: number;
  readonly contractLists: number;
  /** contract lists price one of this many slices of the seller's products */
  readonly contractSlices: number;
  /** products in one specification family: as many sellers sell the same specs */
  readonly familySize: number;
}

export interface ScaleSummary {
  readonly plan: ScalePlan;
  /** rows written per table */
  readonly rows: Readonly<Record<string, number>>;
  readonly durationMs: number;
  /** time per step, in order */
  readonly steps: ReadonlyArray<{ readonly step: string; readonly ms: number }>;
}

export interface ScaleOptions {
  log?: (line: string) => void;
  /** argon2id hash shared by every scale user (default: a hash of the demo password) */
  passwordHash?: string;
}

/** The database already holds scale data. */
export class ScaleSeedRefused extends Error {}

/** Email domain of scale users: `purchaser@scale-buyer-0001.scale.test`. */
export const SCALE_EMAIL_DOMAIN = 'scale.test';
export const SCALE_PASSWORD = DEMO_PASSWORD;

/** The bench's buyer: graded STRATEGIC at every seller and holding the first contract. */
export const SCALE_BENCH_BUYER = {
  code: 'scale-buyer-0001',
  purchaser: `purchaser@scale-buyer-0001.${SCALE_EMAIL_DOMAIN}`,
} as const;

const positive = (n: number, what: string) => {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${what} must be a whole number ≥ 1 (got ${n})`);
  return n;
};

/** Derives the plan from the sizes (pure; the spec checks it). */
export function planScale(sizes: ScaleSizes): ScalePlan {
  const skus = positive(sizes.skus, 'skus');
  const buyers = positive(sizes.buyers, 'buyers');
  const lists = positive(sizes.lists, 'lists');
  positive(sizes.sellers, 'sellers');
  const products = Math.ceil(skus / 4);
  // room for grade and contract lists: at most a third of the lists are public lists
  const sellers = Math.max(1, Math.min(sizes.sellers, Math.floor(lists / 3) || 1, products));
  const rest = lists - sellers;
  const gradeLists = Math.min(Math.floor(rest / 2), 3 * sellers);
  const contractLists = rest - gradeLists;
  const rowsPerSeller = Math.max(1, Math.floor(products / sellers));
  return {
    sellers,
    buyers,
    products,
    skus,
    publicLists: sellers,
    gradeLists,
    contractLists,
    contractSlices: Math.min(5, rowsPerSeller),
    familySize: Math.min(5, sellers),
  };
}

// ---------------------------------------------------------------------------------------
// Vocabulary: top categories with VAT, and commodities with unit, price, order quantities.

const TOP_CATEGORIES = [
  ['food', '食品原料', 'Food ingredients', 1300],
  ['agri', '农产品', 'Agricultural products', 900],
  ['build', '建材', 'Building materials', 1300],
  ['chem', '化工', 'Chemicals', 1300],
  ['steel', '钢材', 'Steel', 1300],
  ['metal', '有色金属', 'Non-ferrous metals', 1300],
  ['plastic', '塑料', 'Plastics', 1300],
  ['textile', '纺织原料', 'Textile materials', 1300],
] as const;

/** [code, top category, nameZh, nameEn, unit, base price, min order, increment, VAT bps] */
const COMMODITIES = [
  ['sugar', 'food', '白砂糖', 'White sugar', 't', 6100, 10, 1, 1300],
  ['starch', 'food', '玉米淀粉', 'Corn starch', 't', 3200, 10, 1, 1300],
  ['soy-oil', 'food', '大豆油', 'Soybean oil', 't', 8400, 5, 1, 900],
  ['flour', 'food', '小麦粉', 'Wheat flour', 't', 3600, 10, 1, 900],
  ['apple', 'agri', '苹果', 'Apples', 'box', 95, 100, 10, 900],
  ['orange', 'agri', '脐橙', 'Navel oranges', 'box', 80, 100, 10, 900],
  ['corn', 'agri', '玉米', 'Corn', 't', 2300, 30, 1, 900],
  ['soybean', 'agri', '大豆', 'Soybeans', 't', 4300, 30, 1, 900],
  ['plywood', 'build', '桉木多层板', 'Eucalyptus plywood', 'piece', 78, 200, 40, 1300],
  ['cement', 'build', '水泥', 'Cement', 't', 380, 50, 5, 1300],
  ['glass', 'build', '浮法玻璃', 'Float glass', 'm3', 1900, 10, 1, 1300],
  ['caustic', 'chem', '烧碱', 'Caustic soda', 't', 2800, 30, 1, 1300],
  ['soda-ash', 'chem', '纯碱', 'Soda ash', 't', 1900, 30, 1, 1300],
  ['methanol', 'chem', '甲醇', 'Methanol', 't', 2500, 30, 1, 1300],
  ['rebar', 'steel', '螺纹钢', 'Rebar', 't', 3500, 30, 1, 1300],
  ['hrc', 'steel', '热轧卷板', 'Hot-rolled coil', 't', 3700, 25, 1, 1300],
  ['wire-rod', 'steel', '高速线材', 'Wire rod', 't', 3600, 30, 1, 1300],
  ['copper', 'metal', '电解铜', 'Copper cathode', 't', 74000, 5, 1, 1300],
  ['aluminium', 'metal', '铝锭', 'Aluminium ingot', 't', 19500, 5, 1, 1300],
  ['zinc', 'metal', '锌锭', 'Zinc ingot', 'kg', 23, 1000, 100, 1300],
  ['pp', 'plastic', '聚丙烯', 'Polypropylene', 't', 7400, 10, 1, 1300],
  ['pe', 'plastic', '聚乙烯', 'Polyethylene', 't', 8200, 10, 1, 1300],
  ['cotton', 'textile', '棉花', 'Cotton', 't', 15200, 10, 1, 900],
  ['polyester', 'textile', '涤纶短纤', 'Polyester staple', 't', 7100, 10, 1, 1300],
] as const;

const GRADES = [
  ['特级', 'Extra'],
  ['一级', 'Grade 1'],
  ['二级', 'Grade 2'],
  ['三级', 'Grade 3'],
] as const;

const CUSTOMER_GRADES = [
  ['STRATEGIC', '战略客户', 'Strategic'],
  ['KEY', '重点客户', 'Key account'],
  ['STANDARD', '标准客户', 'Standard'],
  ['NEW', '新客户', 'New customer'],
] as const;

/** Mainland provinces (the first 31 regions), grouped into delivery zones. */
const ZONES = [
  ['NORTH', '华北', 'North China', ['CN-BJ', 'CN-TJ', 'CN-HE', 'CN-SX', 'CN-NM']],
  ['NORTHEAST', '东北', 'Northeast China', ['CN-LN', 'CN-JL', 'CN-HL']],
  ['EAST', '华东', 'East China', ['CN-SH', 'CN-JS', 'CN-ZJ', 'CN-AH', 'CN-FJ', 'CN-JX', 'CN-SD']],
  ['CENTRAL', '华中', 'Central China', ['CN-HA', 'CN-HB', 'CN-HN']],
  ['SOUTH', '华南', 'South China', ['CN-GD', 'CN-GX', 'CN-HI']],
  ['SOUTHWEST', '西南', 'Southwest China', ['CN-CQ', 'CN-SC', 'CN-GZ', 'CN-YN', 'CN-XZ']],
  ['NORTHWEST', '西北', 'Northwest China', ['CN-SN', 'CN-GS', 'CN-QH', 'CN-NX', 'CN-XJ']],
] as const;
const MAINLAND = REGIONS.slice(0, 31);

/** Regions a scale public list delivers to (every mainland province). */
export const SCALE_DELIVERY_REGIONS: readonly string[] = ZONES.flatMap((z) => [...z[3]]);

const ARGON2ID = 2 as Algorithm;

/** Row numbers → ids and derived values, for the set-based inserts; dropped at commit. */
const WORKING_TABLES = [
  `CREATE TEMP TABLE scale_top (code text, "nameZh" text, "nameEn" text, tax int, id uuid) ON COMMIT DROP`,
  `CREATE TEMP TABLE scale_commodity (idx int PRIMARY KEY, code text, top text, "nameZh" text, "nameEn" text,
     unit text, price numeric, moq numeric, inc numeric, tax int, category_id uuid) ON COMMIT DROP`,
  `CREATE TEMP TABLE scale_region (idx int PRIMARY KEY, code text, zh text, en text) ON COMMIT DROP`,
  `CREATE TEMP TABLE scale_seller (idx int PRIMARY KEY, id uuid, code text, owner_id uuid, manager_id uuid,
     warehouse_id uuid) ON COMMIT DROP`,
  `CREATE TEMP TABLE scale_buyer (idx int PRIMARY KEY, id uuid, code text, owner_id uuid, purchaser_id uuid)
     ON COMMIT DROP`,
  `CREATE TEMP TABLE scale_product (idx int PRIMARY KEY, id uuid, seller_idx int, family int, commodity_idx int,
     row_idx int, origin_idx int) ON COMMIT DROP`,
  `CREATE TEMP TABLE scale_sku (idx int PRIMARY KEY, id uuid, product_idx int, grade int, seller_idx int,
     row_idx int, family int, commodity_idx int, origin_idx int, moq numeric, inc numeric, price numeric)
     ON COMMIT DROP`,
  `CREATE TEMP TABLE scale_grade (seller_idx int, seller_id uuid, rank int, code text, "nameZh" text,
     "nameEn" text, id uuid, PRIMARY KEY (seller_idx, rank)) ON COMMIT DROP`,
  `CREATE TEMP TABLE scale_list (k int PRIMARY KEY, id uuid, seller_idx int, kind text, rank int, buyer_idx int,
     slice int, factor numeric) ON COMMIT DROP`,
];

type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/**
 * Seeds the plan into the database in one transaction, then analyses the tables. Refuses
 * ({@link ScaleSeedRefused}) when scale data is already there.
 */
export async function seedScale(
  prisma: PrismaClient,
  sizes: ScaleSizes = DEFAULT_SCALE,
  options: ScaleOptions = {},
): Promise<ScaleSummary> {
  const plan = planScale(sizes);
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const steps: Array<{ step: string; ms: number }> = [];
  const passwordHash = options.passwordHash ?? (await hash(SCALE_PASSWORD, { algorithm: ARGON2ID }));

  const existing = await prisma.$queryRaw<Array<{ n: bigint }>>`
    SELECT count(*) AS n FROM companies WHERE code LIKE 'scale-%'`;
  if (Number(existing[0]?.n ?? 0) > 0) {
    throw new ScaleSeedRefused(
      `this database already holds scale data (${existing[0]?.n} scale companies); seed a fresh database instead`,
    );
  }

  const rows: Record<string, number> = {};
  await prisma.$transaction(
    async (tx) => {
      const step = async (name: string, table: string | null, run: () => Promise<number>) => {
        const t = performance.now();
        const n = await run();
        if (table) rows[table] = (rows[table] ?? 0) + n;
        const ms = Math.round(performance.now() - t);
        steps.push({ step: name, ms });
        log(`  ${name.padEnd(34)} ${String(n).padStart(9)} rows ${String(ms).padStart(7)} ms`);
      };
      // Concurrent seeds of one database serialise here, and the second then refuses.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${0x74575343})`;
      const again = await tx.$queryRaw<Array<{ n: bigint }>>`
        SELECT count(*) AS n FROM companies WHERE code LIKE 'scale-%'`;
      if (Number(again[0]?.n ?? 0) > 0) throw new ScaleSeedRefused('another run seeded scale data meanwhile');
      await tx.$executeRaw`SET LOCAL synchronous_commit = off`;
      await writePlan(tx, plan, passwordHash, step);
    },
    { timeout: 60 * 60_000, maxWait: 60_000 },
  );
  const t = performance.now();
  await prisma.$executeRawUnsafe(
    'ANALYZE companies, users, memberships, categories, products, skus, warehouses, customer_grades, customer_grade_assignments, price_lists, price_list_items',
  );
  steps.push({ step: 'analyze', ms: Math.round(performance.now() - t) });
  return { plan, rows, durationMs: Math.round(performance.now() - started), steps };
}

type Step = (name: string, table: string | null, run: () => Promise<number>) => Promise<void>;

async function writePlan(tx: Tx, plan: ScalePlan, passwordHash: string, step: Step): Promise<void> {
  const S = plan.sellers;
  const B = plan.buyers;
  const P = plan.products;

  // ---- working tables: row numbers → ids (parameters cannot go into CREATE TABLE AS) -------
  await step('vocabulary', null, async () => {
    for (const ddl of WORKING_TABLES) await tx.$executeRawUnsafe(ddl);
    await tx.$executeRaw`INSERT INTO scale_top
      SELECT t.code, t."nameZh", t."nameEn", t.tax, gen_random_uuid() AS id
      FROM unnest(${TOP_CATEGORIES.map((c) => c[0])}::text[], ${TOP_CATEGORIES.map((c) => c[1])}::text[],
                  ${TOP_CATEGORIES.map((c) => c[2])}::text[], ${TOP_CATEGORIES.map((c) => c[3])}::int[])
           AS t(code, "nameZh", "nameEn", tax)`;
    await tx.$executeRaw`INSERT INTO scale_commodity
      SELECT (c.n - 1)::int AS idx, c.code, c.top, c."nameZh", c."nameEn", c.unit, c.price, c.moq, c.inc,
             c.tax, gen_random_uuid() AS category_id
      FROM unnest(${COMMODITIES.map((c) => c[0])}::text[], ${COMMODITIES.map((c) => c[1])}::text[],
                  ${COMMODITIES.map((c) => c[2])}::text[], ${COMMODITIES.map((c) => c[3])}::text[],
                  ${COMMODITIES.map((c) => c[4])}::text[], ${COMMODITIES.map((c) => c[5])}::numeric[],
                  ${COMMODITIES.map((c) => c[6])}::numeric[], ${COMMODITIES.map((c) => c[7])}::numeric[],
                  ${COMMODITIES.map((c) => c[8])}::int[])
           WITH ORDINALITY AS c(code, top, "nameZh", "nameEn", unit, price, moq, inc, tax, n)`;
    await tx.$executeRaw`INSERT INTO scale_region
      SELECT (r.n - 1)::int AS idx, r.code, r.zh, r.en
      FROM unnest(${MAINLAND.map((r) => r.code)}::text[], ${MAINLAND.map((r) => r.zh)}::text[],
                  ${MAINLAND.map((r) => r.en)}::text[]) WITH ORDINALITY AS r(code, zh, en, n)`;
    return 0;
  });

  await step('categories', 'categories', async () => {
    const top = await tx.$executeRaw`
      INSERT INTO categories (id, code, "nameZh", "nameEn", "taxRateBps", "parentId")
      SELECT id, 'scale-' || code, "nameZh" || '（规模）', "nameEn" || ' (scale)', tax, NULL FROM scale_top`;
    const leaves = await tx.$executeRaw`
      INSERT INTO categories (id, code, "nameZh", "nameEn", "taxRateBps", "parentId")
      SELECT c.category_id, 'scale-' || c.top || '-' || c.code, c."nameZh", c."nameEn", c.tax, t.id
      FROM scale_commodity c JOIN scale_top t ON t.code = c.top`;
    return top + leaves;
  });

  // ---- companies, users, memberships, warehouses ------------------------------------------
  await step('sellers and buyers', 'companies', async () => {
    await tx.$executeRaw`INSERT INTO scale_seller
      SELECT i AS idx, gen_random_uuid() AS id, 'scale-seller-' || lpad((i + 1)::text, 4, '0') AS code,
             gen_random_uuid() AS owner_id, gen_random_uuid() AS manager_id,
             gen_random_uuid() AS warehouse_id
      FROM generate_series(0, ${S - 1}::int) i`;
    await tx.$executeRaw`INSERT INTO scale_buyer
      SELECT i AS idx, gen_random_uuid() AS id, 'scale-buyer-' || lpad((i + 1)::text, 4, '0') AS code,
             gen_random_uuid() AS owner_id, gen_random_uuid() AS purchaser_id
      FROM generate_series(0, ${B - 1}::int) i`;
    const sellers = await tx.$executeRaw`
      INSERT INTO companies (id, code, name, "nameEn", kinds, size, region, "regionCode")
      SELECT s.id, s.code, r.zh || '规模测试供应商' || lpad((s.idx + 1)::text, 4, '0') || '号有限公司',
             'Scale Supplier ' || lpad((s.idx + 1)::text, 4, '0') || ' (' || r.en || ') Co., Ltd.',
             ARRAY['seller']::"CompanyKind"[], 'sme', r.zh, r.code
      FROM scale_seller s JOIN scale_region r ON r.idx = (s.idx * 7) % 31`;
    const buyers = await tx.$executeRaw`
      INSERT INTO companies (id, code, name, "nameEn", kinds, size, region, "regionCode")
      SELECT b.id, b.code, r.zh || '规模测试采购商' || lpad((b.idx + 1)::text, 4, '0') || '号有限公司',
             'Scale Buyer ' || lpad((b.idx + 1)::text, 4, '0') || ' (' || r.en || ') Co., Ltd.',
             ARRAY['buyer']::"CompanyKind"[], CASE WHEN b.idx % 10 = 0 THEN 'group_enterprise' ELSE 'sme' END::"CompanySize",
             r.zh, r.code
      FROM scale_buyer b JOIN scale_region r ON r.idx = (b.idx * 11 + 2) % 31`;
    return sellers + buyers;
  });

  await step(
    'users',
    'users',
    () =>
      tx.$executeRaw`
      INSERT INTO users (id, email, "displayName", "passwordHash")
      SELECT u.id, u.local || '@' || u.code || '.' || ${SCALE_EMAIL_DOMAIN}::text, u.name, ${passwordHash}::text
      FROM (
        SELECT owner_id AS id, 'owner' AS local, code, '供应商负责人 ' || (idx + 1) AS name FROM scale_seller
        UNION ALL SELECT manager_id, 'manager', code, '销售经理 ' || (idx + 1) FROM scale_seller
        UNION ALL SELECT owner_id, 'owner', code, '采购商负责人 ' || (idx + 1) FROM scale_buyer
        UNION ALL SELECT purchaser_id, 'purchaser', code, '采购员 ' || (idx + 1) FROM scale_buyer
      ) u`,
  );
  await step(
    'memberships',
    'memberships',
    () =>
      tx.$executeRaw`
      INSERT INTO memberships (id, "userId", "companyId", role, "isOwner")
      SELECT gen_random_uuid(), m.user_id, m.company_id, m.role::"BuiltInRole", m.role = 'owner'
      FROM (
        SELECT owner_id AS user_id, id AS company_id, 'owner' AS role FROM scale_seller
        UNION ALL SELECT manager_id, id, 'sales_manager' FROM scale_seller
        UNION ALL SELECT owner_id, id, 'owner' FROM scale_buyer
        UNION ALL SELECT purchaser_id, id, 'purchaser' FROM scale_buyer
      ) m`,
  );

  await step('warehouses', 'warehouses', async () => {
    const n = await tx.$executeRaw`
      INSERT INTO warehouses (id, code, name, "nameEn", kind, city, address, "operatorId",
                              "dailyStorageFeeMinor", "feeUnit", "exitFeeDays")
      SELECT s.warehouse_id, 'scale-wh-' || lpad((s.idx + 1)::text, 4, '0'), r.zh || '规模测试仓 ' || (s.idx + 1),
             r.en || ' scale warehouse ' || (s.idx + 1), 'ambient', r.zh, r.zh || '物流园 ' || (s.idx + 1) || ' 号仓',
             s.id, 40, 't', 30
      FROM scale_seller s JOIN scale_region r ON r.idx = (s.idx * 7) % 31`;
    await tx.$executeRaw`
      INSERT INTO warehouse_locations (id, "warehouseId", code)
      SELECT gen_random_uuid(), warehouse_id, 'A1' FROM scale_seller`;
    return n;
  });

  // ---- catalog ------------------------------------------------------------------------------
  // Product p: seller p % S; family p / familySize (consecutive products, distinct sellers,
  // one commodity); its four SKUs are the four grades of the family's specification.
  await step('products', 'products', async () => {
    await tx.$executeRaw`INSERT INTO scale_product
      SELECT p AS idx, gen_random_uuid() AS id, p % ${S}::int AS seller_idx,
             p / ${plan.familySize}::int AS family,
             ((p / ${plan.familySize}::int) % ${COMMODITIES.length}::int) AS commodity_idx,
             (p / ${S}::int) AS row_idx,
             (p * 13) % 31 AS origin_idx
      FROM generate_series(0, ${P - 1}::int) p`;
    return tx.$executeRaw`
      INSERT INTO products (id, code, "sellerId", "categoryId", "nameZh", "nameEn", unit)
      SELECT p.id, 'scale-p' || lpad((p.idx + 1)::text, 6, '0'), s.id, c.category_id,
             r.zh || c."nameZh" || ' ' || upper(c.code) || '-' || p.family,
             c."nameEn" || ' from ' || r.en || ' ' || upper(c.code) || '-' || p.family,
             c.unit::"UnitOfMeasure"
      FROM scale_product p
      JOIN scale_seller s ON s.idx = p.seller_idx
      JOIN scale_commodity c ON c.idx = p.commodity_idx
      JOIN scale_region r ON r.idx = p.origin_idx`;
  });

  await step('skus', 'skus', async () => {
    await tx.$executeRaw`INSERT INTO scale_sku
      SELECT i AS idx, gen_random_uuid() AS id, i / 4 AS product_idx, i % 4 AS grade,
             p.seller_idx, p.row_idx, p.family, p.commodity_idx, p.origin_idx,
             c.moq, c.inc,
             round(c.price * (1.06 - 0.03 * (i % 4)) * (0.95 + ((p.idx * 37 + p.seller_idx * 11) % 11) / 100.0), 2)
               AS price
      FROM generate_series(0, ${plan.skus - 1}::int) i
      JOIN scale_product p ON p.idx = i / 4
      JOIN scale_commodity c ON c.idx = p.commodity_idx`;
    await tx.$executeRawUnsafe('CREATE INDEX ON scale_sku (seller_idx)');
    await tx.$executeRawUnsafe('ANALYZE scale_sku');
    return tx.$executeRaw`
      INSERT INTO skus (id, code, "sellerId", "productId", "specCode", attributes, unit, "packSize",
                        "minOrderQuantity", "orderIncrement")
      SELECT k.id, 'scale-s' || lpad((k.idx + 1)::text, 7, '0'), s.id, p.id,
             'SCALE-' || upper(c.code) || '-' || k.family || '-G' || k.grade,
             jsonb_build_object('grade', (${GRADES.map((g) => g[0])}::text[])[k.grade + 1],
                                'gradeEn', (${GRADES.map((g) => g[1])}::text[])[k.grade + 1],
                                'origin', r.zh, 'standard', 'GB/T ' || (1000 + c.idx * 17),
                                'lot', 'F' || k.family),
             c.unit::"UnitOfMeasure", c.inc, c.moq, c.inc
      FROM scale_sku k
      JOIN scale_product p ON p.idx = k.product_idx
      JOIN scale_seller s ON s.idx = k.seller_idx
      JOIN scale_commodity c ON c.idx = k.commodity_idx
      JOIN scale_region r ON r.idx = k.origin_idx`;
  });

  // ---- grades and assignments -------------------------------------------------------------
  await step('customer grades', 'customer_grades', async () => {
    await tx.$executeRaw`INSERT INTO scale_grade
      SELECT s.idx AS seller_idx, s.id AS seller_id, g.rank::int AS rank, g.code, g."nameZh", g."nameEn",
             gen_random_uuid() AS id
      FROM scale_seller s
      CROSS JOIN unnest(${CUSTOMER_GRADES.map((g) => g[0])}::text[], ${CUSTOMER_GRADES.map((g) => g[1])}::text[],
                        ${CUSTOMER_GRADES.map((g) => g[2])}::text[]) WITH ORDINALITY AS g(code, "nameZh", "nameEn", rank)`;
    return tx.$executeRaw`
      INSERT INTO customer_grades (id, "sellerId", code, "nameZh", "nameEn", rank, "updatedAt")
      SELECT id, seller_id, code, "nameZh", "nameEn", rank, now() FROM scale_grade`;
  });

  // Each seller grades about 30 % of the buyers (5 % strategic, 20 % key, 45 % standard, 30 % new);
  // the bench buyer (the first) is strategic everywhere.
  await step(
    'grade assignments',
    'customer_grade_assignments',
    () =>
      tx.$executeRaw`
      INSERT INTO customer_grade_assignments (id, "sellerId", "buyerId", "gradeId", "assignedById")
      SELECT gen_random_uuid(), s.id, b.id, g.id, s.manager_id
      FROM scale_seller s CROSS JOIN scale_buyer b
      CROSS JOIN LATERAL (SELECT CASE
          WHEN b.idx = 0 THEN 1
          WHEN (s.idx * 31 + b.idx * 17) % 100 < 5 THEN 1
          WHEN (s.idx * 31 + b.idx * 17) % 100 < 25 THEN 2
          WHEN (s.idx * 31 + b.idx * 17) % 100 < 70 THEN 3
          ELSE 4 END AS rank) x
      JOIN scale_grade g ON g.seller_idx = s.idx AND g.rank = x.rank
      WHERE b.idx = 0 OR (s.idx * 7919 + b.idx * 104729) % 100 < 30`,
  );

  // ---- price lists ----------------------------------------------------------------------------
  const zoneCodes = ZONES.map((z) => z[0]);
  const zoneZh = ZONES.map((z) => z[1]);
  const zoneEn = ZONES.map((z) => z[2]);
  const zoneRegions = ZONES.map((z) => z[3].join(','));
  await step('price lists', 'price_lists', async () => {
    // public lists: k < S; grade lists: S ≤ k < S + G (seller k % S, rank 1..3);
    // contract lists: then (seller k % S, buyer k % B, one slice of the seller's products)
    await tx.$executeRaw`INSERT INTO scale_list
      SELECT k, gen_random_uuid() AS id, k % ${S}::int AS seller_idx,
             CASE WHEN k < ${S}::int THEN 'list' WHEN k < ${S + plan.gradeLists}::int THEN 'grade' ELSE 'contract' END AS kind,
             CASE WHEN k >= ${S}::int AND k < ${S + plan.gradeLists}::int THEN (k - ${S}::int) / ${S}::int + 1 END AS rank,
             CASE WHEN k >= ${S + plan.gradeLists}::int THEN (k - ${S + plan.gradeLists}::int) % ${B}::int END AS buyer_idx,
             CASE WHEN k >= ${S + plan.gradeLists}::int
                  THEN ((k - ${S + plan.gradeLists}::int) / ${S}::int) % ${plan.contractSlices}::int END AS slice,
             CASE WHEN k < ${S}::int THEN 1.0
                  WHEN k < ${S + plan.gradeLists}::int THEN 1.0 - 0.01 * (4 - ((k - ${S}::int) / ${S}::int + 1))
                  ELSE 0.955 END AS factor
      FROM generate_series(0, ${S + plan.gradeLists + plan.contractLists - 1}::int) k`;
    return tx.$executeRaw`
      INSERT INTO price_lists (id, "sellerId", code, name, kind, "gradeId", "buyerId", status, terms, delivery,
                               "quoteValidityDays", "updatedAt")
      SELECT l.id, s.id,
             CASE l.kind WHEN 'list' THEN 'SCALE-LIST'
                         WHEN 'grade' THEN 'SCALE-GRADE-' || g.code
                         ELSE 'SCALE-C-' || lpad((l.k + 1)::text, 5, '0') END,
             CASE l.kind WHEN 'list' THEN '公开价目表' WHEN 'grade' THEN g."nameZh" || '价' ELSE b.code || ' 合同价' END,
             l.kind::"PriceListKind", g.id, b.id, 'published',
             CASE WHEN l.kind = 'list' THEN jsonb_build_object(
                    'annualCostOfCapitalBps', 500 + (s.idx * 50) % 500, 'prepaymentDays', 30,
                    'overridesBps', CASE WHEN s.idx % 2 = 1 THEN '{"net90": 200}'::jsonb ELSE '{}'::jsonb END)
                  WHEN l.kind = 'contract' AND l.k % 2 = 0 THEN jsonb_build_object(
                    'annualCostOfCapitalBps', 400, 'prepaymentDays', 30, 'overridesBps', '{}'::jsonb)
             END,
             CASE WHEN l.kind = 'list' THEN jsonb_build_object(
                    'pickups', jsonb_build_array(jsonb_build_object('warehouseId', s.warehouse_id, 'handlingPerUnit', '5')),
                    'zones', (SELECT jsonb_agg(jsonb_build_object(
                                'code', z.code, 'nameZh', z.zh, 'nameEn', z.en,
                                'regions', to_jsonb(string_to_array(z.regions, ',')),
                                'freightPerUnit', (20 + (s.idx * 7 + z.n * 13) % 60)::text,
                                'perShipmentFeeMinor', (10000 + ((s.idx + z.n) % 5) * 5000)::text) ORDER BY z.n)
                              FROM unnest(${zoneCodes}::text[], ${zoneZh}::text[], ${zoneEn}::text[],
                                          ${zoneRegions}::text[]) WITH ORDINALITY AS z(code, zh, en, regions, n)))
             END,
             CASE WHEN l.kind = 'contract' THEN 14 ELSE 7 END, now()
      FROM scale_list l
      JOIN scale_seller s ON s.idx = l.seller_idx
      LEFT JOIN scale_grade g ON g.seller_idx = l.seller_idx AND g.rank = l.rank
      LEFT JOIN scale_buyer b ON b.idx = l.buyer_idx`;
  });

  // Every public and grade list prices all its seller's SKUs; a contract list one slice of them.
  // Ladder: two absolute breaks and a percentage; one item in ten is graduated.
  await step(
    'price list items',
    'price_list_items',
    () =>
      tx.$executeRaw`
      INSERT INTO price_list_items (id, "priceListId", "skuId", "unitPrice", "floorPrice", "ladderMode", ladder)
      SELECT gen_random_uuid(), l.id, k.id, x.price, round(x.price * 0.92, 2),
             CASE WHEN k.idx % 10 = 0 THEN 'graduated' ELSE 'all_units' END::"LadderMode",
             jsonb_build_array(
               jsonb_build_object('minQuantity', trim_scale(k.moq * 10)::text, 'kind', 'absolute',
                                  'value', trim_scale(round(x.price * 0.99, 2))::text),
               jsonb_build_object('minQuantity', trim_scale(k.moq * 50)::text, 'kind', 'absolute',
                                  'value', trim_scale(round(x.price * 0.98, 2))::text),
               jsonb_build_object('minQuantity', trim_scale(k.moq * 200)::text, 'kind', 'percent', 'value', '2.5'))
      FROM scale_list l
      JOIN scale_sku k ON k.seller_idx = l.seller_idx
      CROSS JOIN LATERAL (SELECT round(k.price * l.factor, 2) AS price) x
      WHERE l.kind <> 'contract' OR k.row_idx % ${plan.contractSlices}::int = l.slice`,
  );
}

import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@tradeway/server/platform';
import type {
  CandidateList,
  DeliveryRule,
  LadderBreak,
  PaymentTermsRule,
  PriceItemRule,
  Unit,
  UnitConversionRule,
} from '@tradeway/server/pricing/domain';

type Db = Prisma.TransactionClient | PrismaService['client'];

/** Whose lists a price query may read: a buyer's own (quotes, catalog) or all of the seller's (debugger). */
export type ListScope = { buyerId: string | null; gradeId: string | null } | 'all_of_seller';

interface ListRow {
  id: string;
  name: string;
  kind: 'list' | 'grade' | 'contract';
  currency: string;
  validFrom: Date | null;
  validTo: Date | null;
  status: 'draft' | 'published' | 'archived';
  buyerId: string | null;
  gradeId: string | null;
  terms: unknown;
  delivery: unknown;
  quoteValidityDays: number;
  unitPrice: Prisma.Decimal | null;
  floorPrice: Prisma.Decimal | null;
  ladderMode: 'all_units' | 'graduated' | null;
  ladder: unknown;
}

export interface QuoteSku {
  id: string;
  code: string;
  sellerId: string;
  /** The seller's legal (Chinese) name and its English name, if it gave one. */
  sellerName: string;
  sellerNameEn: string | null;
  productId: string;
  productNameZh: string;
  productNameEn: string;
  unit: Unit;
  specCode: string | null;
  minOrderQuantity: string;
  orderIncrement: string;
  taxRateBps: number;
  categoryId: string;
  /** The SKU's declared unit conversions ("1 fromUnit = factor toUnit"), factor with 6 decimals. */
  conversions: UnitConversionRule[];
}

export interface VisiblePrice {
  skuId: string;
  productId: string;
  listId: string;
  listKind: 'list' | 'grade' | 'contract';
  currency: string;
  unitPrice: string;
  ladderMode: 'all_units' | 'graduated';
  ladder: LadderBreak[];
  validTo: Date | null;
  terms: unknown;
  delivery: unknown;
  sellerId: string;
}

const decimalText = (d: Prisma.Decimal | null): string | null => (d === null ? null : d.toFixed());

/** Business days are China's (UTC+8): "today" for a price list is the day in Beijing. */
export const chinaDay = (now: Date): string =>
  new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * The pricing context's reads and writes of price rules (DESIGN.md §4). Confidentiality is
 * decided here, in the queries: a buyer's scope never loads another buyer's contract list
 * or a grade that is not its own, so nothing later can leak them.
 */
@Injectable()
export class PricingRepository {
  constructor(readonly prisma: PrismaService) {}

  get db() {
    return this.prisma.client;
  }

  transaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>, timeoutMs = 15_000): Promise<T> {
    return this.prisma.client.$transaction(fn, { timeout: timeoutMs, maxWait: 10_000 });
  }

  async quoteSku(skuId: string, db: Db = this.db): Promise<QuoteSku | null> {
    const rows = await db.$queryRaw<QuoteSku[]>`
      /* prepare */ SELECT s.id, s.code, s."sellerId", c.name AS "sellerName", c."nameEn" AS "sellerNameEn",
             p.id AS "productId", p."nameZh" AS "productNameZh", p."nameEn" AS "productNameEn",
             s.unit::text AS unit, s."specCode", s."minOrderQuantity"::text AS "minOrderQuantity",
             s."orderIncrement"::text AS "orderIncrement", cat."taxRateBps", cat.id AS "categoryId",
             (SELECT coalesce(json_agg(json_build_object('fromUnit', u."fromUnit", 'toUnit', u."toUnit",
                       'factor', u.factor::text) ORDER BY u."fromUnit", u."toUnit"), '[]'::json)
               FROM unit_conversions u WHERE u."skuId" = s.id) AS conversions
      FROM skus s
      JOIN products p ON p.id = s."productId"
      JOIN categories cat ON cat.id = p."categoryId"
      JOIN companies c ON c.id = s."sellerId"
      WHERE s.id = ${skuId}::uuid`;
    const row = rows[0];
    return row
      ? {
          ...row,
          minOrderQuantity: trimZeros(row.minOrderQuantity),
          orderIncrement: trimZeros(row.orderIncrement),
        }
      : null;
  }

  /**
   * Everything a buyer's quote needs besides the lists, in one statement: the SKU with its
   * seller and tax rate, the buyer's names, its grade at the seller and its rebate credits.
   */
  async buyerQuoteContext(skuId: string, buyerId: string, db: Db = this.db) {
    const rows = await db.$queryRaw<
      Array<
        QuoteSku & {
          buyerName: string | null;
          buyerNameEn: string | null;
          gradeId: string | null;
          rebates: Record<string, string> | null;
        }
      >
    >`
      /* prepare */ SELECT s.id, s.code, s."sellerId", c.name AS "sellerName", c."nameEn" AS "sellerNameEn",
             p.id AS "productId", p."nameZh" AS "productNameZh", p."nameEn" AS "productNameEn",
             s.unit::text AS unit, s."specCode", s."minOrderQuantity"::text AS "minOrderQuantity",
             s."orderIncrement"::text AS "orderIncrement", cat."taxRateBps", cat.id AS "categoryId",
             (SELECT coalesce(json_agg(json_build_object('fromUnit', u."fromUnit", 'toUnit', u."toUnit",
                       'factor', u.factor::text) ORDER BY u."fromUnit", u."toUnit"), '[]'::json)
               FROM unit_conversions u WHERE u."skuId" = s.id) AS conversions,
             b.name AS "buyerName", b."nameEn" AS "buyerNameEn",
             (SELECT a."gradeId" FROM customer_grade_assignments a
               WHERE a."sellerId" = s."sellerId" AND a."buyerId" = ${buyerId}::uuid) AS "gradeId",
             (SELECT json_object_agg(r.currency, r.total) FROM (
                SELECT currency, sum("amountMinor")::text AS total FROM rebate_entries
                WHERE "sellerId" = s."sellerId" AND "buyerId" = ${buyerId}::uuid GROUP BY currency) r) AS rebates
      FROM skus s
      JOIN products p ON p.id = s."productId"
      JOIN categories cat ON cat.id = p."categoryId"
      JOIN companies c ON c.id = s."sellerId"
      LEFT JOIN companies b ON b.id = ${buyerId}::uuid
      WHERE s.id = ${skuId}::uuid`;
    const row = rows[0];
    if (!row) return null;
    const { buyerName, buyerNameEn, gradeId, rebates, ...sku } = row;
    return {
      sku: {
        ...sku,
        minOrderQuantity: trimZeros(sku.minOrderQuantity),
        orderIncrement: trimZeros(sku.orderIncrement),
      },
      buyerName: buyerName ?? '',
      buyerNameEn,
      gradeId,
      rebateOf: (currency: string) => {
        const total = BigInt(rebates?.[currency] ?? '0');
        return total > 0n ? total : 0n;
      },
    };
  }

  /** The lists a buyer may use for one SKU (its seller's public lists, its grade's, its contracts), with the SKU's row. */
  async buyerCandidates(skuId: string, buyerId: string, db: Db = this.db): Promise<CandidateList[]> {
    const rows = await db.$queryRaw<ListRow[]>`
      /* prepare */ SELECT l.id, l.name, l.kind::text AS kind, l.currency, l."validFrom", l."validTo", l.status::text AS status,
             l."buyerId", l."gradeId", l.terms, l.delivery, l."quoteValidityDays",
             i."unitPrice", i."floorPrice", i."ladderMode"::text AS "ladderMode", i.ladder
      FROM skus s
      JOIN price_lists l ON l."sellerId" = s."sellerId"
      LEFT JOIN price_list_items i ON i."priceListId" = l.id AND i."skuId" = s.id
      WHERE s.id = ${skuId}::uuid AND l.status <> 'archived'
        AND (l.kind = 'list'
             OR (l.kind = 'contract' AND l."buyerId" = ${buyerId}::uuid)
             OR (l.kind = 'grade' AND l."gradeId" = (
                   SELECT a."gradeId" FROM customer_grade_assignments a
                   WHERE a."sellerId" = s."sellerId" AND a."buyerId" = ${buyerId}::uuid)))
      ORDER BY l.id`;
    return rows.map((r) => toCandidate(r, skuId));
  }

  /**
   * A quote and its audit entry in one statement: atomic without BEGIN/COMMIT round trips
   * (the hot path of `POST /api/quotes`). JSON values arrive already serialised. False when
   * the number is taken (nothing written): the caller draws another.
   */
  async insertQuoteWithAudit(
    q: {
      id: string;
      number: string;
      sellerId: string;
      buyerId: string;
      skuId: string;
      origin: 'buyer_request' | 'seller_offer';
      createdById: string;
      status: 'active' | 'pending_approval';
      priceListId: string;
      request: string;
      result: string;
      currency: string;
      quantity: string;
      unitPrice: string;
      netMinor: bigint;
      taxMinor: bigint;
      totalMinor: bigint;
      validUntil: Date;
      createdAt: Date;
      note: string;
    },
    audit: {
      companyId: string;
      actorUserId: string | null;
      actorApiKeyId: string | null;
      action: string;
      after: string;
    },
  ): Promise<boolean> {
    const inserted = await this.db.$executeRaw`
      /* prepare */ WITH q AS (
        INSERT INTO quotes (id, number, "sellerId", "buyerId", "skuId", origin, "createdById", status,
                            "priceListId", request, result, currency, quantity, "unitPrice", "netMinor",
                            "taxMinor", "totalMinor", "validUntil", "createdAt", note)
        VALUES (${q.id}::uuid, ${q.number}, ${q.sellerId}::uuid, ${q.buyerId}::uuid, ${q.skuId}::uuid,
                ${q.origin}::"QuoteOrigin", ${q.createdById}::uuid, ${q.status}::"QuoteStatus",
                ${q.priceListId}::uuid, ${q.request}::jsonb, ${q.result}::jsonb, ${q.currency},
                ${q.quantity}::numeric, ${q.unitPrice}::numeric, ${q.netMinor}::bigint, ${q.taxMinor}::bigint,
                ${q.totalMinor}::bigint, ${q.validUntil.toISOString()}::timestamptz AT TIME ZONE 'UTC',
                ${q.createdAt.toISOString()}::timestamptz AT TIME ZONE 'UTC', ${q.note})
        ON CONFLICT (number) DO NOTHING
        RETURNING id
      )
      INSERT INTO audit_log (id, "companyId", "actorUserId", "actorApiKeyId", action, "subjectType", "subjectId", after, at)
      SELECT gen_random_uuid(), ${audit.companyId}::uuid, ${audit.actorUserId}::uuid, ${audit.actorApiKeyId}::uuid,
             ${audit.action}, 'quote', q.id::text, ${audit.after}::jsonb,
             ${q.createdAt.toISOString()}::timestamptz AT TIME ZONE 'UTC'
      FROM q`;
    return inserted === 1;
  }

  async gradeOf(sellerId: string, buyerId: string, db: Db = this.db): Promise<string | null> {
    const row = await db.customerGradeAssignment.findUnique({
      where: { sellerId_buyerId: { sellerId, buyerId } },
      select: { gradeId: true },
    });
    return row?.gradeId ?? null;
  }

  /**
   * The seller's lists that may price this SKU for the scope, each with the SKU's row (or
   * null). Archived lists are never candidates; drafts are, so the debugger can say why
   * they lose ("not published").
   */
  async candidates(
    sellerId: string,
    skuId: string,
    scope: ListScope,
    db: Db = this.db,
  ): Promise<CandidateList[]> {
    const scopeSql =
      scope === 'all_of_seller'
        ? Prisma.empty
        : Prisma.sql`AND (l.kind = 'list'
             OR (l.kind = 'contract' AND l."buyerId" = ${scope.buyerId}::uuid)
             OR (l.kind = 'grade' AND l."gradeId" = ${scope.gradeId}::uuid))`;
    const rows = await db.$queryRaw<ListRow[]>`
      SELECT l.id, l.name, l.kind::text AS kind, l.currency, l."validFrom", l."validTo", l.status::text AS status,
             l."buyerId", l."gradeId", l.terms, l.delivery, l."quoteValidityDays",
             i."unitPrice", i."floorPrice", i."ladderMode"::text AS "ladderMode", i.ladder
      FROM price_lists l
      LEFT JOIN price_list_items i ON i."priceListId" = l.id AND i."skuId" = ${skuId}::uuid
      WHERE l."sellerId" = ${sellerId}::uuid AND l.status <> 'archived' ${scopeSql}
      ORDER BY l.id`;
    return rows.map((r) => toCandidate(r, skuId));
  }

  async rebateAvailable(
    sellerId: string,
    buyerId: string,
    currency: string,
    db: Db = this.db,
  ): Promise<bigint> {
    const agg = await db.rebateEntry.aggregate({
      where: { sellerId, buyerId, currency },
      _sum: { amountMinor: true },
    });
    const sum = agg._sum.amountMinor ?? 0n;
    return sum > 0n ? sum : 0n;
  }

  /**
   * The winning base price of each SKU of these products that a viewer (as buyer) may see
   * on a day: per SKU, its contract, else its grade's list, else the public list; only
   * published lists valid that day. Visitors (no company) see none.
   */
  async visiblePrices(
    buyerId: string,
    filter: { productIds: readonly string[] } | { skuIds: readonly string[] },
    day: string,
    db: Db = this.db,
  ): Promise<VisiblePrice[]> {
    const target =
      'productIds' in filter
        ? Prisma.sql`s."productId" = ANY(${[...filter.productIds]}::uuid[])`
        : Prisma.sql`s.id = ANY(${[...filter.skuIds]}::uuid[])`;
    const rows = await db.$queryRaw<
      Array<Omit<VisiblePrice, 'unitPrice' | 'ladder'> & { unitPrice: Prisma.Decimal; ladder: unknown }>
    >`
      SELECT DISTINCT ON (i."skuId") i."skuId", s."productId", l.id AS "listId", l.kind::text AS "listKind",
             l.currency, i."unitPrice", i."ladderMode"::text AS "ladderMode", i.ladder, l."validTo",
             l.terms, l.delivery, l."sellerId"
      FROM skus s
      JOIN price_list_items i ON i."skuId" = s.id
      JOIN price_lists l ON l.id = i."priceListId"
      WHERE ${target}
        AND l.status = 'published'
        AND (l."validFrom" IS NULL OR l."validFrom" <= ${day}::date)
        AND (l."validTo" IS NULL OR l."validTo" > ${day}::date)
        AND (l.kind = 'list'
             OR (l.kind = 'contract' AND l."buyerId" = ${buyerId}::uuid)
             OR (l.kind = 'grade' AND l."gradeId" IN (
                   SELECT a."gradeId" FROM customer_grade_assignments a
                   WHERE a."buyerId" = ${buyerId}::uuid AND a."sellerId" = l."sellerId")))
      ORDER BY i."skuId", CASE l.kind WHEN 'contract' THEN 0 WHEN 'grade' THEN 1 ELSE 2 END,
               l."validFrom" DESC NULLS LAST, l.id`;
    return rows.map((r) => ({
      ...r,
      unitPrice: r.unitPrice.toFixed(),
      ladder: (r.ladder ?? []) as LadderBreak[],
    }));
  }

  /** Published lists valid on the day that a company may buy from: public ones, its grades', its contracts. */
  async visibleListIds(companyId: string, day: string, db: Db = this.db): Promise<string[]> {
    const rows = await db.$queryRaw<Array<{ id: string }>>`
      /* prepare */ SELECT l.id FROM price_lists l
      WHERE l.status = 'published'
        AND (l."validFrom" IS NULL OR l."validFrom" <= ${day}::date)
        AND (l."validTo" IS NULL OR l."validTo" > ${day}::date)
        AND (l.kind = 'list'
             OR (l.kind = 'contract' AND l."buyerId" = ${companyId}::uuid)
             OR (l.kind = 'grade' AND l."gradeId" IN (
                   SELECT a."gradeId" FROM customer_grade_assignments a
                   WHERE a."buyerId" = ${companyId}::uuid AND a."sellerId" = l."sellerId")))`;
    return rows.map((r) => r.id);
  }

  /** The seller's public list valid on the day, whose terms and zones other lists inherit. */
  async publicRules(sellerId: string, day: string, db: Db = this.db) {
    const rows = await db.$queryRaw<Array<{ terms: unknown; delivery: unknown }>>`
      SELECT terms, delivery FROM price_lists
      WHERE "sellerId" = ${sellerId}::uuid AND kind = 'list' AND status = 'published'
        AND ("validFrom" IS NULL OR "validFrom" <= ${day}::date)
        AND ("validTo" IS NULL OR "validTo" > ${day}::date)
      ORDER BY "validFrom" DESC NULLS LAST, id LIMIT 1`;
    return rows[0] ?? null;
  }
}

export function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

function toCandidate(r: ListRow, skuId: string): CandidateList {
  const item: PriceItemRule | null =
    r.unitPrice === null
      ? null
      : {
          skuId,
          unitPrice: trimZeros(r.unitPrice.toFixed()),
          floorPrice: r.floorPrice === null ? null : trimZeros(decimalText(r.floorPrice) ?? '0'),
          ladderMode: r.ladderMode ?? 'all_units',
          ladder: (r.ladder ?? []) as LadderBreak[],
        };
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    currency: r.currency,
    validFrom: r.validFrom,
    validTo: r.validTo,
    published: r.status === 'published',
    buyerId: r.buyerId,
    gradeId: r.gradeId,
    item,
    terms: (r.terms ?? null) as PaymentTermsRule | null,
    delivery: deliveryFromJson(r.delivery),
    quoteValidityDays: r.quoteValidityDays,
  };
}

/** Zone fees are stored as strings of digits (JSON has no bigint). */
export function deliveryFromJson(json: unknown): DeliveryRule | null {
  if (!json) return null;
  const d = json as { pickups?: DeliveryRule['pickups']; zones?: Array<Record<string, unknown>> };
  return {
    pickups: d.pickups ?? [],
    zones: (d.zones ?? []).map((z) => ({
      ...(z as unknown as DeliveryRule['zones'][number]),
      perShipmentFeeMinor: BigInt(String(z['perShipmentFeeMinor'] ?? '0')),
    })),
  };
}

export function deliveryToJson(d: DeliveryRule | null): Prisma.InputJsonValue | typeof Prisma.DbNull {
  if (!d) return Prisma.DbNull;
  return {
    pickups: d.pickups.map((p) => ({ ...p })),
    zones: d.zones.map((z) => ({
      ...z,
      regions: [...z.regions],
      perShipmentFeeMinor: z.perShipmentFeeMinor.toString(),
    })),
  };
}

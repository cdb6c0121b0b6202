import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@tradeway/server/platform';
import type { ListInventoryQuery, UnitOfMeasure } from '@tradeway/shared/contracts';

/** The client or an open transaction. */
type Db = Prisma.TransactionClient;

/** One of a seller's SKUs at one location, as stored (quantities as PostgreSQL numeric text). */
export interface InventoryRecord {
  skuId: string;
  skuCode: string;
  productId: string;
  productNameZh: string;
  productNameEn: string;
  unit: UnitOfMeasure;
  minOrderQuantity: string;
  /** null: the SKU has no stock position (in the filtered warehouse). */
  locationId: string | null;
  locationCode: string | null;
  warehouseId: string | null;
  warehouseName: string | null;
  warehouseNameEn: string | null;
  onHand: string;
  reserved: string;
  available: string;
  low: boolean;
  version: number;
  updatedAt: Date | null;
}

/** A stock position, locked for a change. */
export interface StockLevel {
  id: string;
  skuId: string;
  locationId: string;
  onHand: string;
  reserved: string;
  version: number;
  updatedAt: Date;
}

/**
 * The catalog's stock per warehouse location (DESIGN.md §3), the only code that reads and
 * writes `inventory_levels`. Every query that takes a SKU id also takes the seller, so a SKU
 * of another company is simply not found (decision 0006).
 */
@Injectable()
export class InventoryRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(fn: (tx: Db) => Promise<T>, timeoutMs = 10_000): Promise<T> {
    return this.prisma.client.$transaction(fn, { timeout: timeoutMs, maxWait: 10_000 });
  }

  /**
   * The rows of the seller's SKUs: every stock position, plus one row with null location
   * for a SKU that has none (in the chosen warehouse). `low` is decided here, once, for
   * the filter and the answer alike: available ≤ 0 or below the minimum order quantity.
   */
  private rows(sellerId: string, warehouseId: string | undefined, where: Prisma.Sql[]): Prisma.Sql {
    const inWarehouse = warehouseId ? Prisma.sql`AND wl."warehouseId" = ${warehouseId}::uuid` : Prisma.empty;
    const conditions = Prisma.join([Prisma.sql`s."sellerId" = ${sellerId}::uuid`, ...where], ' AND ');
    return Prisma.sql`
      SELECT s.id AS "skuId", s.code AS "skuCode", p.id AS "productId",
             p."nameZh" AS "productNameZh", p."nameEn" AS "productNameEn", s.unit::text AS unit,
             s."minOrderQuantity"::text AS "minOrderQuantity",
             l."locationId", wl.code AS "locationCode", w.id AS "warehouseId", w.code AS "warehouseCode",
             w.name AS "warehouseName", w."nameEn" AS "warehouseNameEn",
             COALESCE(l."onHand", 0)::text AS "onHand", COALESCE(l.reserved, 0)::text AS reserved,
             (COALESCE(l."onHand", 0) - COALESCE(l.reserved, 0))::text AS available,
             (COALESCE(l."onHand", 0) - COALESCE(l.reserved, 0) <= 0
               OR COALESCE(l."onHand", 0) - COALESCE(l.reserved, 0) < s."minOrderQuantity") AS low,
             COALESCE(l.version, 0) AS version, l."updatedAt"
      FROM skus s
      JOIN products p ON p.id = s."productId"
      LEFT JOIN (inventory_levels l
                 JOIN warehouse_locations wl ON wl.id = l."locationId"
                 JOIN warehouses w ON w.id = wl."warehouseId")
        ON l."skuId" = s.id ${inWarehouse}
      WHERE ${conditions}`;
  }

  /** A page of the seller's stock, filtered and paged on the server (DESIGN.md §13). */
  async list(
    sellerId: string,
    query: ListInventoryQuery,
  ): Promise<{ items: InventoryRecord[]; total: number }> {
    const where: Prisma.Sql[] = [];
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push(
        Prisma.sql`(s.code || ' ' || p.code || ' ' || p."nameZh" || ' ' || p."nameEn") ILIKE ${like}`,
      );
    }
    const rows = this.rows(sellerId, query.warehouseId, where);
    const low = query.onlyLow ? Prisma.sql`WHERE r.low` : Prisma.empty;
    const [items, counted] = await Promise.all([
      this.prisma.client.$queryRaw<Array<InventoryRecord & { warehouseCode: string | null }>>`
        SELECT r.* FROM (${rows}) r ${low}
        ORDER BY r."skuCode", r."warehouseCode" NULLS FIRST, r."locationCode"
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      this.prisma.client.$queryRaw<Array<{ n: number }>>`
        SELECT count(*)::int AS n FROM (${rows}) r ${low}`,
    ]);
    return { items: items.map(({ warehouseCode: _, ...r }) => r), total: counted[0]?.n ?? 0 };
  }

  /** One row of the seller's stock: its SKU at one location (null when not stocked there). */
  async row(sellerId: string, skuId: string, locationId: string, db: Db = this.prisma.client) {
    const rows = await db.$queryRaw<Array<InventoryRecord & { warehouseCode: string | null }>>(
      this.rows(sellerId, undefined, [
        Prisma.sql`s.id = ${skuId}::uuid`,
        Prisma.sql`l."locationId" = ${locationId}::uuid`,
      ]),
    );
    const found = rows[0];
    if (!found) return null;
    const { warehouseCode: _, ...r } = found;
    return r;
  }

  /** The seller's SKU, or null when it is not theirs (or does not exist). */
  async sellerSku(sellerId: string, skuId: string, db: Db = this.prisma.client) {
    return db.sku.findFirst({ where: { id: skuId, sellerId }, select: { id: true, code: true } });
  }

  /**
   * A location where a seller may record stock. Warehouses are platform-run or partner
   * stores with no seller ownership (prisma/schema/warehouse.prisma: only an operator), and
   * `catalog.listWarehouses` offers every one of them: any location of any warehouse will do.
   */
  async stockLocation(locationId: string, db: Db = this.prisma.client) {
    return db.warehouseLocation.findUnique({
      where: { id: locationId },
      select: { id: true, code: true, warehouseId: true },
    });
  }

  /** Every warehouse with its locations: where a seller may record stock (see `stockLocation`). */
  async stockLocations() {
    return this.prisma.client.warehouse.findMany({
      orderBy: { code: 'asc' },
      select: {
        id: true,
        code: true,
        name: true,
        nameEn: true,
        city: true,
        locations: { orderBy: { code: 'asc' }, select: { id: true, code: true } },
      },
    });
  }

  /**
   * The stock position, locked until the transaction ends (`SELECT … FOR UPDATE`): a
   * reservation cannot slip in between the check against `reserved` and the write, and the
   * audit's "before" is what the write replaced. Null when there is none yet.
   */
  async lockLevel(tx: Db, skuId: string, locationId: string): Promise<StockLevel | null> {
    const rows = await tx.$queryRaw<StockLevel[]>`
      SELECT id, "skuId", "locationId", "onHand"::text AS "onHand", reserved::text AS reserved,
             version, "updatedAt"
      FROM inventory_levels
      WHERE "skuId" = ${skuId}::uuid AND "locationId" = ${locationId}::uuid
      FOR UPDATE`;
    return rows[0] ?? null;
  }

  /**
   * A new stock position with nothing reserved; null when one appeared meanwhile (a
   * concurrent first entry: the unique key decides, nothing is overwritten).
   */
  async createLevel(tx: Db, skuId: string, locationId: string, onHand: string): Promise<StockLevel | null> {
    const rows = await tx.$queryRaw<StockLevel[]>`
      INSERT INTO inventory_levels (id, "skuId", "locationId", "onHand", reserved, version, "updatedAt")
      VALUES (gen_random_uuid(), ${skuId}::uuid, ${locationId}::uuid, ${onHand}::numeric, 0, 1, now())
      ON CONFLICT ("skuId", "locationId") DO NOTHING
      RETURNING id, "skuId", "locationId", "onHand"::text AS "onHand", reserved::text AS reserved,
                version, "updatedAt"`;
    return rows[0] ?? null;
  }

  /**
   * Sets on hand of a locked position, with the next version. The condition on `reserved`
   * repeats the rule in the statement itself: null when it no longer holds.
   */
  async setOnHand(tx: Db, levelId: string, onHand: string): Promise<StockLevel | null> {
    const rows = await tx.$queryRaw<StockLevel[]>`
      UPDATE inventory_levels
      SET "onHand" = ${onHand}::numeric, version = version + 1, "updatedAt" = now()
      WHERE id = ${levelId}::uuid AND reserved <= ${onHand}::numeric
      RETURNING id, "skuId", "locationId", "onHand"::text AS "onHand", reserved::text AS reserved,
                version, "updatedAt"`;
    return rows[0] ?? null;
  }
}

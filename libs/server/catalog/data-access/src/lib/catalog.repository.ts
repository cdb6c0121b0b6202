import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@tradeway/server/platform';
import type { Category, ListProductsQuery, ProductSummary } from '@tradeway/shared/contracts';

/** Search totals are exact up to this many products, then "1 000+". */
export const TOTAL_CAP = 1_000;

/** The only code of the catalog context that talks to Prisma. Catalog data is public; prices are not here. */
@Injectable()
export class CatalogRepository {
  constructor(private readonly prisma: PrismaService) {}

  async listCategories(): Promise<Category[]> {
    const rows = await this.prisma.client.category.findMany({
      orderBy: [{ parentId: { sort: 'asc', nulls: 'first' } }, { code: 'asc' }],
      include: { _count: { select: { products: true } } },
    });
    return rows.map(({ _count, ...c }) => ({ ...c, productCount: _count.products }));
  }

  async categoryTree(): Promise<Array<{ id: string; parentId: string | null }>> {
    return this.prisma.client.category.findMany({ select: { id: true, parentId: true } });
  }

  /**
   * Catalog search on the server (DESIGN.md §3): keyword in either language or the code
   * (a trigram index serves it), category subtree, seller, specification attributes (a
   * jsonb containment index serves them) and, for a buyer, "only what has my price".
   */
  async findProducts(
    query: ListProductsQuery,
    categoryIds: string[] | undefined,
    /** The signed-in company and, for `priced`, the lists it may buy from (PricingRepository.visibleListIds). */
    viewer: { companyId: string; visibleListIds: readonly string[] } | null,
  ): Promise<{ items: Array<Omit<ProductSummary, 'priceFrom'>>; total: number; totalIsLowerBound: boolean }> {
    const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(Prisma.sql`(p."nameZh" || ' ' || p."nameEn" || ' ' || p.code) ILIKE ${like}`);
    }
    if (categoryIds) conditions.push(Prisma.sql`p."categoryId" = ANY(${categoryIds}::uuid[])`);
    const sellerId = query.mine && viewer ? viewer.companyId : query.sellerId;
    if (query.mine && !viewer) conditions.push(Prisma.sql`FALSE`);
    if (sellerId) conditions.push(Prisma.sql`p."sellerId" = ${sellerId}::uuid`);
    if (query.attributes && Object.keys(query.attributes).length > 0) {
      conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM skus s WHERE s."productId" = p.id
        AND s.attributes @> ${JSON.stringify(query.attributes)}::jsonb)`);
    }
    if (query.priced) {
      // The lists this viewer may buy from were found once (a handful): a plain index probe
      // per product instead of re-deciding visibility for every price row.
      const visible = viewer ? [...viewer.visibleListIds] : [];
      conditions.push(
        visible.length > 0
          ? Prisma.sql`EXISTS (SELECT 1 FROM skus s JOIN price_list_items i ON i."skuId" = s.id
              WHERE s."productId" = p.id AND i."priceListId" = ANY(${visible}::uuid[]))`
          : Prisma.sql`FALSE`,
      );
    }
    const where = Prisma.join(conditions, ' AND ');
    // The page is the first rows in (name, id) order; the total is counted up to a cap, so
    // a broad search costs what one page costs (DESIGN.md §13: lists page on the server).
    // With a keyword the trigram index finds the few matches and they are sorted; walking the
    // (name, id) index instead would filter most of the catalog before finding a page.
    const order = query.q ? Prisma.sql`(p."nameEn" || ''), p.id` : Prisma.sql`p."nameEn", p.id`;
    const [rows, counted] = await Promise.all([
      this.prisma.client.$queryRaw<
        Array<Omit<ProductSummary, 'priceFrom' | 'skuCount'> & { skuCount: bigint }>
      >`
        SELECT p.id, p."categoryId", p."nameZh", p."nameEn", p.code, p."sellerId", p.unit::text AS unit,
               c.name AS "sellerName", c."nameEn" AS "sellerNameEn",
               (SELECT count(*) FROM skus s WHERE s."productId" = p.id) AS "skuCount"
        FROM products p JOIN companies c ON c.id = p."sellerId"
        WHERE ${where}
        ORDER BY ${order}
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      this.prisma.client.$queryRaw<Array<{ n: number }>>`
        SELECT count(*)::int AS n FROM (SELECT 1 FROM products p WHERE ${where} LIMIT ${TOTAL_CAP + 1}) x`,
    ]);
    const n = counted[0]?.n ?? 0;
    return {
      total: Math.min(n, TOTAL_CAP),
      totalIsLowerBound: n > TOTAL_CAP,
      items: rows.map(({ skuCount, ...p }) => ({ ...p, skuCount: Number(skuCount) })),
    };
  }

  async productDetail(productId: string) {
    return this.prisma.client.product.findUnique({
      where: { id: productId },
      include: {
        seller: { select: { name: true, nameEn: true } },
        category: true,
        _count: { select: { skus: true } },
        skus: {
          orderBy: { code: 'asc' },
          include: {
            unitConversions: true,
            inventory: { include: { location: { include: { warehouse: true } } } },
          },
        },
      },
    });
  }

  async attributes(categoryIds: string[] | undefined): Promise<Array<{ key: string; values: string[] }>> {
    const filter = categoryIds ? Prisma.sql`AND p."categoryId" = ANY(${categoryIds}::uuid[])` : Prisma.empty;
    return this.prisma.client.$queryRaw<Array<{ key: string; values: string[] }>>`
      SELECT a.key, (array_agg(DISTINCT a.value ORDER BY a.value))[1:50] AS values
      FROM skus s JOIN products p ON p.id = s."productId",
           jsonb_each_text(s.attributes) a
      WHERE jsonb_typeof(s.attributes) = 'object' ${filter}
      GROUP BY a.key ORDER BY a.key LIMIT 30`;
  }

  async warehouses() {
    return this.prisma.client.warehouse.findMany({
      orderBy: { code: 'asc' },
      select: { id: true, code: true, name: true, nameEn: true, city: true },
    });
  }
}

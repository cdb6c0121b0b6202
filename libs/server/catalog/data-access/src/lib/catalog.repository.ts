import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaService } from '@tradeway/server/platform';
import type { Category, ListProductsQuery, ProductSummary } from '@tradeway/shared/contracts';

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

  async findProducts(
    query: ListProductsQuery,
    categoryIds: string[] | undefined,
  ): Promise<{ items: ProductSummary[]; total: number }> {
    const where: Prisma.ProductWhereInput = {
      ...(categoryIds ? { categoryId: { in: categoryIds } } : {}),
      ...(query.q
        ? {
            OR: [
              { nameZh: { contains: query.q, mode: 'insensitive' } },
              { nameEn: { contains: query.q, mode: 'insensitive' } },
              { code: { contains: query.q, mode: 'insensitive' } },
            ],
          }
        : {}),
    };
    const [rows, total] = await Promise.all([
      this.prisma.client.product.findMany({
        where,
        orderBy: [{ nameEn: 'asc' }, { id: 'asc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
        include: { seller: { select: { name: true } }, _count: { select: { skus: true } } },
      }),
      this.prisma.client.product.count({ where }),
    ]);
    return {
      total,
      items: rows.map((p) => ({
        id: p.id,
        categoryId: p.categoryId,
        nameZh: p.nameZh,
        nameEn: p.nameEn,
        sellerName: p.seller.name,
        unit: p.unit,
        skuCount: p._count.skus,
      })),
    };
  }
}

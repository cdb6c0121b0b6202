import { Injectable } from '@nestjs/common';
import { ORPCError } from '@orpc/server';
import { CatalogRepository } from '@tradeway/server/catalog/data-access';
import { catalogErrorMessage, descendantIds } from '@tradeway/server/catalog/domain';
import type { RequestAuth } from '@tradeway/server/platform';
import {
  chinaDay,
  deliveryFromJson,
  PricingRepository,
  trimZeros,
  type VisiblePrice,
} from '@tradeway/server/pricing/data-access';
import { parseDecimal } from '@tradeway/server/pricing/domain';
import type { ListProductsQuery, MyPrice, ProductDetail, ProductSummary } from '@tradeway/shared/contracts';

/** Compares two stored unit prices exactly (the engine's decimal parser, 4 places). */
const decimalLess = (a: string, b: string): boolean =>
  (parseDecimal(a, 4) ?? 0n) < (parseDecimal(b, 4) ?? 0n);

@Injectable()
export class CatalogService {
  constructor(
    private readonly repository: CatalogRepository,
    private readonly pricing: PricingRepository,
  ) {}

  async listCategories() {
    return { items: await this.repository.listCategories() };
  }

  private async subtree(categoryId: string | undefined): Promise<string[] | undefined> {
    if (!categoryId) return undefined;
    const tree = await this.repository.categoryTree();
    if (!tree.some((c) => c.id === categoryId)) {
      throw new ORPCError('NOT_FOUND', {
        status: 404,
        message: catalogErrorMessage('CATEGORY_NOT_FOUND', 'en'),
        data: {
          fields: [{ path: 'categoryId', message: catalogErrorMessage('CATEGORY_NOT_FOUND', 'en') }],
        },
      });
    }
    return descendantIds(tree, categoryId);
  }

  /**
   * Search with prices: a signed-in company sees, per product, the lowest base price among
   * its SKUs that applies to it (its contract, its grade's list or the public list);
   * visitors and unpriced products show "price on request" (null).
   */
  async listProducts(query: ListProductsQuery, viewer: RequestAuth | null = null, now = new Date()) {
    const categoryIds = await this.subtree(query.categoryId);
    const day = chinaDay(now);
    const scope = viewer
      ? {
          companyId: viewer.companyId,
          visibleListIds: query.priced ? await this.pricing.visibleListIds(viewer.companyId, day) : [],
        }
      : null;
    const { items, total, totalIsLowerBound } = await this.repository.findProducts(query, categoryIds, scope);
    const prices =
      viewer && items.length > 0
        ? await this.pricing.visiblePrices(viewer.companyId, { productIds: items.map((p) => p.id) }, day)
        : [];
    const best = new Map<string, VisiblePrice>();
    for (const p of prices) {
      const current = best.get(p.productId);
      if (!current || decimalLess(p.unitPrice, current.unitPrice)) best.set(p.productId, p);
    }
    const withPrices: ProductSummary[] = items.map((p) => {
      const b = best.get(p.id);
      return {
        ...p,
        priceFrom: b
          ? { unitPrice: trimZeros(b.unitPrice), currency: b.currency, listKind: b.listKind }
          : null,
      };
    });
    return { items: withPrices, total, totalIsLowerBound, page: query.page, pageSize: query.pageSize };
  }

  async getProduct(
    productId: string,
    viewer: RequestAuth | null = null,
    now = new Date(),
  ): Promise<ProductDetail> {
    const p = await this.repository.productDetail(productId);
    if (!p) throw new ORPCError('NOT_FOUND', { status: 404, message: 'Product not found' });
    const day = chinaDay(now);
    const prices = viewer
      ? await this.pricing.visiblePrices(viewer.companyId, { skuIds: p.skus.map((s) => s.id) }, day)
      : [];
    const priceOf = new Map(prices.map((v) => [v.skuId, v]));
    const publicRules = prices.length > 0 ? await this.pricing.publicRules(p.sellerId, day) : null;
    const myPrice = (skuId: string): MyPrice | null => {
      const v = priceOf.get(skuId);
      if (!v) return null;
      const delivery = deliveryFromJson(v.delivery) ?? deliveryFromJson(publicRules?.delivery ?? null);
      return {
        unitPrice: trimZeros(v.unitPrice),
        currency: v.currency,
        listKind: v.listKind,
        ladderMode: v.ladderMode,
        ladder: v.ladder,
        validTo: v.validTo ? v.validTo.toISOString().slice(0, 10) : null,
        pickupWarehouseIds: delivery?.pickups.map((x) => x.warehouseId) ?? [],
        deliveryRegions: [...new Set(delivery?.zones.flatMap((z) => z.regions) ?? [])],
      };
    };
    const skuPrices = p.skus.map((s) => myPrice(s.id));
    const cheapest = skuPrices.reduce<MyPrice | null>(
      (m, x) => (x && (!m || decimalLess(x.unitPrice, m.unitPrice)) ? x : m),
      null,
    );
    return {
      id: p.id,
      code: p.code,
      sellerId: p.sellerId,
      categoryId: p.categoryId,
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      sellerName: p.seller.name,
      sellerNameEn: p.seller.nameEn,
      unit: p.unit,
      skuCount: p._count.skus,
      priceFrom: cheapest
        ? { unitPrice: cheapest.unitPrice, currency: cheapest.currency, listKind: cheapest.listKind }
        : null,
      categoryNameZh: p.category.nameZh,
      categoryNameEn: p.category.nameEn,
      taxRateBps: p.category.taxRateBps,
      skus: p.skus.map((s, i) => ({
        id: s.id,
        code: s.code,
        specCode: s.specCode,
        attributes: Object.fromEntries(
          Object.entries((s.attributes ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
        ),
        unit: s.unit,
        packSize: trimZeros(s.packSize.toFixed()),
        minOrderQuantity: trimZeros(s.minOrderQuantity.toFixed()),
        orderIncrement: trimZeros(s.orderIncrement.toFixed()),
        conversions: s.unitConversions.map((c) => ({
          fromUnit: c.fromUnit,
          toUnit: c.toUnit,
          factor: trimZeros(c.factor.toFixed()),
        })),
        inventory: s.inventory.map((l) => ({
          warehouseId: l.location.warehouseId,
          warehouseName: l.location.warehouse.name,
          locationCode: l.location.code,
          onHand: trimZeros(l.onHand.toFixed()),
          reserved: trimZeros(l.reserved.toFixed()),
          available: trimZeros(l.onHand.minus(l.reserved).toFixed()),
        })),
        myPrice: skuPrices[i] ?? null,
      })),
    };
  }

  async listAttributes(categoryId: string | undefined) {
    return { items: await this.repository.attributes(await this.subtree(categoryId)) };
  }

  async listWarehouses() {
    return { items: await this.repository.warehouses() };
  }
}

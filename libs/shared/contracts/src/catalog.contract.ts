import { publicRoute } from './access';
import { z } from 'zod';
import { PageQuerySchema, pageOf } from './paging';

export const UnitOfMeasureSchema = z.enum(['t', 'kg', 'm3', 'piece', 'box']);
export type UnitOfMeasure = z.infer<typeof UnitOfMeasureSchema>;

export const CategorySchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  /** VAT rate in basis points (1300 = 13 %). */
  taxRateBps: z.number().int().min(0).max(10_000),
  productCount: z.number().int().nonnegative(),
});
export type Category = z.infer<typeof CategorySchema>;

export const ProductSummarySchema = z.object({
  id: z.uuid(),
  categoryId: z.uuid(),
  nameZh: z.string(),
  nameEn: z.string(),
  sellerName: z.string(),
  unit: UnitOfMeasureSchema,
  skuCount: z.number().int().nonnegative(),
});
export type ProductSummary = z.infer<typeof ProductSummarySchema>;

export const ListProductsQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().min(1).max(100).optional().describe('Keyword in the Chinese or English name'),
  categoryId: z.uuid().optional(),
});
export type ListProductsQuery = z.infer<typeof ListProductsQuerySchema>;

export const catalogContract = {
  listCategories: publicRoute
    .route({
      method: 'GET',
      path: '/api/catalog/categories',
      summary: 'The category tree with tax rates',
      tags: ['catalog'],
    })
    .output(z.object({ items: z.array(CategorySchema) })),
  listProducts: publicRoute
    .route({
      method: 'GET',
      path: '/api/catalog/products',
      summary: 'Search products (no prices yet)',
      tags: ['catalog'],
    })
    .input(ListProductsQuerySchema)
    .output(pageOf(ProductSummarySchema)),
};

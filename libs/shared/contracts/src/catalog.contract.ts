import { publicRoute, requires } from './access';
import { PriceListKindSchema, LadderBreakSchema, LadderModeSchema } from './pricing.contract';
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
  /** The seller's legal (Chinese) name and its English name, if it gave one. */
  sellerName: z.string(),
  sellerNameEn: z.string().nullable(),
  unit: UnitOfMeasureSchema,
  skuCount: z.number().int().nonnegative(),
  sellerId: z.uuid(),
  code: z.string(),
  /** The lowest unit price among its SKUs that the viewer may see, or null: price on request. */
  priceFrom: z
    .object({ unitPrice: z.string(), currency: z.string(), listKind: PriceListKindSchema })
    .nullable(),
});
export type ProductSummary = z.infer<typeof ProductSummarySchema>;

export const ListProductsQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().min(1).max(100).optional().describe('Keyword in the Chinese or English name'),
  categoryId: z.uuid().optional(),
  sellerId: z.uuid().optional(),
  /** Only my company's products (seller portal). */
  mine: z.coerce.boolean().optional(),
  /** Specification filters, e.g. attributes[grade]=一级 (exact match per key). */
  attributes: z.record(z.string().regex(/^[a-z_]{1,30}$/), z.string().trim().min(1).max(60)).optional(),
  /** Only products with a price the viewer may see. */
  priced: z.coerce.boolean().optional(),
});
export type ListProductsQuery = z.infer<typeof ListProductsQuerySchema>;

export const MyPriceSchema = z.object({
  unitPrice: z.string(),
  currency: z.string(),
  listKind: PriceListKindSchema,
  ladderMode: LadderModeSchema,
  ladder: z.array(LadderBreakSchema),
  validTo: z.iso.date().nullable(),
  /** Where the seller lets this buyer pick up, and the regions it delivers to. */
  pickupWarehouseIds: z.array(z.uuid()),
  deliveryRegions: z.array(z.string()),
});
export type MyPrice = z.infer<typeof MyPriceSchema>;

export const SkuDetailSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  specCode: z.string().nullable(),
  attributes: z.record(z.string(), z.string()),
  unit: UnitOfMeasureSchema,
  packSize: z.string(),
  minOrderQuantity: z.string(),
  orderIncrement: z.string(),
  conversions: z.array(
    z.object({ fromUnit: UnitOfMeasureSchema, toUnit: UnitOfMeasureSchema, factor: z.string() }),
  ),
  inventory: z.array(
    z.object({
      warehouseId: z.uuid(),
      warehouseName: z.string(),
      locationCode: z.string(),
      onHand: z.string(),
      reserved: z.string(),
      available: z.string(),
    }),
  ),
  myPrice: MyPriceSchema.nullable(),
});
export type SkuDetail = z.infer<typeof SkuDetailSchema>;

export const ProductDetailSchema = ProductSummarySchema.extend({
  categoryNameZh: z.string(),
  categoryNameEn: z.string(),
  taxRateBps: z.number().int(),
  skus: z.array(SkuDetailSchema),
});
export type ProductDetail = z.infer<typeof ProductDetailSchema>;

export const WarehouseSummarySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  city: z.string(),
});

export const IMPORT_KINDS = ['products', 'price_list'] as const;
export const ImportKindSchema = z.enum(IMPORT_KINDS);
export const SpreadsheetFormatSchema = z.enum(['xlsx', 'csv']);
export const ImportRejectionSchema = z.object({
  rowNumber: z.number().int(),
  column: z.string(),
  code: z.string(),
  message: z.string(),
  messageZh: z.string(),
});
export const ImportJobSchema = z.object({
  id: z.uuid(),
  kind: ImportKindSchema,
  priceListId: z.uuid().nullable(),
  fileName: z.string(),
  format: SpreadsheetFormatSchema,
  strict: z.boolean(),
  status: z.enum(['queued', 'validating', 'applying', 'done', 'failed']),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  appliedRows: z.number().int(),
  rejectedRows: z.number().int(),
  /** The first rejections (the whole report is a download). */
  rejections: z.array(ImportRejectionSchema),
  error: z.string().nullable(),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
});
export type ImportJob = z.infer<typeof ImportJobSchema>;

// ---- inventory (DESIGN.md §3: stock per warehouse location, reserved and available) -------

/** A stock quantity as a seller enters it: 0 or more, at most 3 decimals; decimal text, never a float. */
export const StockQuantitySchema = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,3})?$/, 'A quantity of 0 or more with at most 3 decimals, e.g. 120 or 2.5');

/** Query-string booleans: `true`/`false` as text (z.coerce.boolean would read "false" as true). */
const QueryFlag = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

export const ListInventoryQuerySchema = PageQuerySchema.extend({
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('Keyword in the SKU code or the product name (either language)'),
  warehouseId: z.uuid().optional().describe('Only stock positions in this warehouse'),
  onlyLow: QueryFlag.optional().describe(
    'Only rows whose available quantity is 0 or less, or below the SKU minimum order quantity',
  ),
});
export type ListInventoryQuery = z.infer<typeof ListInventoryQuerySchema>;

/**
 * One of my SKUs at one warehouse location. A SKU with no stock position (in the chosen
 * warehouse) is listed once with the location fields null, zero quantities and version 0,
 * so that nothing out of stock is hidden.
 */
export const InventoryRowSchema = z.object({
  skuId: z.uuid(),
  skuCode: z.string(),
  productId: z.uuid(),
  productNameZh: z.string(),
  productNameEn: z.string(),
  unit: UnitOfMeasureSchema,
  minOrderQuantity: z.string(),
  locationId: z.uuid().nullable(),
  locationCode: z.string().nullable(),
  warehouseId: z.uuid().nullable(),
  warehouseName: z.string().nullable(),
  warehouseNameEn: z.string().nullable(),
  onHand: z.string(),
  reserved: z.string(),
  /** onHand − reserved. */
  available: z.string(),
  /** available ≤ 0, or below the minimum order quantity. */
  low: z.boolean(),
  /** Optimistic concurrency: send it back as `expectedVersion`; 0 = no stock position yet. */
  version: z.number().int().nonnegative(),
  updatedAt: z.iso.datetime().nullable(),
});
export type InventoryRow = z.infer<typeof InventoryRowSchema>;

export const SetInventoryInputSchema = z.object({
  skuId: z.uuid(),
  locationId: z.uuid(),
  onHand: StockQuantitySchema,
  /** The version the editor saw (0: "no stock position yet"); left out, the edit applies to what is stored. */
  expectedVersion: z.number().int().min(0).optional(),
});
export type SetInventoryInput = z.infer<typeof SetInventoryInputSchema>;

export const StockLocationsSchema = z.object({
  items: z.array(
    WarehouseSummarySchema.extend({
      locations: z.array(z.object({ id: z.uuid(), code: z.string() })),
    }),
  ),
});

const Locale = z.enum(['zh-CN', 'en']).default('zh-CN');
const ctags = ['catalog'];

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
      summary: 'Search products, with the prices the viewer may see',
      tags: ['catalog'],
    })
    .input(ListProductsQuerySchema)
    .output(
      pageOf(ProductSummarySchema).extend({
        /** The total is counted up to 1 000: true means "more than `total`". */
        totalIsLowerBound: z.boolean(),
      }),
    ),
  getProduct: publicRoute
    .route({
      method: 'GET',
      path: '/api/catalog/products/{productId}',
      summary: 'A product with its SKUs, stock and my price',
      tags: ctags,
    })
    .input(z.object({ productId: z.uuid() }))
    .output(ProductDetailSchema),
  listAttributes: publicRoute
    .route({
      method: 'GET',
      path: '/api/catalog/attributes',
      summary: 'Specification attributes and their values, for filters',
      tags: ctags,
    })
    .input(z.object({ categoryId: z.uuid().optional() }))
    .output(z.object({ items: z.array(z.object({ key: z.string(), values: z.array(z.string()) })) })),
  listWarehouses: publicRoute
    .route({ method: 'GET', path: '/api/catalog/warehouses', summary: 'Warehouses for pickup', tags: ctags })
    .output(z.object({ items: z.array(WarehouseSummarySchema) })),
  template: requires('catalog:manage')
    .route({
      method: 'GET',
      path: '/api/catalog/templates/{kind}',
      summary: 'An import template with examples and instructions',
      tags: ctags,
    })
    .input(
      z.object({ kind: ImportKindSchema, format: SpreadsheetFormatSchema.default('xlsx'), locale: Locale }),
    )
    .output(z.file()),
  exportProducts: requires('catalog:manage')
    .route({
      method: 'GET',
      path: '/api/catalog/export',
      summary: "My company's products and SKUs as a spreadsheet (re-importable)",
      tags: ctags,
    })
    .input(z.object({ format: SpreadsheetFormatSchema.default('xlsx'), locale: Locale }))
    .output(z.file()),
  createImport: requires('catalog:manage')
    .route({
      method: 'POST',
      path: '/api/catalog/imports',
      successStatus: 202,
      summary: 'Upload products or a price list; validated and applied by a background job',
      tags: ctags,
    })
    .input(
      z.object({
        file: z.file(),
        kind: ImportKindSchema,
        priceListId: z.uuid().optional(),
        /** Strict: any rejected row and nothing is applied. */
        strict: z
          .union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])
          .default(false),
      }),
    )
    .output(ImportJobSchema),
  listImports: requires('catalog:manage')
    .route({ method: 'GET', path: '/api/catalog/imports', summary: 'Recent imports', tags: ctags })
    .input(PageQuerySchema)
    .output(pageOf(ImportJobSchema)),
  getImport: requires('catalog:manage')
    .route({
      method: 'GET',
      path: '/api/catalog/imports/{importId}',
      summary: 'Progress of an import',
      tags: ctags,
    })
    .input(z.object({ importId: z.uuid() }))
    .output(ImportJobSchema),
  importReport: requires('catalog:manage')
    .route({
      method: 'GET',
      path: '/api/catalog/imports/{importId}/report',
      summary: 'Every rejected row with its reason, as a spreadsheet',
      tags: ctags,
    })
    .input(z.object({ importId: z.uuid(), format: SpreadsheetFormatSchema.default('xlsx'), locale: Locale }))
    .output(z.file()),
  listInventory: requires('catalog:manage')
    .route({
      method: 'GET',
      path: '/api/catalog/inventory',
      summary: 'My SKUs at each warehouse location: on hand, reserved and available',
      tags: ctags,
    })
    .input(ListInventoryQuerySchema)
    .output(pageOf(InventoryRowSchema)),
  listStockLocations: requires('catalog:manage')
    .route({
      method: 'GET',
      path: '/api/catalog/inventory/locations',
      summary: 'The warehouse locations where I may record stock',
      tags: ctags,
    })
    .output(StockLocationsSchema),
  setInventory: requires('catalog:manage')
    .route({
      method: 'PUT',
      path: '/api/catalog/inventory/{skuId}/{locationId}',
      summary: 'Set the on-hand quantity of my SKU at a location (never below the reserved quantity)',
      tags: ctags,
    })
    .input(SetInventoryInputSchema)
    .output(InventoryRowSchema),
};

import type { ApiClient } from '@tradeway/shared/contracts';

/**
 * What the portal sends and receives, as the typed client sees it: the contract's schemas
 * after JSON (amounts in fen arrive as strings of digits, dates as ISO strings).
 */
type Out<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;
type In<F extends (...args: never[]) => unknown> = Exclude<Parameters<F>[0], undefined>;

export type CategoryView = Out<ApiClient['catalog']['listCategories']>['items'][number];
export type ProductPage = Out<ApiClient['catalog']['listProducts']>;
export type ProductSummaryView = ProductPage['items'][number];
export type ProductsQuery = In<ApiClient['catalog']['listProducts']>;
export type PriceFrom = ProductSummaryView['priceFrom'];
export type ProductDetailView = Out<ApiClient['catalog']['getProduct']>;
export type SkuView = ProductDetailView['skus'][number];
export type MyPriceView = NonNullable<SkuView['myPrice']>;
export type LadderBreakView = MyPriceView['ladder'][number];
export type InventoryView = SkuView['inventory'][number];
export type AttributeView = Out<ApiClient['catalog']['listAttributes']>['items'][number];
export type WarehouseView = Out<ApiClient['catalog']['listWarehouses']>['items'][number];

export type QuoteView = Out<ApiClient['quotes']['get']>;
export type QuoteLineView = QuoteView['lines'][number];
export type LineKind = QuoteLineView['kind'];
export type QuoteStatus = NonNullable<QuoteView['status']>;
export type ListKind = QuoteView['listKind'];
export type QuoteRequestPayload = In<ApiClient['quotes']['preview']>;
export type PaymentTerm = NonNullable<QuoteRequestPayload['paymentTerm']>;
export type DeliveryPayload = QuoteRequestPayload['delivery'];
export type ComparisonInput = In<ApiClient['quotes']['compare']>;
export type ComparisonView = Out<ApiClient['quotes']['compare']>;
export type ComparisonRowView = ComparisonView['rows'][number];

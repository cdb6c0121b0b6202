import type { ApiClient } from '@tradeway/shared/contracts';

/**
 * What the pricing screens send and receive, as the typed client sees it: the contract's
 * schemas after JSON (amounts in fen arrive as strings of digits, dates as ISO strings).
 */
type Out<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;
type In<F extends (...args: never[]) => unknown> = Exclude<Parameters<F>[0], undefined>;
type Pricing = ApiClient['pricing'];
type Catalog = ApiClient['catalog'];

export type PriceListView = Out<Pricing['getPriceList']>;
export type PriceListKind = PriceListView['kind'];
export type PriceListStatus = PriceListView['status'];
export type PriceListPayload = In<Pricing['createPriceList']>;
export type PriceListUpdate = In<Pricing['updatePriceList']>;
export type PaymentTermsRule = NonNullable<PriceListView['terms']>;
export type DeliveryRule = NonNullable<PriceListView['delivery']>;
export type ZoneRule = DeliveryRule['zones'][number];
export type PriceItemView = Out<Pricing['listPriceItems']>['items'][number];
export type PriceItemPayload = In<Pricing['putPriceItem']>;
export type LadderMode = PriceItemView['ladderMode'];
export type LadderBreakView = PriceItemView['ladder'][number];
export type GradeView = Out<Pricing['listGrades']>['items'][number];
export type GradePayload = In<Pricing['createGrade']>;
export type CustomerView = Out<Pricing['listCustomers']>['items'][number];
export type ExplainPayload = In<Pricing['explain']>;
export type ExplanationView = Out<Pricing['explain']>;
export type CandidateView = ExplanationView['candidates'][number];
export type CandidateOutcome = CandidateView['outcome'];
export type QuoteView = Out<Pricing['getOffer']>;
export type QuoteStatus = NonNullable<QuoteView['status']>;
export type BreakdownLineView = QuoteView['lines'][number];
export type LineKind = BreakdownLineView['kind'];
export type OfferPayload = In<Pricing['createOffer']>;
export type RebatePayload = In<Pricing['grantRebate']>;

export type ProductSummaryView = Out<Catalog['listProducts']>['items'][number];
export type ProductDetailView = Out<Catalog['getProduct']>;
export type SkuView = ProductDetailView['skus'][number];
export type WarehouseView = Out<Catalog['listWarehouses']>['items'][number];
export type ImportJobView = Out<Catalog['getImport']>;
export type ImportStatus = ImportJobView['status'];
export type ImportKind = ImportJobView['kind'];
export type ImportRejectionView = ImportJobView['rejections'][number];
export type SpreadsheetFormat = ImportJobView['format'];

export type InventoryRowView = Out<Catalog['listInventory']>['items'][number];
export type InventoryPayload = In<Catalog['setInventory']>;
export type StockWarehouseView = Out<Catalog['listStockLocations']>['items'][number];

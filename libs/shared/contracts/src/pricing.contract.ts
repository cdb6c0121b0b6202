import { z } from 'zod';
import { requires, requiresLimited } from './access';
import { MinorSchema } from './approval.contract';
import { OkSchema } from './identity.contract';
import { PageQuerySchema, pageOf } from './paging';

/**
 * Pricing and tiered quotes (DESIGN.md §4): price lists, customer grades, contract prices,
 * the quote engine through the API, saved quotes, special prices and the comparison.
 * Amounts are minor units (fen) as strings of digits; unit prices and quantities are
 * decimal strings — never floats.
 */
const Id = z.uuid();

/** A unit price: up to 12 integer digits and 4 decimals, never negative. */
export const UnitPriceSchema = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,4})?$/, 'A price with at most 4 decimals, e.g. 5980.5');
/** A quantity: up to 12 integer digits and 3 decimals. Zero or negative is refused by the engine's rule. */
export const QuantitySchema = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,3})?$/, 'A quantity with at most 3 decimals, e.g. 100 or 2.5')
  .refine((s) => /[1-9]/.test(s), 'The quantity must be more than zero');
/** A signed minor amount as text (a breakdown line may be a discount). */
export const SignedMinorSchema = z.coerce
  .bigint()
  .min(-(10n ** 15n))
  .max(10n ** 15n);
export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/);

export const PAYMENT_TERMS = ['prepayment', 'cash', 'net30', 'net60', 'net90'] as const;
export const PaymentTermSchema = z.enum(PAYMENT_TERMS);
export type PaymentTerm = z.infer<typeof PaymentTermSchema>;
export const LadderModeSchema = z.enum(['all_units', 'graduated']);
export const PriceListKindSchema = z.enum(['list', 'grade', 'contract']);
export type PriceListKind = z.infer<typeof PriceListKindSchema>;
export const PriceListStatusSchema = z.enum(['draft', 'published', 'archived']);

export const LadderBreakSchema = z.object({
  minQuantity: QuantitySchema,
  kind: z.enum(['absolute', 'percent']),
  /** absolute: the unit price from this quantity on; percent: percent off the base price. */
  value: z
    .string()
    .trim()
    .regex(/^\d{1,12}(\.\d{1,4})?$/),
});
export type LadderBreak = z.infer<typeof LadderBreakSchema>;

export const PaymentTermsRuleSchema = z.object({
  annualCostOfCapitalBps: z.number().int().min(0).max(10_000),
  prepaymentDays: z.number().int().min(0).max(365).default(30),
  /** Replaces the formula for a term: signed basis points of the goods amount. */
  overridesBps: z.partialRecord(PaymentTermSchema, z.number().int().min(-5000).max(5000)).default({}),
});
export type PaymentTermsRule = z.infer<typeof PaymentTermsRuleSchema>;

export const ZoneRuleSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,20}$/),
  nameZh: z.string().trim().min(1).max(60),
  nameEn: z.string().trim().min(1).max(60),
  /** Region codes of the buyer's delivery place, e.g. CN-GD (ISO 3166-2). */
  regions: z.array(z.string().trim().min(2).max(20)).min(1).max(60),
  freightPerUnit: UnitPriceSchema,
  perShipmentFeeMinor: MinorSchema,
});
export const PickupRuleSchema = z.object({ warehouseId: Id, handlingPerUnit: UnitPriceSchema });
export const DeliveryRuleSchema = z.object({
  pickups: z.array(PickupRuleSchema).max(50).default([]),
  zones: z.array(ZoneRuleSchema).max(50).default([]),
});
export type DeliveryRule = z.infer<typeof DeliveryRuleSchema>;

// ---- grades ---------------------------------------------------------------------------

export const GradeInputSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,30}$/),
  nameZh: z.string().trim().min(1).max(60),
  nameEn: z.string().trim().min(1).max(60),
  /** 1 = the most privileged grade. */
  rank: z.number().int().min(1).max(100),
  description: z.string().trim().max(500).default(''),
});
export const GradeSchema = GradeInputSchema.extend({
  id: Id,
  customerCount: z.number().int().nonnegative(),
});
export type Grade = z.infer<typeof GradeSchema>;

export const CustomerSchema = z.object({
  buyerId: Id,
  name: z.string(),
  nameEn: z.string().nullable(),
  region: z.string(),
  gradeId: Id.nullable(),
  hasContract: z.boolean(),
  rebateAvailableMinor: MinorSchema,
});
export type Customer = z.infer<typeof CustomerSchema>;

// ---- price lists ------------------------------------------------------------------------

const PriceListFields = {
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,40}$/),
  name: z.string().trim().min(1).max(100),
  currency: CurrencySchema.default('CNY'),
  validFrom: z.iso.date().nullable().default(null),
  /** Exclusive: the list stops applying on this day. */
  validTo: z.iso.date().nullable().default(null),
  terms: PaymentTermsRuleSchema.nullable().default(null),
  delivery: DeliveryRuleSchema.nullable().default(null),
  quoteValidityDays: z.number().int().min(1).max(90).default(7),
};
export const PriceListInputSchema = z.object({
  kind: PriceListKindSchema,
  /** The grade a `grade` list prices; required for that kind only. */
  gradeId: Id.nullable().default(null),
  /** The buyer of a `contract` list; required for that kind only. */
  buyerId: Id.nullable().default(null),
  ...PriceListFields,
});
export type PriceListInput = z.infer<typeof PriceListInputSchema>;
export const PriceListUpdateSchema = z.object({
  name: PriceListFields.name.optional(),
  validFrom: z.iso.date().nullable().optional(),
  validTo: z.iso.date().nullable().optional(),
  terms: PaymentTermsRuleSchema.nullable().optional(),
  delivery: DeliveryRuleSchema.nullable().optional(),
  quoteValidityDays: PriceListFields.quoteValidityDays.optional(),
  status: PriceListStatusSchema.optional(),
  /** Optimistic concurrency: the version the editor loaded. */
  version: z.number().int().min(1),
});
export const PriceListSchema = z.object({
  id: Id,
  kind: PriceListKindSchema,
  gradeId: Id.nullable(),
  /** The grade a `grade` list prices, in both languages. */
  gradeNameZh: z.string().nullable(),
  gradeNameEn: z.string().nullable(),
  buyerId: Id.nullable(),
  /** The contract's buyer: its legal (Chinese) name and its English name, if it gave one. */
  buyerName: z.string().nullable(),
  buyerNameEn: z.string().nullable(),
  code: z.string(),
  name: z.string(),
  currency: z.string(),
  validFrom: z.iso.date().nullable(),
  validTo: z.iso.date().nullable(),
  status: PriceListStatusSchema,
  terms: PaymentTermsRuleSchema.nullable(),
  delivery: DeliveryRuleSchema.nullable(),
  quoteValidityDays: z.number().int(),
  itemCount: z.number().int().nonnegative(),
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
});
export type PriceList = z.infer<typeof PriceListSchema>;

export const PriceItemInputSchema = z.object({
  unitPrice: UnitPriceSchema,
  floorPrice: UnitPriceSchema.nullable().default(null),
  ladderMode: LadderModeSchema.default('all_units'),
  /** Up to 5 breaks: what a spreadsheet row carries (break1 … break5). */
  ladder: z.array(LadderBreakSchema).max(5).default([]),
});
export type PriceItemInput = z.infer<typeof PriceItemInputSchema>;
export const PriceItemSchema = PriceItemInputSchema.extend({
  skuId: Id,
  skuCode: z.string(),
  productNameZh: z.string(),
  productNameEn: z.string(),
  unit: z.string(),
});
export type PriceItem = z.infer<typeof PriceItemSchema>;

// ---- quotes -----------------------------------------------------------------------------

export const DeliveryRequestSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('pickup'), warehouseId: Id }),
  z.object({ mode: z.literal('delivery'), region: z.string().trim().min(2).max(20) }),
]);
export type DeliveryRequest = z.infer<typeof DeliveryRequestSchema>;

/**
 * The units of measure a quantity may be asked in: the catalog's `UnitOfMeasureSchema` (which
 * imports this file, so the list is repeated here rather than imported).
 */
export const QuoteUnitSchema = z.enum(['t', 'kg', 'm3', 'piece', 'box']);

export const QuoteRequestSchema = z.object({
  skuId: Id,
  quantity: QuantitySchema,
  /**
   * The unit `quantity` is in; the SKU's own unit when absent. Another unit is converted
   * exactly into the SKU's unit (its declared conversions, and 1 t = 1 000 kg) before it is
   * priced; the quote's `quantity` and `unit` are the SKU's, its `request` keeps what was asked.
   */
  unit: QuoteUnitSchema.optional(),
  paymentTerm: PaymentTermSchema.default('cash'),
  delivery: DeliveryRequestSchema,
  /** The day the price applies (delivery day); today when absent. */
  date: z.iso.date().optional(),
});
export type QuoteRequest = z.infer<typeof QuoteRequestSchema>;

export const LINE_KINDS = [
  'base',
  'quantity_ladder',
  'payment_terms',
  'pickup',
  'freight',
  'shipment_fee',
  'special_price',
  'tax',
  'rebate',
] as const;
export const BreakdownLineSchema = z.object({
  kind: z.enum(LINE_KINDS),
  amountMinor: SignedMinorSchema,
  detail: z.record(z.string(), z.string()),
});
export type BreakdownLine = z.infer<typeof BreakdownLineSchema>;

export const CandidateExplanationSchema = z.object({
  listId: Id,
  listName: z.string(),
  kind: PriceListKindSchema,
  outcome: z.enum([
    'won',
    'outranked',
    'not_published',
    'not_valid_on_date',
    'sku_not_in_list',
    'not_for_this_buyer',
  ]),
  unitPrice: z.string().nullable(),
});
export type CandidateExplanation = z.infer<typeof CandidateExplanationSchema>;

export const QuoteStatusSchema = z.enum(['pending_approval', 'active', 'accepted', 'rejected', 'expired']);
export type QuoteStatus = z.infer<typeof QuoteStatusSchema>;

export const QuoteSchema = z.object({
  /** Absent on a preview, which is computed and not stored. */
  id: Id.nullable(),
  number: z.string().nullable(),
  status: QuoteStatusSchema.nullable(),
  origin: z.enum(['buyer_request', 'seller_offer']).nullable(),
  sellerId: Id,
  /** Company names: the legal (Chinese) name and the English name, if the company gave one. */
  sellerName: z.string(),
  sellerNameEn: z.string().nullable(),
  buyerId: Id,
  buyerName: z.string(),
  buyerNameEn: z.string().nullable(),
  skuId: Id,
  skuCode: z.string(),
  productNameZh: z.string(),
  productNameEn: z.string(),
  unit: z.string(),
  request: QuoteRequestSchema.extend({ date: z.iso.date(), specialUnitPrice: UnitPriceSchema.optional() }),
  currency: z.string(),
  quantity: z.string(),
  listKind: PriceListKindSchema,
  baseUnitPrice: z.string(),
  unitPrice: z.string(),
  lines: z.array(BreakdownLineSchema),
  netMinor: MinorSchema,
  taxMinor: MinorSchema,
  totalMinor: MinorSchema,
  taxRateBps: z.number().int(),
  validUntil: z.iso.datetime(),
  createdAt: z.iso.datetime().nullable(),
  acceptedAt: z.iso.datetime().nullable(),
  /** Only a seller sees which of its lists won; a buyer sees the kind. */
  listId: Id.nullable(),
  listName: z.string().nullable(),
  special: z
    .object({ unitPrice: z.string(), belowFloor: z.boolean(), discountBps: z.number().int() })
    .nullable(),
  approvalRequestId: Id.nullable(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const ExplainInputSchema = QuoteRequestSchema.extend({
  buyerId: Id,
  specialUnitPrice: UnitPriceSchema.optional(),
});
export const ExplanationSchema = z.object({
  quote: QuoteSchema.nullable(),
  /** The engine's refusal when no quote can be made (price on request, zone not covered …). */
  error: z
    .object({ code: z.string(), field: z.string(), message: z.string(), messageZh: z.string() })
    .nullable(),
  candidates: z.array(CandidateExplanationSchema),
  buyerGradeId: Id.nullable(),
  /** The buyer's grade at my company, in both languages. */
  buyerGradeNameZh: z.string().nullable(),
  buyerGradeNameEn: z.string().nullable(),
});
export type Explanation = z.infer<typeof ExplanationSchema>;

export const OfferInputSchema = ExplainInputSchema.extend({
  note: z.string().trim().max(500).default(''),
});
export type OfferInput = z.infer<typeof OfferInputSchema>;

export const ComparisonInputSchema = z.object({
  skuId: Id,
  quantity: QuantitySchema,
  paymentTerm: PaymentTermSchema.default('cash'),
  region: z.string().trim().min(2).max(20),
  date: z.iso.date().optional(),
});
export const ComparisonRowSchema = z.object({
  sellerId: Id,
  sellerName: z.string(),
  sellerNameEn: z.string().nullable(),
  skuId: Id,
  skuCode: z.string(),
  productNameZh: z.string(),
  productNameEn: z.string(),
  /** Landed cost: goods after ladder and terms, freight and fees, without recoverable VAT. */
  landedNetMinor: MinorSchema.nullable(),
  landedUnitCost: z.string().nullable(),
  totalMinor: MinorSchema.nullable(),
  currency: z.string().nullable(),
  lines: z.array(BreakdownLineSchema),
  /** Why there is no price: the engine's error code (NO_PRICE, ZONE_NOT_COVERED …). */
  unavailable: z.string().nullable(),
  cheapest: z.boolean(),
});
export const ComparisonSchema = z.object({
  specCode: z.string().nullable(),
  rows: z.array(ComparisonRowSchema),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

export const RebateInputSchema = z.object({
  buyerId: Id,
  amountMinor: MinorSchema.refine((v) => v > 0n, 'More than zero'),
  currency: CurrencySchema.default('CNY'),
  reason: z.string().trim().min(1).max(200),
});
export const RebateEntrySchema = z.object({
  id: Id,
  buyerId: Id,
  buyerName: z.string(),
  buyerNameEn: z.string().nullable(),
  amountMinor: SignedMinorSchema,
  currency: z.string(),
  reason: z.string(),
  quoteId: Id.nullable(),
  createdAt: z.iso.datetime(),
});

const ptags = ['pricing'];
const qtags = ['quotes'];

export const pricingContract = {
  listGrades: requires('price_list:view')
    .route({ method: 'GET', path: '/api/pricing/grades', summary: 'My customer grades', tags: ptags })
    .output(z.object({ items: z.array(GradeSchema) })),
  createGrade: requires('price_list:manage')
    .route({
      method: 'POST',
      path: '/api/pricing/grades',
      successStatus: 201,
      summary: 'Define a grade',
      tags: ptags,
    })
    .input(GradeInputSchema)
    .output(GradeSchema),
  updateGrade: requires('price_list:manage')
    .route({ method: 'PUT', path: '/api/pricing/grades/{gradeId}', summary: 'Change a grade', tags: ptags })
    .input(GradeInputSchema.extend({ gradeId: Id }))
    .output(GradeSchema),
  deleteGrade: requires('price_list:manage')
    .route({
      method: 'DELETE',
      path: '/api/pricing/grades/{gradeId}',
      summary: 'Remove a grade without customers or lists',
      tags: ptags,
    })
    .input(z.object({ gradeId: Id }))
    .output(OkSchema),
  listCustomers: requires('price_list:view')
    .route({
      method: 'GET',
      path: '/api/pricing/customers',
      summary: 'Buyer companies with their grade at my company',
      tags: ptags,
    })
    .input(
      PageQuerySchema.extend({
        q: z.string().trim().min(1).max(100).optional(),
        gradeId: Id.optional(),
        ungraded: z.coerce.boolean().optional(),
      }),
    )
    .output(pageOf(CustomerSchema)),
  assignGrade: requires('price_list:manage')
    .route({
      method: 'PUT',
      path: '/api/pricing/customers/{buyerId}/grade',
      summary: 'Put a customer in one grade (or none)',
      tags: ptags,
    })
    .input(z.object({ buyerId: Id, gradeId: Id.nullable() }))
    .output(CustomerSchema),
  listPriceLists: requires('price_list:view')
    .route({ method: 'GET', path: '/api/pricing/lists', summary: 'My price lists', tags: ptags })
    .input(
      PageQuerySchema.extend({
        kind: PriceListKindSchema.optional(),
        status: PriceListStatusSchema.optional(),
        q: z.string().trim().min(1).max(100).optional(),
      }),
    )
    .output(pageOf(PriceListSchema)),
  createPriceList: requires('price_list:manage')
    .route({
      method: 'POST',
      path: '/api/pricing/lists',
      successStatus: 201,
      summary: 'A new price list (draft)',
      tags: ptags,
    })
    .input(PriceListInputSchema)
    .output(PriceListSchema),
  getPriceList: requires('price_list:view')
    .route({
      method: 'GET',
      path: '/api/pricing/lists/{listId}',
      summary: 'One of my price lists',
      tags: ptags,
    })
    .input(z.object({ listId: Id }))
    .output(PriceListSchema),
  updatePriceList: requires('price_list:manage')
    .route({
      method: 'PATCH',
      path: '/api/pricing/lists/{listId}',
      summary: 'Change validity, terms, zones or status',
      tags: ptags,
    })
    .input(PriceListUpdateSchema.extend({ listId: Id }))
    .output(PriceListSchema),
  listPriceItems: requires('price_list:view')
    .route({
      method: 'GET',
      path: '/api/pricing/lists/{listId}/items',
      summary: 'The SKU prices of a list',
      tags: ptags,
    })
    .input(PageQuerySchema.extend({ listId: Id, q: z.string().trim().min(1).max(100).optional() }))
    .output(pageOf(PriceItemSchema)),
  putPriceItem: requires('price_list:manage')
    .route({
      method: 'PUT',
      path: '/api/pricing/lists/{listId}/items/{skuId}',
      summary: 'Price one SKU in a list, with its ladder and floor',
      tags: ptags,
    })
    .input(PriceItemInputSchema.extend({ listId: Id, skuId: Id }))
    .output(PriceItemSchema),
  deletePriceItem: requires('price_list:manage')
    .route({
      method: 'DELETE',
      path: '/api/pricing/lists/{listId}/items/{skuId}',
      summary: 'Stop pricing a SKU in a list',
      tags: ptags,
    })
    .input(z.object({ listId: Id, skuId: Id }))
    .output(OkSchema),
  exportPriceList: requires('price_list:view')
    .route({
      method: 'GET',
      path: '/api/pricing/lists/{listId}/export',
      summary: 'The list as a spreadsheet (re-importable)',
      tags: ptags,
    })
    .input(
      z.object({
        listId: Id,
        format: z.enum(['xlsx', 'csv']).default('xlsx'),
        locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
      }),
    )
    .output(z.file()),
  explain: requires('price_list:view')
    .route({
      method: 'POST',
      path: '/api/pricing/explain',
      summary: 'Price debugger: which list and rule win for a buyer, and why the others lose',
      tags: ptags,
    })
    .input(ExplainInputSchema)
    .output(ExplanationSchema),
  createOffer: requires('quote:create')
    .route({
      method: 'POST',
      path: '/api/pricing/offers',
      successStatus: 201,
      summary: 'A sales quote to a buyer; a special price under the floor goes to approval first',
      tags: ptags,
    })
    .input(OfferInputSchema)
    .output(QuoteSchema),
  listOffers: requires('quote:view')
    .route({
      method: 'GET',
      path: '/api/pricing/offers',
      summary: "My company's quotes to buyers",
      tags: ptags,
    })
    .input(
      PageQuerySchema.extend({
        status: QuoteStatusSchema.optional(),
        special: z.coerce.boolean().optional(),
        buyerId: Id.optional(),
      }),
    )
    .output(pageOf(QuoteSchema)),
  getOffer: requires('quote:view')
    .route({ method: 'GET', path: '/api/pricing/offers/{quoteId}', summary: 'One of my quotes', tags: ptags })
    .input(z.object({ quoteId: Id }))
    .output(QuoteSchema),
  listRebates: requires('price_list:view')
    .route({
      method: 'GET',
      path: '/api/pricing/rebates',
      summary: 'Rebate credits and their use',
      tags: ptags,
    })
    .input(PageQuerySchema.extend({ buyerId: Id.optional() }))
    .output(pageOf(RebateEntrySchema)),
  grantRebate: requires('price_list:manage')
    .route({
      method: 'POST',
      path: '/api/pricing/rebates',
      successStatus: 201,
      summary: 'Credit a rebate earned by a customer',
      tags: ptags,
    })
    .input(RebateInputSchema)
    .output(RebateEntrySchema),
};

export const quoteContract = {
  preview: requiresLimited('quote:request', 'quote_request')
    .route({
      method: 'POST',
      path: '/api/quotes/preview',
      summary: 'My price for a SKU, quantity, terms and delivery, with its breakdown (not stored)',
      tags: qtags,
    })
    .input(QuoteRequestSchema)
    .output(QuoteSchema),
  create: requiresLimited('quote:request', 'quote_request')
    .route({
      method: 'POST',
      path: '/api/quotes',
      successStatus: 201,
      summary: 'Store a quote: honoured exactly until it expires',
      tags: qtags,
    })
    .input(QuoteRequestSchema)
    .output(QuoteSchema),
  list: requires('quote:view')
    .route({
      method: 'GET',
      path: '/api/quotes',
      summary: 'Quotes my company received or saved',
      tags: qtags,
    })
    .input(
      PageQuerySchema.extend({
        status: QuoteStatusSchema.optional(),
        skuId: Id.optional(),
        sellerId: Id.optional(),
      }),
    )
    .output(pageOf(QuoteSchema)),
  get: requires('quote:view')
    .route({
      method: 'GET',
      path: '/api/quotes/{quoteId}',
      summary: 'One quote with its breakdown',
      tags: qtags,
    })
    .input(z.object({ quoteId: Id }))
    .output(QuoteSchema),
  accept: requires('order:create')
    .route({
      method: 'POST',
      path: '/api/quotes/{quoteId}/accept',
      summary: 'Accept a quote before it expires',
      tags: qtags,
    })
    .input(z.object({ quoteId: Id }))
    .output(QuoteSchema),
  compare: requires('quote:request')
    .route({
      method: 'POST',
      path: '/api/quotes/compare',
      summary: 'The same specification across sellers, as landed cost at my delivery place',
      tags: qtags,
    })
    .input(ComparisonInputSchema)
    .output(ComparisonSchema),
};

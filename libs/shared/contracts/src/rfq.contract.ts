import { z } from 'zod';
import { requires } from './access';
import { PageQuerySchema, pageOf } from './paging';
import { PaymentTermSchema, QuantitySchema, QuoteUnitSchema, UnitPriceSchema } from './pricing.contract';

/**
 * RFQs (询价), seller quotes with their versions, the landed-cost comparison (比价),
 * negotiation rounds (议价) and the award (DESIGN.md §5, issue 6). Amounts are minor units
 * (fen) as strings of digits; quantities and unit prices are decimal strings — never floats.
 *
 * Sealed RFQs: before the deadline no endpoint answers any quote to anyone but the seller who
 * wrote it (403 RFQ_QUOTES_SEALED for the buyer); other sellers never see a competitor's quote.
 */
const Id = z.uuid();

export const RFQ_STATUSES = [
  'draft',
  'pending_approval',
  'open',
  'closed',
  'awarded',
  'cancelled',
  'expired',
] as const;
export const RfqStatusSchema = z.enum(RFQ_STATUSES);
export type RfqStatus = z.infer<typeof RfqStatusSchema>;

/** Tax rate in basis points (1300 = 13 %). */
const TaxRateBpsSchema = z.number().int().min(0).max(10_000);
/** A province code such as CN-GD: where the goods go. */
const RegionCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'A province code such as CN-GD');

export const RfqItemInputSchema = z.object({
  /** A catalog SKU, or none for a free specification (then `description` says what is wanted). */
  skuId: Id.nullable().default(null),
  description: z.string().trim().min(1).max(200),
  specification: z.string().trim().max(2000).default(''),
  quantity: QuantitySchema,
  unit: QuoteUnitSchema,
});
export type RfqItemInput = z.infer<typeof RfqItemInputSchema>;

export const RfqInputSchema = z.object({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000).default(''),
  categoryId: Id.nullable().default(null),
  /** Any seller with products in `categoryId` may quote, besides the invited ones. */
  openToCategory: z.boolean().default(false),
  sealed: z.boolean().default(false),
  items: z.array(RfqItemInputSchema).min(1).max(200),
  /** The day the goods must arrive (China calendar day). */
  deliveryDate: z.iso.date(),
  deliveryRegion: RegionCodeSchema,
  deliveryAddress: z.string().trim().max(500).default(''),
  acceptedPaymentTerms: z.array(PaymentTermSchema).min(1).max(5),
  /** When quoting ends (server time decides; ISO date-time with offset). */
  deadline: z.iso.datetime({ offset: true }),
  invitedSellerIds: z.array(Id).max(100).default([]),
  /** The buyer's annual cost of capital (600 = 6 %), for the financing part of the landed cost. */
  costOfCapitalBps: z.number().int().min(0).max(10_000).default(600),
  /** Whether my company deducts input VAT (a general taxpayer): VAT is then no cost. */
  vatRecoverable: z.boolean().default(true),
});
export type RfqInput = z.infer<typeof RfqInputSchema>;

export const RfqItemSchema = z.object({
  itemNo: z.number().int(),
  skuId: Id.nullable(),
  description: z.string(),
  specification: z.string(),
  quantity: z.string(),
  unit: z.string(),
});

export const RfqAttachmentSchema = z.object({
  id: Id,
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  uploadedAt: z.iso.datetime(),
});

export const RfqEventSchema = z.object({
  id: Id,
  /** rfq.created, rfq.submitted, rfq.published, quote.submitted, quote.revised, quote.withdrawn, rfq.closed, round.opened, award.submitted, award.approved, rfq.awarded … */
  kind: z.string(),
  actor: z.enum(['buyer', 'seller', 'system']),
  at: z.iso.datetime(),
  data: z.record(z.string(), z.unknown()),
});

export const RfqInvitationSchema = z.object({
  sellerId: Id,
  sellerName: z.string(),
  sellerNameEn: z.string().nullable(),
  invited: z.boolean(),
  firstViewedAt: z.iso.datetime().nullable(),
  firstQuotedAt: z.iso.datetime().nullable(),
  /** Whether the seller holds an active (not withdrawn) quote; null while sealed. */
  quoted: z.boolean().nullable(),
});

export const RfqSchema = z.object({
  id: Id,
  number: z.string(),
  side: z.enum(['buyer', 'seller']),
  buyerId: Id,
  buyerName: z.string(),
  buyerNameEn: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  categoryId: Id.nullable(),
  openToCategory: z.boolean(),
  sealed: z.boolean(),
  currency: z.string(),
  deliveryDate: z.iso.date(),
  deliveryRegion: z.string(),
  deliveryAddress: z.string(),
  acceptedPaymentTerms: z.array(PaymentTermSchema),
  costOfCapitalBps: z.number().int(),
  vatRecoverable: z.boolean(),
  deadline: z.iso.datetime(),
  status: RfqStatusSchema,
  approvalRequestId: Id.nullable(),
  createdAt: z.iso.datetime(),
  publishedAt: z.iso.datetime().nullable(),
  closedAt: z.iso.datetime().nullable(),
  awardedAt: z.iso.datetime().nullable(),
  cancelReason: z.string().nullable(),
  version: z.number().int(),
  items: z.array(RfqItemSchema),
  attachments: z.array(RfqAttachmentSchema),
  /** Buyer side: every invited or interested seller; seller side: empty. */
  invitations: z.array(RfqInvitationSchema),
  /** Buyer side: the whole timeline; seller side: the RFQ's public steps and my own. */
  events: z.array(RfqEventSchema),
  /** Buyer side: how many active quotes there are (null while sealed). */
  quoteCount: z.number().int().nullable(),
  /** The current award, if any (buyer side; the seller sees whether it won). */
  award: z
    .object({
      id: Id,
      status: z.enum(['pending_approval', 'approved', 'rejected']),
      justification: z.string(),
      approvalRequestId: Id.nullable(),
      orderIds: z.array(Id),
      createdAt: z.iso.datetime(),
    })
    .nullable(),
});
export type Rfq = z.infer<typeof RfqSchema>;

export const RfqSummarySchema = z.object({
  id: Id,
  number: z.string(),
  title: z.string(),
  buyerName: z.string(),
  buyerNameEn: z.string().nullable(),
  status: RfqStatusSchema,
  sealed: z.boolean(),
  deadline: z.iso.datetime(),
  deliveryDate: z.iso.date(),
  deliveryRegion: z.string(),
  itemCount: z.number().int(),
  createdAt: z.iso.datetime(),
  /** Buyer side: active quotes (null while sealed). Seller side: null. */
  quoteCount: z.number().int().nullable(),
  /** Seller side: whether I hold an active quote. Buyer side: null. */
  myQuote: z.enum(['none', 'active', 'withdrawn']).nullable(),
});
export const RfqPageSchema = pageOf(RfqSummarySchema);
export type RfqPage = z.infer<typeof RfqPageSchema>;

const StatusFilterSchema = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '')
      : v,
  z.array(RfqStatusSchema).max(RFQ_STATUSES.length).optional(),
);
export const ListRfqsQuerySchema = PageQuerySchema.extend({
  status: StatusFilterSchema,
  q: z.string().trim().max(100).optional(),
});
export const RfqInboxQuerySchema = ListRfqsQuerySchema.extend({
  /** Only RFQs I have (true) or have not (false) quoted. */
  quoted: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type ListRfqsQuery = z.infer<typeof ListRfqsQuerySchema>;
export type RfqInboxQuery = z.infer<typeof RfqInboxQuerySchema>;

// ---- quotes ---------------------------------------------------------------------------------

export const RfqQuoteLineInputSchema = z.object({
  itemNo: z.number().int().min(1),
  /** What I offer: at most the requested quantity (a partial offer is allowed). */
  quantity: QuantitySchema,
  unitPrice: UnitPriceSchema,
  /** Freight per unit to the buyer's place; 0 when the price is delivered. */
  freightPerUnit: UnitPriceSchema.default('0'),
  taxRateBps: TaxRateBpsSchema,
  note: z.string().trim().max(500).default(''),
});
export type RfqQuoteLineInput = z.infer<typeof RfqQuoteLineInputSchema>;

export const RfqQuoteInputSchema = z.object({
  rfqId: Id,
  lines: z.array(RfqQuoteLineInputSchema).min(1).max(200),
  paymentTerm: PaymentTermSchema,
  deliveryDate: z.iso.date(),
  validUntil: z.iso.datetime({ offset: true }),
  note: z.string().trim().max(2000).default(''),
});
export type RfqQuoteInput = z.infer<typeof RfqQuoteInputSchema>;

export const RfqQuoteLineSchema = z.object({
  itemNo: z.number().int(),
  quantity: z.string(),
  unitPrice: z.string(),
  freightPerUnit: z.string(),
  taxRateBps: z.number().int(),
  note: z.string(),
});

export const RfqQuoteVersionSchema = z.object({
  version: z.number().int(),
  paymentTerm: PaymentTermSchema,
  deliveryDate: z.iso.date(),
  validUntil: z.iso.datetime(),
  note: z.string(),
  lines: z.array(RfqQuoteLineSchema),
  /** The negotiation round this version answers. */
  roundNo: z.number().int().nullable(),
  createdAt: z.iso.datetime(),
});

export const RfqQuoteSchema = z.object({
  id: Id,
  rfqId: Id,
  sellerId: Id,
  sellerName: z.string(),
  sellerNameEn: z.string().nullable(),
  status: z.enum(['active', 'withdrawn']),
  currentVersion: z.number().int(),
  withdrawnAt: z.iso.datetime().nullable(),
  /** Every version, newest first. */
  versions: z.array(RfqQuoteVersionSchema),
  /** Open counter-offers addressed to this seller (seller side). */
  openRounds: z.array(
    z.object({
      roundNo: z.number().int(),
      message: z.string(),
      closesAt: z.iso.datetime(),
      targets: z.array(z.object({ itemNo: z.number().int(), targetUnitPrice: z.string() })),
    }),
  ),
});
export type RfqQuote = z.infer<typeof RfqQuoteSchema>;

/** A seller's quote pre-filled from its own price rules (the quote engine), per RFQ item. */
export const RfqQuoteSuggestionSchema = z.object({
  paymentTerm: PaymentTermSchema,
  lines: z.array(
    z.object({
      itemNo: z.number().int(),
      /** My SKU that matches the item (the same SKU, or mine with the same specification code). */
      skuId: Id.nullable(),
      quantity: z.string(),
      /** null when my rules give no price (no matching SKU, price on request …): see `reason`. */
      unitPrice: z.string().nullable(),
      freightPerUnit: z.string().nullable(),
      taxRateBps: z.number().int().nullable(),
      reason: z.string().nullable(),
      reasonZh: z.string().nullable(),
    }),
  ),
});
export type RfqQuoteSuggestion = z.infer<typeof RfqQuoteSuggestionSchema>;

// ---- comparison -----------------------------------------------------------------------------

export const ComparisonWeightsSchema = z
  .object({
    price: z.coerce.number().int().min(0).max(100),
    delivery: z.coerce.number().int().min(0).max(100),
    supplier: z.coerce.number().int().min(0).max(100),
  })
  .refine((w) => w.price + w.delivery + w.supplier === 100, {
    message: 'The weights must add up to 100',
    path: ['price'],
  });

export const RfqComparisonInputSchema = z.object({
  rfqId: Id,
  /** Weighted score: price, delivery date and supplier score weights (adding up to 100). */
  priceWeight: z.coerce.number().int().min(0).max(100).optional(),
  deliveryWeight: z.coerce.number().int().min(0).max(100).optional(),
  supplierWeight: z.coerce.number().int().min(0).max(100).optional(),
});

/** Fen as strings of digits; the unit cost with 4 decimals. */
export const LandedCostSchema = z.object({
  goodsMinor: z.string(),
  freightMinor: z.string(),
  /** Negative when the payment term saves the buyer money (net terms). */
  financingMinor: z.string(),
  taxMinor: z.string(),
  totalMinor: z.string(),
  landedUnit: z.string(),
});

export const RfqComparisonSchema = z.object({
  rfqId: Id,
  currency: z.string(),
  costOfCapitalBps: z.number().int(),
  vatRecoverable: z.boolean(),
  quotes: z.array(
    z.object({
      quoteId: Id,
      sellerId: Id,
      sellerName: z.string(),
      sellerNameEn: z.string().nullable(),
      version: z.number().int(),
      paymentTerm: PaymentTermSchema,
      deliveryDate: z.iso.date(),
      validUntil: z.iso.datetime(),
      coversAll: z.boolean(),
      totalLandedMinor: z.string(),
      cheapestOverall: z.boolean(),
      /** 0–100 with 2 decimals, when weights were given. */
      score: z.string().nullable(),
    }),
  ),
  items: z.array(
    z.object({
      itemNo: z.number().int(),
      description: z.string(),
      quantity: z.string(),
      unit: z.string(),
      offers: z.array(
        z.object({
          quoteId: Id,
          quantity: z.string(),
          unitPrice: z.string(),
          freightPerUnit: z.string(),
          taxRateBps: z.number().int(),
          landed: LandedCostSchema,
          cheapest: z.boolean(),
        }),
      ),
    }),
  ),
  /** The cheapest award in landed cost, lines split across sellers where that saves money. */
  bestSplit: z.object({
    allocations: z.array(z.object({ itemNo: z.number().int(), quoteId: Id, quantity: z.string() })),
    totalLandedMinor: z.string(),
    uncovered: z.array(z.object({ itemNo: z.number().int(), quantity: z.string() })),
  }),
});
export type RfqComparison = z.infer<typeof RfqComparisonSchema>;

// ---- rounds and award -----------------------------------------------------------------------

export const CounterOfferInputSchema = z.object({
  rfqId: Id,
  sellerIds: z.array(Id).min(1).max(100),
  message: z.string().trim().min(1).max(2000),
  /** Until when the sellers may answer with a new version. */
  closesAt: z.iso.datetime({ offset: true }),
  /** Optional target unit prices per item. */
  targets: z
    .array(z.object({ itemNo: z.number().int().min(1), targetUnitPrice: UnitPriceSchema }))
    .max(200)
    .default([]),
});

export const AwardInputSchema = z.object({
  rfqId: Id,
  allocations: z
    .array(z.object({ itemNo: z.number().int().min(1), quoteId: Id, quantity: QuantitySchema }))
    .min(1)
    .max(400),
  justification: z.string().trim().min(1).max(2000),
});

export const CancelRfqInputSchema = z.object({
  rfqId: Id,
  reason: z.string().trim().max(500).optional(),
});

export const UploadRfqAttachmentInputSchema = z.object({
  rfqId: Id,
  /** Multipart field `file`: pdf, jpeg, png, webp, xlsx or csv, at most 10 MB. */
  file: z.file().optional(),
});

const tags = ['rfq'];
const BUYER_ERRORS =
  '404 for an RFQ that is not my company’s; 409 RFQ_TRANSITION_NOT_ALLOWED in the wrong state; 422 with the field at fault.';

export const rfqContract = {
  create: requires('rfq:create')
    .route({
      method: 'POST',
      path: '/api/rfqs',
      successStatus: 201,
      summary: 'Create an RFQ as a draft',
      tags,
    })
    .input(RfqInputSchema)
    .output(RfqSchema),
  update: requires('rfq:create')
    .route({
      method: 'PUT',
      path: '/api/rfqs/{rfqId}',
      summary: 'Change a draft RFQ (everything is replaced)',
      description: BUYER_ERRORS,
      tags,
    })
    .input(RfqInputSchema.extend({ rfqId: Id, version: z.number().int().min(1).optional() }))
    .output(RfqSchema),
  list: requires('rfq:view')
    .route({ method: 'GET', path: '/api/rfqs', summary: 'My company’s RFQs, newest first', tags })
    .input(ListRfqsQuerySchema)
    .output(RfqPageSchema),
  inbox: requires('quote:create')
    .route({
      method: 'GET',
      path: '/api/rfq-inbox',
      summary: 'Seller: RFQs I am invited to or that are open to my categories',
      tags,
    })
    .input(RfqInboxQuerySchema)
    .output(RfqPageSchema),
  get: requires('rfq:view')
    .route({
      method: 'GET',
      path: '/api/rfqs/{rfqId}',
      summary: 'An RFQ with its items, attachments and timeline (buyer, or a seller who may quote)',
      tags,
    })
    .input(z.object({ rfqId: Id }))
    .output(RfqSchema),
  submit: requires('rfq:create')
    .route({
      method: 'POST',
      path: '/api/rfqs/{rfqId}/submit',
      summary: 'Publish a draft: through my approval policy, or open at once',
      description: `422 RFQ_DEADLINE_TOO_SOON on \`deadline\`. ${BUYER_ERRORS}`,
      tags,
    })
    .input(z.object({ rfqId: Id }))
    .output(RfqSchema),
  cancel: requires('rfq:create')
    .route({
      method: 'POST',
      path: '/api/rfqs/{rfqId}/cancel',
      summary: 'Cancel an RFQ before the award (a reason is required once sellers were asked)',
      description: BUYER_ERRORS,
      tags,
    })
    .input(CancelRfqInputSchema)
    .output(RfqSchema),
  uploadAttachment: requires('rfq:create')
    .route({
      method: 'POST',
      path: '/api/rfqs/{rfqId}/attachments',
      successStatus: 201,
      summary: 'Attach a drawing, specification or sample report to a draft (multipart `file`)',
      description: `413 FILE_TOO_LARGE over 10 MB, 422 FILE_TYPE_NOT_ALLOWED / FILE_REQUIRED on \`file\`. ${BUYER_ERRORS}`,
      tags,
    })
    .input(UploadRfqAttachmentInputSchema)
    .output(RfqAttachmentSchema),
  downloadAttachment: requires('rfq:view')
    .route({
      method: 'GET',
      path: '/api/rfqs/{rfqId}/attachments/{attachmentId}',
      summary: 'Download an attachment (buyer, or a seller who may quote)',
      tags,
    })
    .input(z.object({ rfqId: Id, attachmentId: Id }))
    .output(z.file()),
  quotes: requires('rfq:view')
    .route({
      method: 'GET',
      path: '/api/rfqs/{rfqId}/quotes',
      summary: 'Buyer: every quote with its versions',
      description: `403 RFQ_QUOTES_SEALED before the deadline of a sealed RFQ. ${BUYER_ERRORS}`,
      tags,
    })
    .input(z.object({ rfqId: Id }))
    .output(z.object({ items: z.array(RfqQuoteSchema) })),
  comparison: requires('rfq:view')
    .route({
      method: 'GET',
      path: '/api/rfqs/{rfqId}/comparison',
      summary: 'Buyer: quotes side by side in landed cost, cheapest marked, best split computed',
      description: `403 RFQ_QUOTES_SEALED before the deadline of a sealed RFQ. ${BUYER_ERRORS}`,
      tags,
    })
    .input(RfqComparisonInputSchema)
    .output(RfqComparisonSchema),
  record: requires('rfq:view')
    .route({
      method: 'GET',
      path: '/api/rfqs/{rfqId}/record',
      summary:
        'Buyer: the whole history as an xlsx workbook (RFQ, quote versions, rounds, comparison, award, timeline)',
      description: `Quotes and comparison are left out (marked sealed) before a sealed RFQ's deadline. ${BUYER_ERRORS}`,
      tags,
    })
    .input(z.object({ rfqId: Id, lang: z.enum(['zh-CN', 'en']).default('zh-CN') }))
    .output(z.file()),
  counterOffer: requires('rfq:create')
    .route({
      method: 'POST',
      path: '/api/rfqs/{rfqId}/rounds',
      successStatus: 201,
      summary: 'Buyer: send a counter-offer to selected sellers (after the deadline, before the award)',
      description: BUYER_ERRORS,
      tags,
    })
    .input(CounterOfferInputSchema)
    .output(RfqSchema),
  award: requires('rfq:award')
    .route({
      method: 'POST',
      path: '/api/rfqs/{rfqId}/award',
      successStatus: 201,
      summary: 'Buyer: award in full or split by line, with a justification; through my approval policy',
      description: `Approved, it creates one purchase order per awarded seller. ${BUYER_ERRORS}`,
      tags,
    })
    .input(AwardInputSchema)
    .output(RfqSchema),
  myQuote: requires('quote:create')
    .route({
      method: 'GET',
      path: '/api/rfqs/{rfqId}/my-quote',
      summary: 'Seller: my quote with every version (null when I have not quoted)',
      tags,
    })
    .input(z.object({ rfqId: Id }))
    .output(z.object({ quote: RfqQuoteSchema.nullable() })),
  submitQuote: requires('quote:create')
    .route({
      method: 'PUT',
      path: '/api/rfqs/{rfqId}/my-quote',
      summary: 'Seller: quote, or revise my quote (a new version), until the deadline',
      description:
        '409 RFQ_DEADLINE_PASSED after the deadline (server time); 403 RFQ_NOT_INVITED; 422 with the line at fault.',
      tags,
    })
    .input(RfqQuoteInputSchema)
    .output(RfqQuoteSchema),
  suggestQuote: requires('quote:create')
    .route({
      method: 'GET',
      path: '/api/rfqs/{rfqId}/my-quote/suggestion',
      summary: 'Seller: my quote pre-filled from my own price rules for this buyer, quantity and place',
      tags,
    })
    .input(z.object({ rfqId: Id, paymentTerm: PaymentTermSchema.optional() }))
    .output(RfqQuoteSuggestionSchema),
  withdrawQuote: requires('quote:create')
    .route({
      method: 'POST',
      path: '/api/rfqs/{rfqId}/my-quote/withdraw',
      summary: 'Seller: withdraw my quote until the deadline',
      tags,
    })
    .input(z.object({ rfqId: Id }))
    .output(RfqQuoteSchema),
};

import { eventIterator } from '@orpc/contract';
import { z } from 'zod';
import { requires, requiresLimited } from './access';
import { PageQuerySchema, pageOf } from './paging';
import { PaymentTermSchema, QuantitySchema, QuoteUnitSchema, UnitPriceSchema } from './pricing.contract';

/**
 * Reverse auctions (反向竞价: a buyer's lot, sellers bid the price down) and forward auctions
 * (竞拍: a seller's lot, buyers bid it up), DESIGN.md §6, issue 7. Prices are decimal strings
 * with up to 4 places per unit of the lot — never floats.
 *
 * Visibility: bidders see each other only as aliases ("Supplier 3"); `rank_only` shows a bidder
 * its own rank, `best_price` also the best price, `sealed` nothing until the end — to bidders
 * and owner alike. The reserve price is the owner's alone.
 */
const Id = z.uuid();

export const AUCTION_STATUSES = [
  'draft',
  'scheduled',
  'running',
  'closed',
  'awarded',
  'cancelled',
  'expired',
] as const;
export const AuctionStatusSchema = z.enum(AUCTION_STATUSES);
export type AuctionStatus = z.infer<typeof AuctionStatusSchema>;
export const AuctionDirectionSchema = z.enum(['reverse', 'forward']);
export const AuctionVisibilitySchema = z.enum(['rank_only', 'best_price', 'sealed']);

/** A step: an amount of the price, or a percentage of the reference price in basis points (50 = 0.5 %). */
export const StepSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('absolute'),
    amount: UnitPriceSchema.refine((s) => /[1-9]/.test(s), 'More than zero'),
  }),
  z.object({ kind: z.literal('percent'), bps: z.number().int().min(1).max(5_000) }),
]);
export type Step = z.infer<typeof StepSchema>;

const RegionCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'A province code such as CN-GD');
const Instant = z.iso.datetime({ offset: true });

export const AuctionInputSchema = z.object({
  /** reverse for a buyer's lot (sellers bid), forward for a seller's lot (buyers bid). */
  direction: AuctionDirectionSchema,
  visibility: AuctionVisibilitySchema.default('rank_only'),
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000).default(''),
  skuId: Id.nullable().default(null),
  quantity: QuantitySchema,
  unit: QuoteUnitSchema,
  deliveryRegion: RegionCodeSchema,
  deliveryDate: z.iso.date(),
  paymentTerm: PaymentTermSchema,
  /** Per unit: the ceiling of a reverse auction, the floor of a forward one. */
  openingPrice: UnitPriceSchema,
  /** Hidden from bidders. */
  reservePrice: UnitPriceSchema.nullable().default(null),
  /** The owner's last price for the item, for the savings report. */
  lastPrice: UnitPriceSchema.nullable().default(null),
  minStep: StepSchema,
  /** Guards against fat-finger bids; at least the minimum step. */
  maxStep: StepSchema.nullable().default(null),
  startsAt: Instant,
  endsAt: Instant,
  /** Anti-sniping: a new best bid in the last `snipingWindowMinutes` moves the end to `extensionMinutes` after it. */
  snipingWindowMinutes: z.number().int().min(0).max(60).default(5),
  extensionMinutes: z.number().int().min(1).max(60).default(5),
  /** At most this many extensions; null: unlimited, up to the hard stop. */
  maxExtensions: z.number().int().min(0).max(1000).nullable().default(null),
  hardStopAt: Instant.nullable().default(null),
  /** The rank a bid must reach to extend the end (1: a new best bid). */
  triggerRank: z.number().int().min(1).max(10).default(1),
  /** The invited (pre-qualified) companies: sellers of a reverse auction, buyers of a forward one. */
  participantIds: z.array(Id).min(1).max(500),
});
export type AuctionInput = z.infer<typeof AuctionInputSchema>;

export const AuctionSideSchema = z.enum(['owner', 'bidder']);

/** A bidder as others see it. */
export const AuctionRankRowSchema = z.object({
  rank: z.number().int().min(1),
  alias: z.string(),
  /** Only where the viewer may see prices (the owner after a sealed auction ends, `best_price` …). */
  price: UnitPriceSchema.nullable(),
  /** The owner sees who it is; bidders see aliases only. */
  companyId: Id.nullable(),
  companyName: z.string().nullable(),
  companyNameEn: z.string().nullable(),
  seq: z.number().int(),
  at: z.iso.datetime(),
});

export const AuctionSchema = z.object({
  id: Id,
  number: z.string(),
  side: AuctionSideSchema,
  ownerName: z.string(),
  /** The owner's English name where it has one (English pages show it). */
  ownerNameEn: z.string().nullable(),
  direction: AuctionDirectionSchema,
  visibility: AuctionVisibilitySchema,
  status: AuctionStatusSchema,
  title: z.string(),
  description: z.string(),
  currency: z.string(),
  skuId: Id.nullable(),
  quantity: z.string(),
  unit: z.string(),
  deliveryRegion: z.string(),
  deliveryDate: z.iso.date(),
  paymentTerm: PaymentTermSchema,
  openingPrice: z.string(),
  /** The owner's only. */
  reservePrice: z.string().nullable(),
  lastPrice: z.string().nullable(),
  minStep: StepSchema,
  maxStep: StepSchema.nullable(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  currentEnd: z.iso.datetime(),
  extensions: z.number().int(),
  snipingWindowMinutes: z.number().int(),
  extensionMinutes: z.number().int(),
  maxExtensions: z.number().int().nullable(),
  hardStopAt: z.iso.datetime().nullable(),
  triggerRank: z.number().int(),
  /** The last sequence number and the head hash of the bid log. */
  lastSeq: z.number().int(),
  headHash: z.string(),
  /** The viewer's own alias and standing (a bidder). */
  myAlias: z.string().nullable(),
  myRank: z.number().int().nullable(),
  myBestPrice: z.string().nullable(),
  /** The best price when the viewer may see it. */
  bestPrice: z.string().nullable(),
  /** The ranking as the viewer may see it: the owner's full list, a bidder nothing (its rank is `myRank`). */
  ranking: z.array(AuctionRankRowSchema),
  participants: z.number().int(),
  /** The latest award: the owner sees it whole; the winner once approved (with its order). */
  award: z
    .object({
      status: z.enum(['pending_approval', 'approved', 'rejected']),
      alias: z.string(),
      companyName: z.string().nullable(),
      companyNameEn: z.string().nullable(),
      price: z.string(),
      justification: z.string().nullable(),
      orderId: Id.nullable(),
    })
    .nullable(),
  serverTime: z.iso.datetime(),
});
export type Auction = z.infer<typeof AuctionSchema>;

export const AuctionSummarySchema = AuctionSchema.pick({
  id: true,
  number: true,
  side: true,
  ownerName: true,
  ownerNameEn: true,
  direction: true,
  visibility: true,
  status: true,
  title: true,
  quantity: true,
  unit: true,
  openingPrice: true,
  startsAt: true,
  currentEnd: true,
});
export type AuctionSummary = z.infer<typeof AuctionSummarySchema>;

export const ListAuctionsQuerySchema = PageQuerySchema.extend({
  side: AuctionSideSchema.optional(),
  status: z
    .union([AuctionStatusSchema, z.array(AuctionStatusSchema)])
    .optional()
    .transform((s) => (s === undefined ? undefined : Array.isArray(s) ? s : [s])),
});
export const AuctionPageSchema = pageOf(AuctionSummarySchema);

export const BidInputSchema = z.object({ auctionId: Id, price: UnitPriceSchema });

export const BidReceiptSchema = z.object({
  seq: z.number().int().min(1),
  /** The bid log entry's hash: keep it to check the log after the close. */
  hash: z.string(),
  receivedAt: z.iso.datetime(),
  accepted: z.boolean(),
  /** The refusal's code and message (also recorded in the log). */
  code: z.string().nullable(),
  message: z.string().nullable(),
  messageZh: z.string().nullable(),
  myRank: z.number().int().nullable(),
  currentEnd: z.iso.datetime(),
  extended: z.boolean(),
});
export type BidReceipt = z.infer<typeof BidReceiptSchema>;

export const BidLogSchema = z.object({
  auctionId: Id,
  number: z.string(),
  /** The recorded head: the hash of the last entry. */
  head: z.object({ seq: z.number().int(), hash: z.string() }),
  entries: z.array(
    z.object({
      auctionId: Id,
      seq: z.number().int(),
      alias: z.string(),
      price: z.string(),
      receivedAt: z.iso.datetime(),
      outcome: z.string(),
      hash: z.string(),
    }),
  ),
});
export type BidLog = z.infer<typeof BidLogSchema>;

/**
 * One event of the live view: the state after the sequence number `seq` (the event's id, for
 * resuming), as the viewer may see it. A stream starts with the state as it is, then one event
 * per committed batch of bids or change of status (several batches may come as one).
 */
export const AuctionLiveEventSchema = AuctionSchema.pick({
  status: true,
  currentEnd: true,
  extensions: true,
  lastSeq: true,
  headHash: true,
  myRank: true,
  myBestPrice: true,
  bestPrice: true,
  ranking: true,
  serverTime: true,
});
export type AuctionLiveEvent = z.infer<typeof AuctionLiveEventSchema>;

export const AuctionAwardInputSchema = z.object({
  auctionId: Id,
  /** The participant awarded: the best bid need not win (DESIGN.md §6), a justification says why. */
  companyId: Id,
  justification: z.string().trim().min(1).max(2000),
});

const SavingsSchema = z.object({
  /** Per unit of the lot (4 places); negative when the auction did worse. */
  perUnit: z.string(),
  /** Over the lot, in minor units. */
  totalMinor: z.string(),
  /** In basis points of the reference price. */
  bps: z.number().int(),
});

/** The owner's result report (DESIGN.md §6): ranking, bids, reserve, savings. */
export const AuctionResultSchema = z.object({
  auctionId: Id,
  status: AuctionStatusSchema,
  ranking: z.array(AuctionRankRowSchema),
  bids: z.object({ total: z.number().int(), accepted: z.number().int(), refused: z.number().int() }),
  extensions: z.number().int(),
  reserveMet: z.boolean().nullable(),
  vsOpening: SavingsSchema.nullable(),
  vsLastPrice: SavingsSchema.nullable(),
  /** Accepted bids in order, for the price curve: seq, time, alias, price. */
  curve: z.array(
    z.object({ seq: z.number().int(), at: z.iso.datetime(), alias: z.string(), price: z.string() }),
  ),
});
export type AuctionResult = z.infer<typeof AuctionResultSchema>;

const tags = ['auctions'];
const ByAuction = z.object({ auctionId: Id });

export const auctionContract = {
  create: requires('auction:create')
    .route({
      method: 'POST',
      path: '/api/auctions',
      successStatus: 201,
      summary: 'Create an auction as a draft',
      tags,
    })
    .input(AuctionInputSchema)
    .output(AuctionSchema),
  list: requires('auction:view')
    .route({ method: 'GET', path: '/api/auctions', summary: 'Auctions I run or am invited to', tags })
    .input(ListAuctionsQuerySchema)
    .output(AuctionPageSchema),
  get: requires('auction:view')
    .route({
      method: 'GET',
      path: '/api/auctions/{auctionId}',
      summary: 'An auction as the viewer may see it (owner, or an invited bidder)',
      tags,
    })
    .input(ByAuction)
    .output(AuctionSchema),
  schedule: requires('auction:create')
    .route({
      method: 'POST',
      path: '/api/auctions/{auctionId}/schedule',
      summary: 'Publish a draft to its participants; it runs from its start',
      tags,
    })
    .input(ByAuction)
    .output(AuctionSchema),
  cancel: requires('auction:create')
    .route({
      method: 'POST',
      path: '/api/auctions/{auctionId}/cancel',
      summary: 'Cancel, with a reason once scheduled',
      tags,
    })
    .input(ByAuction.extend({ reason: z.string().trim().max(500).optional() }))
    .output(AuctionSchema),
  bid: requiresLimited('auction:bid', 'bid')
    .route({
      method: 'POST',
      path: '/api/auctions/{auctionId}/bids',
      summary: 'Bid (judged by the server clock; refused bids are recorded with their reason)',
      tags,
    })
    .input(BidInputSchema)
    .output(BidReceiptSchema),
  live: requires('auction:view')
    .route({
      method: 'GET',
      path: '/api/auctions/{auctionId}/live',
      summary:
        'Server-sent events: rank, best price and end as the viewer may see them; Last-Event-ID resumes',
      tags,
    })
    .input(ByAuction)
    .output(eventIterator(AuctionLiveEventSchema)),
  award: requires('auction:create')
    .route({
      method: 'POST',
      path: '/api/auctions/{auctionId}/award',
      summary:
        'Award a closed auction to a participant, with a justification, through the owner’s approval policy',
      tags,
    })
    .input(AuctionAwardInputSchema)
    .output(AuctionSchema),
  result: requires('auction:create')
    .route({
      method: 'GET',
      path: '/api/auctions/{auctionId}/result',
      summary:
        'The owner’s result report: ranking, bid history, reserve, savings against the opening and last price',
      tags,
    })
    .input(ByAuction)
    .output(AuctionResultSchema),
  setParticipant: requires('auction:create')
    .route({
      method: 'PUT',
      path: '/api/auctions/{auctionId}/participants/{companyId}',
      summary: 'Suspend a participant (its bids are refused and recorded) or reinstate it, with a reason',
      tags,
    })
    .input(
      ByAuction.extend({
        companyId: Id,
        status: z.enum(['invited', 'suspended']),
        reason: z.string().trim().min(1).max(500),
      }),
    )
    .output(AuctionSchema),
  bidLog: requires('auction:view')
    .route({
      method: 'GET',
      path: '/api/auctions/{auctionId}/bid-log',
      summary: 'The hash-chained bid log, after the close (owner and participants)',
      tags,
    })
    .input(ByAuction)
    .output(BidLogSchema),
};

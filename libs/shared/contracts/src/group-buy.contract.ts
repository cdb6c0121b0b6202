import { eventIterator } from '@orpc/contract';
import { z } from 'zod';
import { requires, requiresLimited } from './access';
import { MinorSchema } from './approval.contract';
import { PageQuerySchema, pageOf } from './paging';
import { PaymentTermSchema, QuantitySchema, UnitPriceSchema } from './pricing.contract';

/**
 * Group buys (团购 · 集采) and forward pooling (中远期), DESIGN.md §7, issue 8: buyers pool their
 * demand for one SKU; the price is the ladder's tier reached by the total pooled quantity, paid
 * by every participant. Quantities are decimal strings (3 places) in the SKU's unit, prices per
 * unit (4 places), money in minor units — never floats.
 *
 * A campaign always has a seller (the SKU's): organised by the seller itself it opens when
 * published; organised by a buyer gathering peers or by the operator, the seller confirms the
 * ladder and its capacity first.
 */
const Id = z.uuid();
const Instant = z.iso.datetime({ offset: true });
const RegionCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'A province code such as CN-GX');
/** A delivery month, `2027-01`. */
export const DeliveryMonthSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month such as 2027-01');
/** A quantity that may be zero (a ladder's first tier starts at 0). */
const QuantityOrZeroSchema = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,3})?$/, 'A quantity with at most 3 decimals, e.g. 500');

export const CAMPAIGN_STATUSES = [
  'draft',
  'pending_seller',
  'open',
  'settling',
  'succeeded',
  'failed',
  'cancelled',
] as const;
export const CampaignStatusSchema = z.enum(CAMPAIGN_STATUSES);
export type CampaignStatus = z.infer<typeof CampaignStatusSchema>;
export const OrganiserKindSchema = z.enum(['seller', 'buyer', 'operator']);

/** One tier: from `minQuantity` pooled (inclusive), every unit costs `unitPrice`. */
export const TierSchema = z.object({ minQuantity: QuantityOrZeroSchema, unitPrice: UnitPriceSchema });
export type Tier = z.infer<typeof TierSchema>;

export const CampaignInputSchema = z.object({
  skuId: Id,
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000).default(''),
  /** Where participants must be (the buyer company's province); at least one. */
  regions: z.array(RegionCodeSchema).min(1).max(40),
  /** By total pooled quantity, ascending, the first from 0; a tier never costs more than the one before. */
  ladder: z.array(TierSchema).min(1).max(10),
  /** Success needs at least this total at the deadline. */
  minTotal: QuantitySchema,
  /** The seller's capacity: the total never goes beyond it; null: no limit. */
  maxTotal: QuantitySchema.nullable().default(null),
  perBuyerMin: QuantitySchema.nullable().default(null),
  perBuyerMax: QuantitySchema.nullable().default(null),
  /** Commitments may be reduced or withdrawn only before this; raised until the deadline. */
  lockAt: Instant,
  deadline: Instant,
  /** Forward pooling: each commitment names one of these delivery months. */
  deliveryMonths: z.array(DeliveryMonthSchema).min(1).max(12),
  /** The deposit each participant places, in basis points of its commitment at the first tier's price. */
  depositBps: z.number().int().min(0).max(10_000),
  paymentTerm: PaymentTermSchema,
});
export type CampaignInput = z.infer<typeof CampaignInputSchema>;

export const CommitmentSchema = z.object({
  quantity: z.string(),
  deliveryMonth: z.string(),
  /** The deposit held for it, in minor units. */
  depositMinor: MinorSchema,
  depositStatus: z.enum(['held', 'released', 'applied']),
  /** The order it became when the campaign succeeded. */
  orderId: Id.nullable(),
  updatedAt: z.iso.datetime(),
});
export type Commitment = z.infer<typeof CommitmentSchema>;

/** Where the campaign stands, as every viewer may see it (no participant is named). */
export const CampaignProgressSchema = z.object({
  status: CampaignStatusSchema,
  total: z.string(),
  participants: z.number().int(),
  /** The price of the tier the total reached. */
  currentPrice: z.string(),
  /** The next tier's price and how much more pooled quantity reaches it; null at the last tier. */
  nextTier: z.object({ unitPrice: z.string(), minQuantity: z.string(), needed: z.string() }).nullable(),
  /** How much more may be committed before the maximum; null: no maximum. */
  room: z.string().nullable(),
  minTotal: z.string(),
  /** 0–10 000 of the minimum reached. */
  minReachedBps: z.number().int(),
  serverTime: z.iso.datetime(),
});
export type CampaignProgress = z.infer<typeof CampaignProgressSchema>;

/** A join or raise waiting for the buyer's approval policy (commitments above a limit, DESIGN.md §9). */
export const CommitmentRequestSchema = z.object({
  quantity: z.string(),
  deliveryMonth: z.string(),
  status: z.enum(['pending_approval', 'approved', 'rejected', 'applied', 'refused']),
  refusalCode: z.string().nullable(),
  approvalRequestId: Id.nullable(),
  createdAt: z.iso.datetime(),
});

export const CampaignSchema = z.object({
  id: Id,
  number: z.string(),
  /** owner: my company organises it; seller: it sells my SKU; buyer: I may join (or did). */
  side: z.enum(['organiser', 'seller', 'buyer']),
  organiserKind: OrganiserKindSchema,
  organiserName: z.string(),
  /** English names where the company or the product has one (English pages show them). */
  organiserNameEn: z.string().nullable(),
  sellerId: Id,
  sellerName: z.string(),
  sellerNameEn: z.string().nullable(),
  skuId: Id,
  skuCode: z.string(),
  productName: z.string(),
  productNameEn: z.string().nullable(),
  unit: z.string(),
  currency: z.string(),
  title: z.string(),
  description: z.string(),
  regions: z.array(z.string()),
  ladder: z.array(z.object({ minQuantity: z.string(), unitPrice: z.string() })),
  minTotal: z.string(),
  maxTotal: z.string().nullable(),
  perBuyerMin: z.string().nullable(),
  perBuyerMax: z.string().nullable(),
  lockAt: z.iso.datetime(),
  deadline: z.iso.datetime(),
  deliveryMonths: z.array(z.string()),
  depositBps: z.number().int(),
  paymentTerm: PaymentTermSchema,
  progress: CampaignProgressSchema,
  /** Whether my company may join: its region is eligible and it is a buyer. */
  eligible: z.boolean(),
  mine: CommitmentSchema.nullable(),
  /** My company's join or raise waiting for its approval policy (commitments above a limit, DESIGN.md §9). */
  pendingRequest: CommitmentRequestSchema.nullable(),
  /** The final price when settled. */
  finalPrice: z.string().nullable(),
  settledAt: z.iso.datetime().nullable(),
  cancelReason: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type Campaign = z.infer<typeof CampaignSchema>;

export const CampaignSummarySchema = CampaignSchema.pick({
  id: true,
  number: true,
  side: true,
  organiserName: true,
  organiserNameEn: true,
  sellerName: true,
  sellerNameEn: true,
  productName: true,
  productNameEn: true,
  unit: true,
  title: true,
  regions: true,
  deadline: true,
  progress: true,
  eligible: true,
});
export type CampaignSummary = z.infer<typeof CampaignSummarySchema>;

export const ListCampaignsQuerySchema = PageQuerySchema.extend({
  /** discover: open campaigns my company may join; mine: I organise, sell or joined. */
  scope: z.enum(['discover', 'mine']).default('discover'),
  status: z
    .union([CampaignStatusSchema, z.array(CampaignStatusSchema)])
    .optional()
    .transform((s) => (s === undefined ? undefined : Array.isArray(s) ? s : [s])),
  q: z.string().trim().min(1).max(100).optional(),
});

export const JoinInputSchema = z.object({
  campaignId: Id,
  /** My company's whole commitment after this call (raise, reduce, or first join). */
  quantity: QuantitySchema,
  deliveryMonth: DeliveryMonthSchema,
});

/** A participant as the organiser and the seller see it. */
export const ParticipantRowSchema = z.object({
  buyerId: Id,
  buyerName: z.string(),
  buyerNameEn: z.string().nullable(),
  region: z.string(),
  quantity: z.string(),
  deliveryMonth: z.string(),
  depositMinor: MinorSchema,
  depositStatus: z.enum(['held', 'released', 'applied']),
  orderId: Id.nullable(),
  joinedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** The organiser's (and seller's) monitor: who committed what, by month, and the result. */
export const CampaignMonitorSchema = z.object({
  campaignId: Id,
  participants: z.array(ParticipantRowSchema),
  byMonth: z.array(z.object({ month: z.string(), quantity: z.string(), participants: z.number().int() })),
  /** The pooled total over time (each change), for the chart. */
  curve: z.array(z.object({ at: z.iso.datetime(), total: z.string() })),
  depositsHeldMinor: MinorSchema,
  orders: z.number().int(),
});
export type CampaignMonitor = z.infer<typeof CampaignMonitorSchema>;

/** What a join, change or withdrawal answers: my commitment, my waiting request and the pool's progress. */
export const CommitmentResultSchema = z.object({
  campaignId: Id,
  mine: CommitmentSchema.nullable(),
  pendingRequest: CommitmentRequestSchema.nullable(),
  progress: CampaignProgressSchema,
});
export type CommitmentResult = z.infer<typeof CommitmentResultSchema>;

const tags = ['group-buys'];
const ByCampaign = z.object({ campaignId: Id });

export const groupBuyContract = {
  create: requires('group_buy:manage')
    .route({
      method: 'POST',
      path: '/api/group-buys',
      successStatus: 201,
      summary:
        'Create a campaign as a draft (a seller for its SKU, a buyer gathering peers, or the operator)',
      tags,
    })
    .input(CampaignInputSchema)
    .output(CampaignSchema),
  list: requires('group_buy:view')
    .route({
      method: 'GET',
      path: '/api/group-buys',
      summary: 'Campaigns to discover (open, my region), or mine',
      tags,
    })
    .input(ListCampaignsQuerySchema)
    .output(pageOf(CampaignSummarySchema)),
  get: requires('group_buy:view')
    .route({
      method: 'GET',
      path: '/api/group-buys/{campaignId}',
      summary: 'A campaign and my commitment',
      tags,
    })
    .input(ByCampaign)
    .output(CampaignSchema),
  publish: requires('group_buy:manage')
    .route({
      method: 'POST',
      path: '/api/group-buys/{campaignId}/publish',
      summary: 'Open a draft (or, organised by a buyer or the operator, send it to the seller to confirm)',
      tags,
    })
    .input(ByCampaign)
    .output(CampaignSchema),
  confirm: requires('group_buy:manage')
    .route({
      method: 'POST',
      path: '/api/group-buys/{campaignId}/confirm',
      summary: 'The seller confirms the ladder and capacity of a campaign another organised: it opens',
      tags,
    })
    .input(ByCampaign)
    .output(CampaignSchema),
  cancel: requires('group_buy:manage')
    .route({
      method: 'POST',
      path: '/api/group-buys/{campaignId}/cancel',
      summary: 'Cancel before the deadline, with a reason once open (every deposit is released)',
      tags,
    })
    .input(ByCampaign.extend({ reason: z.string().trim().min(1).max(500) }))
    .output(CampaignSchema),
  join: requiresLimited('group_buy:join', 'join')
    .route({
      method: 'PUT',
      path: '/api/group-buys/{campaignId}/commitment',
      summary:
        'Join or change my commitment: raise until the deadline, reduce only before the lock time; the deposit follows',
      tags,
    })
    .input(JoinInputSchema)
    .output(CommitmentResultSchema),
  withdraw: requiresLimited('group_buy:join', 'join')
    .route({
      method: 'DELETE',
      path: '/api/group-buys/{campaignId}/commitment',
      summary: 'Withdraw my commitment before the lock time (the deposit is released)',
      tags,
    })
    .input(ByCampaign)
    .output(CommitmentResultSchema),
  live: requires('group_buy:view')
    .route({
      method: 'GET',
      path: '/api/group-buys/{campaignId}/live',
      summary: 'Server-sent events: the progress (total, tier, next tier, room) as it changes',
      tags,
    })
    .input(ByCampaign)
    .output(eventIterator(CampaignProgressSchema)),
  monitor: requires('group_buy:manage')
    .route({
      method: 'GET',
      path: '/api/group-buys/{campaignId}/monitor',
      summary: 'The organiser’s and seller’s monitor: participants, months, the total over time',
      tags,
    })
    .input(ByCampaign)
    .output(CampaignMonitorSchema),
};

import { z } from 'zod';
import { requires } from './access';
import { MinorSchema } from './approval.contract';
import { PageQuerySchema, pageOf } from './paging';
import { DeliveryRequestSchema, PaymentTermSchema } from './pricing.contract';

/**
 * Orders (DESIGN.md §8), their core: placing an order from a stored quote (through the
 * buyer's approval policy), the seller's confirmation with a scheduled date (which reserves
 * stock) or rejection, cancellation by either side where the lifecycle allows it, the lists
 * of both sides and the detail with its timeline. Amounts are minor units (fen) as strings of
 * digits; quantities and unit prices are decimal strings — never floats.
 */
const Id = z.uuid();

export const ORDER_STATUSES = [
  'pending_approval',
  'placed',
  'confirmed',
  'in_fulfilment',
  'delivered',
  'accepted',
  'disputed',
  'invoiced',
  'settled',
  'closed',
  'cancelled',
  'rejected',
] as const;
export const OrderStatusSchema = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof OrderStatusSchema>;

/** 手动 · 半自动 · 全自动: by a sales rep, by the buyer itself, by a system (ERP replenishment). */
export const OrderChannelSchema = z.enum(['assisted', 'self_service', 'automatic']);
export type OrderChannel = z.infer<typeof OrderChannelSchema>;
export const OrderSourceSchema = z.enum([
  'catalog_quote',
  'rfq_award',
  'auction_award',
  'group_buy',
  'collateral_sale',
  'reorder',
]);
export const OrderSideSchema = z.enum(['buyer', 'seller']);
/** Who acts on an order: its two sides, the platform's operators, or the system (jobs, approvals). */
export const ORDER_ACTORS = ['buyer', 'seller', 'operator', 'system'] as const;
export type OrderSide = z.infer<typeof OrderSideSchema>;

/** The commands of the order lifecycle; `allowedCommands` lists those the caller's side may give now. */
export const ORDER_COMMANDS = [
  'approve',
  'reject_approval',
  'confirm',
  'reject',
  'ship',
  'deliver',
  'accept_receipt',
  'auto_accept',
  'dispute',
  'resolve_dispute',
  'invoice',
  'settle',
  'close',
  'cancel',
] as const;
export const OrderCommandSchema = z.enum(ORDER_COMMANDS);
export type OrderCommand = z.infer<typeof OrderCommandSchema>;

/** A reason typed by a person: required by some commands (the lifecycle says which, 422 on `reason`). */
const ReasonSchema = z.string().trim().max(500).optional();
/** Optimistic concurrency: the `version` the caller saw; a changed order answers 409 ORDER_VERSION_CONFLICT. */
const ExpectedVersionSchema = z.number().int().min(1).optional();

export const PlaceOrderInputSchema = z.object({
  /** A stored quote of my company, active and not expired: the order copies its figures exactly. */
  quoteId: Id,
  /** My own reference for it (the PO number in my ERP); the seller sees it too. */
  buyerReference: z.string().trim().max(60).default(''),
  note: z.string().trim().max(1000).default(''),
  /** `automatic` only from an integration (API key). */
  channel: OrderChannelSchema.default('self_service'),
});
export type PlaceOrderInput = z.infer<typeof PlaceOrderInputSchema>;

/** Several statuses as `status=placed,confirmed` or `status[]=placed&status[]=confirmed`. */
const StatusFilterSchema = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '')
      : v,
  z.array(OrderStatusSchema).min(1).max(ORDER_STATUSES.length),
);

export const ListOrdersQuerySchema = PageQuerySchema.extend({
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  side: OrderSideSchema.optional().describe(
    "My company's orders as buyer or as seller; by default the company's kind (buyer when it is both)",
  ),
  status: StatusFilterSchema.optional(),
  counterpartyId: Id.optional().describe('Only orders with this seller (as buyer) or buyer (as seller)'),
  createdFrom: z.iso.date().optional().describe('First day (China time), inclusive'),
  createdTo: z.iso.date().optional().describe('Last day (China time), inclusive'),
  q: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .optional()
    .describe('Part of the order number or of the buyer reference'),
  /**
   * Keyset paging for integrations that read everything: the `nextCursor` of the previous
   * page. With a cursor, `page` is ignored and the total is not counted.
   */
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/)
    .optional(),
});
export type ListOrdersQuery = z.infer<typeof ListOrdersQuerySchema>;

export const OrderSummarySchema = z.object({
  id: Id,
  number: z.string(),
  side: OrderSideSchema,
  counterpartyId: Id,
  counterpartyName: z.string(),
  /** The counterparty's English name, or null when it gave none (show `counterpartyName` then). */
  counterpartyNameEn: z.string().nullable(),
  status: OrderStatusSchema,
  totalMinor: MinorSchema,
  currency: z.string(),
  createdAt: z.iso.datetime(),
  /** The seller's scheduled date, once confirmed. */
  scheduledDate: z.iso.date().nullable(),
  channel: OrderChannelSchema,
  buyerReference: z.string(),
});
export type OrderSummary = z.infer<typeof OrderSummarySchema>;

export const OrderPageSchema = pageOf(OrderSummarySchema).extend({
  /** The total is counted up to 1 000: true means "more than `total`". Not counted with a cursor. */
  totalIsLowerBound: z.boolean(),
  /** Pass as `cursor` for the page after this one; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type OrderPage = z.infer<typeof OrderPageSchema>;

export const OrderLineSchema = z.object({
  id: Id,
  lineNo: z.number().int(),
  skuId: Id.nullable(),
  skuCode: z.string(),
  description: z.string(),
  specCode: z.string().nullable(),
  grade: z.string().nullable(),
  quantity: z.string(),
  unit: z.string(),
  unitPrice: z.string(),
  taxRateBps: z.number().int(),
  netMinor: MinorSchema,
  taxMinor: MinorSchema,
  totalMinor: MinorSchema,
});
export type OrderLine = z.infer<typeof OrderLineSchema>;

/** Stock reserved for a line on confirmation; the seller's view only. */
export const OrderReservationSchema = z.object({
  id: Id,
  orderLineId: Id,
  locationId: Id,
  locationCode: z.string(),
  warehouseId: Id,
  warehouseName: z.string(),
  warehouseNameEn: z.string(),
  quantity: z.string(),
  createdAt: z.iso.datetime(),
  releasedAt: z.iso.datetime().nullable(),
});

export const OrderEventSchema = z.object({
  id: Id,
  /** order.submitted, order.placed, order.approved, order.confirmed, order.cancelled … */
  kind: z.string(),
  /** Who acted, seen from the order: the buyer's side, the seller's side, or the platform. */
  actor: z.enum(ORDER_ACTORS),
  at: z.iso.datetime(),
  /** The transition (from, to) and its facts (reason, scheduled date, reserved quantities). */
  data: z.record(z.string(), z.unknown()),
});
export type OrderEvent = z.infer<typeof OrderEventSchema>;

export const OrderSchema = z.object({
  id: Id,
  number: z.string(),
  side: OrderSideSchema,
  buyerId: Id,
  buyerName: z.string(),
  /** English names: null when the company gave none (show the legal name then). */
  buyerNameEn: z.string().nullable(),
  sellerId: Id,
  sellerName: z.string(),
  sellerNameEn: z.string().nullable(),
  source: OrderSourceSchema,
  sourceId: Id.nullable(),
  channel: OrderChannelSchema,
  status: OrderStatusSchema,
  currency: z.string(),
  paymentTerm: PaymentTermSchema,
  delivery: DeliveryRequestSchema,
  netMinor: MinorSchema,
  taxMinor: MinorSchema,
  totalMinor: MinorSchema,
  buyerReference: z.string(),
  note: z.string(),
  scheduledDate: z.iso.date().nullable(),
  rejectionReason: z.string().nullable(),
  /** by_buyer | by_seller | by_operator | approval_rejected */
  cancellation: z.string().nullable(),
  cancelReason: z.string().nullable(),
  /** The buyer's approval of the order (buyer side only). */
  approvalRequestId: Id.nullable(),
  createdAt: z.iso.datetime(),
  placedAt: z.iso.datetime().nullable(),
  confirmedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
  lines: z.array(OrderLineSchema),
  /** Seller side only; empty for the buyer. */
  reservations: z.array(OrderReservationSchema),
  /** The timeline, oldest first. */
  events: z.array(OrderEventSchema),
  /** What my side may do now (the lifecycle's table; permissions still apply). */
  allowedCommands: z.array(OrderCommandSchema),
});
export type Order = z.infer<typeof OrderSchema>;

export const ConfirmOrderInputSchema = z.object({
  orderId: Id,
  /** The delivery date the seller commits to, not before today (China time). */
  scheduledDate: z.iso.date(),
  version: ExpectedVersionSchema,
});
export const RejectOrderInputSchema = z.object({
  orderId: Id,
  reason: ReasonSchema,
  version: ExpectedVersionSchema,
});
export const CancelOrderInputSchema = z.object({
  orderId: Id,
  reason: ReasonSchema,
  version: ExpectedVersionSchema,
});

const tags = ['orders'];
const COMMAND_ERRORS =
  '404 for an order my company is not party to; 409 ORDER_TRANSITION_NOT_ALLOWED or ORDER_VERSION_CONFLICT; 403 ORDER_ACTOR_NOT_ALLOWED for the wrong side; 422 with the field at fault.';

export const orderContract = {
  place: requires('order:create')
    .route({
      method: 'POST',
      path: '/api/orders',
      successStatus: 201,
      summary: 'Place an order from a stored quote; it goes through my approval policy',
      description:
        'Send an `Idempotency-Key` header (e.g. a UUID): the same key with the same body answers the first answer again, ' +
        'with another body 422 IDEMPOTENCY_KEY_REUSED. 404 for a quote that is not mine, 409 QUOTE_ALREADY_ORDERED, ' +
        '422 QUOTE_EXPIRED (field `quoteId`).',
      tags,
    })
    .input(PlaceOrderInputSchema)
    .output(OrderSchema),
  list: requires('order:view')
    .route({
      method: 'GET',
      path: '/api/orders',
      summary: 'My company’s orders as buyer or seller, newest first',
      tags,
    })
    .input(ListOrdersQuerySchema)
    .output(OrderPageSchema),
  get: requires('order:view')
    .route({
      method: 'GET',
      path: '/api/orders/{orderId}',
      summary: 'An order with its lines, timeline and what I may do next',
      tags,
    })
    .input(z.object({ orderId: Id }))
    .output(OrderSchema),
  confirm: requires('order:fulfil')
    .route({
      method: 'POST',
      path: '/api/orders/{orderId}/confirm',
      summary: 'Seller: confirm with a scheduled date, reserving the stock',
      description: `409 INSUFFICIENT_STOCK names the line and what is available; nothing is reserved then. ${COMMAND_ERRORS}`,
      tags,
    })
    .input(ConfirmOrderInputSchema)
    .output(OrderSchema),
  reject: requires('order:fulfil')
    .route({
      method: 'POST',
      path: '/api/orders/{orderId}/reject',
      summary: 'Seller: refuse a placed order (a reason is required)',
      description: COMMAND_ERRORS,
      tags,
    })
    .input(RejectOrderInputSchema)
    .output(OrderSchema),
  cancel: requires('order:view')
    .route({
      method: 'POST',
      path: '/api/orders/{orderId}/cancel',
      summary:
        'Cancel: the buyer (order:create) before confirmation, the seller (order:fulfil, with a reason) before shipment',
      description: `Releases reserved stock. ${COMMAND_ERRORS}`,
      tags,
    })
    .input(CancelOrderInputSchema)
    .output(OrderSchema),
};

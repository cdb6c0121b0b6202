import { z } from 'zod';
import { requires } from './access';
import { MinorSchema } from './approval.contract';
import { OkSchema } from './identity.contract';
import { OrderChannelSchema, OrderSchema } from './order.contract';
import { PageQuerySchema, pageOf } from './paging';

/**
 * Integrations of orders (DESIGN.md §2 "integration accounts", §8 channels): outbound webhooks
 * to a company's ERP for the events of its orders (signed, retried with back-off, with a
 * delivery log), reorder from a past order, and scheduled repeat orders (the automatic
 * channel). Webhook endpoints are the company admin's business (`apikey:manage`); reorders and
 * repeat orders the buyer's (`order:create`). Semantic checks (a URL the platform may call, an
 * interval of 1–365 days, a first run not in the past) answer 422 on the field; malformed JSON
 * types 400.
 */
const Id = z.uuid();

/**
 * The order events a webhook can subscribe to: the lifecycle's (order-states.ts). An endpoint
 * may also subscribe to `*` (everything of its orders) or to a family, `order.*`,
 * `shipment.*` …, which includes event names added later.
 */
export const ORDER_WEBHOOK_EVENTS = [
  'order.submitted',
  'order.placed',
  'order.approved',
  'order.approval_rejected',
  'order.confirmed',
  'order.rejected',
  'order.fulfilment_started',
  'order.shipment_added',
  'order.delivered',
  'order.accepted',
  'order.auto_accepted',
  'order.disputed',
  'order.dispute_resolved',
  'order.invoiced',
  'order.settled',
  'order.closed',
  'order.cancelled',
] as const;
/** The families of timeline events (`<family>.<name>`) a subscription may name or wildcard. */
export const WEBHOOK_EVENT_FAMILIES = [
  'order',
  'shipment',
  'tracking',
  'pickup',
  'receipt',
  'dispute',
] as const;
/** The test event an admin can send (`ping`); it is not an order event and always delivered. */
export const WEBHOOK_PING_EVENT = 'webhook.ping';

/** Free text for an event name; the service checks it against the list and families (422 on `events.<i>`). */
const EventNameSchema = z.string().trim().min(1).max(80);

export const WebhookDeliveryStatusSchema = z.enum(['pending', 'delivered', 'failed']);
export type WebhookDeliveryStatus = z.infer<typeof WebhookDeliveryStatusSchema>;

export const WebhookEndpointSchema = z.object({
  id: Id,
  url: z.string(),
  description: z.string(),
  events: z.array(z.string()),
  active: z.boolean(),
  /** The secret's last 4 characters, to tell secrets apart; the secret itself is shown once. */
  secretHint: z.string(),
  /** After a rotation, the old secret still signs (a second `v1`) until then. */
  previousSecretExpiresAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Deliveries of this endpoint by status (the log's filter). */
  deliveryCounts: z.object({
    pending: z.number().int(),
    delivered: z.number().int(),
    failed: z.number().int(),
  }),
});
export type WebhookEndpoint = z.infer<typeof WebhookEndpointSchema>;

/** Creation and rotation answer with the secret, once: it is never shown again. */
export const WebhookEndpointWithSecretSchema = z.object({
  endpoint: WebhookEndpointSchema,
  /** `whsec_…`: the HMAC-SHA256 key of `Tradeway-Signature` (the whole string, UTF-8). */
  secret: z.string(),
});
export type WebhookEndpointWithSecret = z.infer<typeof WebhookEndpointWithSecretSchema>;

export const CreateWebhookInputSchema = z.object({
  /**
   * https://… (http:// only to localhost or 127.0.0.1, and not in production); no user:password,
   * no fragment; 422 on `url` otherwise.
   */
  url: z.string().trim().min(1).max(2000),
  description: z.string().trim().max(200).default(''),
  /** Event names, `<family>.*` or `*`; 1–50 of them. */
  events: z.array(EventNameSchema).max(50).default(['*']),
  active: z.boolean().default(true),
});
export type CreateWebhookInput = z.infer<typeof CreateWebhookInputSchema>;

export const UpdateWebhookInputSchema = z.object({
  endpointId: Id,
  url: z.string().trim().min(1).max(2000).optional(),
  description: z.string().trim().max(200).optional(),
  events: z.array(EventNameSchema).max(50).optional(),
  /** false pauses deliveries: nothing new is queued, the pending ones wait until it is active again. */
  active: z.boolean().optional(),
});
export type UpdateWebhookInput = z.infer<typeof UpdateWebhookInputSchema>;

export const RotateWebhookSecretInputSchema = z.object({
  endpointId: Id,
  /** How long the old secret keeps signing beside the new one (0–72 h; 0 ends it now). */
  graceHours: z.number().int().default(24),
});

export const WebhookDeliverySchema = z.object({
  id: Id,
  endpointId: Id,
  event: z.string(),
  orderId: Id.nullable(),
  status: WebhookDeliveryStatusSchema,
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  lastAttemptAt: z.iso.datetime().nullable(),
  /** When the worker tries next (pending only). */
  nextAttemptAt: z.iso.datetime().nullable(),
  deliveredAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type WebhookDelivery = z.infer<typeof WebhookDeliverySchema>;

export const WebhookAttemptSchema = z.object({
  attemptNo: z.number().int(),
  at: z.iso.datetime(),
  /** The answer's HTTP status; null when there was none (timeout, refused connection …). */
  statusCode: z.number().int().nullable(),
  error: z.string().nullable(),
  durationMs: z.number().int(),
  /** The first 500 characters of the answer. */
  responseExcerpt: z.string(),
});

export const WebhookDeliveryDetailSchema = WebhookDeliverySchema.extend({
  /** The JSON body as sent (signed byte for byte as `JSON.stringify(payload)`). */
  payload: z.record(z.string(), z.unknown()),
  /** Every attempt, newest first. */
  attemptLog: z.array(WebhookAttemptSchema),
});
export type WebhookDeliveryDetail = z.infer<typeof WebhookDeliveryDetailSchema>;

export const ListWebhookDeliveriesQuerySchema = PageQuerySchema.extend({
  endpointId: Id,
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  status: WebhookDeliveryStatusSchema.optional(),
  orderId: Id.optional(),
});

// ---- reorder and repeat orders ------------------------------------------------------------------

export const ReorderInputSchema = z.object({
  orderId: Id,
  buyerReference: z.string().trim().max(60).default(''),
  note: z.string().trim().max(1000).default(''),
  /** `automatic` only from an integration (API key), as for placing. */
  channel: OrderChannelSchema.default('self_service'),
});
export type ReorderInput = z.infer<typeof ReorderInputSchema>;

/** One new order per line of the past order (an order is placed from one quote, one SKU). */
export const ReorderResultSchema = z.object({
  sourceOrderId: Id,
  orders: z.array(OrderSchema),
});
export type ReorderResult = z.infer<typeof ReorderResultSchema>;

export const CreateRepeatOrderInputSchema = z.object({
  orderId: Id,
  /** 1–365 (422 on `intervalDays`). */
  intervalDays: z.number().int(),
  /** The first run's day in China time, today or later (422 on `firstRunOn`); runs at 00:00 China time. */
  firstRunOn: z.iso.date(),
});
export type CreateRepeatOrderInput = z.infer<typeof CreateRepeatOrderInputSchema>;

export const RepeatOrderPausedReasonSchema = z.enum(['manual', 'failures', 'creator_inactive']);

export const RepeatOrderSchema = z.object({
  id: Id,
  templateOrderId: Id,
  templateOrderNumber: z.string(),
  sellerId: Id,
  sellerName: z.string(),
  /** Null when the seller gave no English name. */
  sellerNameEn: z.string().nullable(),
  /** What each run orders: the template's lines (SKU code, quantity and unit). */
  lines: z.array(
    z.object({ skuCode: z.string(), description: z.string(), quantity: z.string(), unit: z.string() }),
  ),
  /** The template's total; each run is priced afresh. */
  templateTotalMinor: MinorSchema,
  currency: z.string(),
  intervalDays: z.number().int(),
  firstRunOn: z.iso.date(),
  /** The next run's China day and instant (00:00 China time). */
  nextRunOn: z.iso.date(),
  nextRunAt: z.iso.datetime(),
  active: z.boolean(),
  pausedReason: RepeatOrderPausedReasonSchema.nullable(),
  consecutiveFailures: z.number().int(),
  lastFailure: z
    .object({ code: z.string(), message: z.string(), messageZh: z.string(), at: z.iso.datetime() })
    .nullable(),
  runCount: z.number().int(),
  lastRunAt: z.iso.datetime().nullable(),
  lastOrderId: Id.nullable(),
  lastOrderNumber: z.string().nullable(),
  createdById: Id,
  createdAt: z.iso.datetime(),
});
export type RepeatOrder = z.infer<typeof RepeatOrderSchema>;

export const ListRepeatOrdersQuerySchema = PageQuerySchema.extend({
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  /** `active` or `paused`; both when absent. */
  status: z.enum(['active', 'paused']).optional(),
});

export const ResumeRepeatOrderInputSchema = z.object({
  repeatOrderId: Id,
  /**
   * The next run's China day (today or later, 422 on `nextRunOn`); by default the schedule's
   * next day from today on (firstRunOn + k × intervalDays).
   */
  nextRunOn: z.iso.date().optional(),
});

const webhookTags = ['integration'];
const orderTags = ['orders'];
const REORDER_ERRORS =
  '404 for an order that is not my company’s purchase; 422 REORDER_LINE_NOT_QUOTABLE on `lines.<i>` ' +
  'when a line can no longer be quoted today (the SKU is gone, no price list of mine covers it, the delivery is no longer offered …), ' +
  'with the pricing reason in `data.cause`.';

export const orderIntegrationContract = {
  // ---- webhook endpoints (company admin) -----------------------------------------------------
  createWebhook: requires('apikey:manage')
    .route({
      method: 'POST',
      path: '/api/integration/webhooks',
      successStatus: 201,
      summary: 'Add a webhook endpoint for my company’s order events; the signing secret is shown once',
      description:
        'Each delivery is a POST of JSON with `Tradeway-Event`, `Tradeway-Delivery` (the delivery id: ' +
        'deduplicate on it) and `Tradeway-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`. ' +
        'A 2xx answer within 10 s is delivered; anything else is retried after 1 min, 5 min, 30 min, 2 h and 12 h, then failed.',
      tags: webhookTags,
    })
    .input(CreateWebhookInputSchema)
    .output(WebhookEndpointWithSecretSchema),
  listWebhooks: requires('apikey:manage')
    .route({
      method: 'GET',
      path: '/api/integration/webhooks',
      summary: 'My company’s webhook endpoints',
      tags: webhookTags,
    })
    .output(z.object({ items: z.array(WebhookEndpointSchema) })),
  getWebhook: requires('apikey:manage')
    .route({
      method: 'GET',
      path: '/api/integration/webhooks/{endpointId}',
      summary: 'A webhook endpoint',
      tags: webhookTags,
    })
    .input(z.object({ endpointId: Id }))
    .output(WebhookEndpointSchema),
  updateWebhook: requires('apikey:manage')
    .route({
      method: 'PATCH',
      path: '/api/integration/webhooks/{endpointId}',
      summary: 'Change an endpoint’s URL, description, events, or pause and resume it',
      tags: webhookTags,
    })
    .input(UpdateWebhookInputSchema)
    .output(WebhookEndpointSchema),
  deleteWebhook: requires('apikey:manage')
    .route({
      method: 'DELETE',
      path: '/api/integration/webhooks/{endpointId}',
      summary: 'Delete an endpoint with its delivery log (pending deliveries are dropped)',
      tags: webhookTags,
    })
    .input(z.object({ endpointId: Id }))
    .output(OkSchema),
  rotateWebhookSecret: requires('apikey:manage')
    .route({
      method: 'POST',
      path: '/api/integration/webhooks/{endpointId}/rotate-secret',
      summary: 'A new signing secret, shown once; the old one signs beside it for `graceHours`',
      tags: webhookTags,
    })
    .input(RotateWebhookSecretInputSchema)
    .output(WebhookEndpointWithSecretSchema),
  pingWebhook: requires('apikey:manage')
    .route({
      method: 'POST',
      path: '/api/integration/webhooks/{endpointId}/ping',
      successStatus: 201,
      summary: 'Queue a signed test event (`webhook.ping`) to the endpoint',
      tags: webhookTags,
    })
    .input(z.object({ endpointId: Id }))
    .output(WebhookDeliverySchema),
  listWebhookDeliveries: requires('apikey:manage')
    .route({
      method: 'GET',
      path: '/api/integration/webhooks/{endpointId}/deliveries',
      summary: 'The delivery log of an endpoint, newest first',
      tags: webhookTags,
    })
    .input(ListWebhookDeliveriesQuerySchema)
    .output(pageOf(WebhookDeliverySchema)),
  getWebhookDelivery: requires('apikey:manage')
    .route({
      method: 'GET',
      path: '/api/integration/webhooks/{endpointId}/deliveries/{deliveryId}',
      summary: 'A delivery with its payload and every attempt',
      tags: webhookTags,
    })
    .input(z.object({ endpointId: Id, deliveryId: Id }))
    .output(WebhookDeliveryDetailSchema),
  redeliverWebhook: requires('apikey:manage')
    .route({
      method: 'POST',
      path: '/api/integration/webhooks/{endpointId}/deliveries/{deliveryId}/redeliver',
      summary: 'Send a delivery again now, with the same id and body (a fresh round of retries)',
      description: '409 WEBHOOK_ENDPOINT_INACTIVE while the endpoint is paused.',
      tags: webhookTags,
    })
    .input(z.object({ endpointId: Id, deliveryId: Id }))
    .output(WebhookDeliverySchema),

  // ---- reorder and repeat orders (buyer) -----------------------------------------------------
  reorder: requires('order:create')
    .route({
      method: 'POST',
      path: '/api/orders/{orderId}/reorder',
      successStatus: 201,
      summary:
        'Order the lines of a past order again, at today’s prices (fresh quotes), through my approval policy',
      description:
        `Same quantities, payment term and delivery; one new order per line, source \`reorder\`. ` +
        `Send an \`Idempotency-Key\` as for placing. ${REORDER_ERRORS}`,
      tags: orderTags,
    })
    .input(ReorderInputSchema)
    .output(ReorderResultSchema),
  createRepeatOrder: requires('order:create')
    .route({
      method: 'POST',
      path: '/api/orders/{orderId}/repeat',
      successStatus: 201,
      summary: 'Repeat a past order every N days (automatic channel), from a first day on',
      description:
        'Each run reorders the template at that day’s prices and places through my approval policy. A run that fails ' +
        '(SKU gone, no price) is recorded and mailed; three failures in a row pause the schedule. 404 for an order that is not my purchase.',
      tags: orderTags,
    })
    .input(CreateRepeatOrderInputSchema)
    .output(RepeatOrderSchema),
  listRepeatOrders: requires('order:view')
    .route({
      method: 'GET',
      path: '/api/repeat-orders',
      summary: 'My company’s repeat orders, newest first',
      tags: orderTags,
    })
    .input(ListRepeatOrdersQuerySchema)
    .output(pageOf(RepeatOrderSchema)),
  getRepeatOrder: requires('order:view')
    .route({
      method: 'GET',
      path: '/api/repeat-orders/{repeatOrderId}',
      summary: 'A repeat order',
      tags: orderTags,
    })
    .input(z.object({ repeatOrderId: Id }))
    .output(RepeatOrderSchema),
  pauseRepeatOrder: requires('order:create')
    .route({
      method: 'POST',
      path: '/api/repeat-orders/{repeatOrderId}/pause',
      summary: 'Pause a repeat order (no run until resumed)',
      tags: orderTags,
    })
    .input(z.object({ repeatOrderId: Id }))
    .output(RepeatOrderSchema),
  resumeRepeatOrder: requires('order:create')
    .route({
      method: 'POST',
      path: '/api/repeat-orders/{repeatOrderId}/resume',
      summary: 'Resume a paused repeat order from its next day on (or from `nextRunOn`)',
      tags: orderTags,
    })
    .input(ResumeRepeatOrderInputSchema)
    .output(RepeatOrderSchema),
  deleteRepeatOrder: requires('order:create')
    .route({
      method: 'DELETE',
      path: '/api/repeat-orders/{repeatOrderId}',
      summary: 'Delete a repeat order (the orders it placed stay)',
      tags: orderTags,
    })
    .input(z.object({ repeatOrderId: Id }))
    .output(OkSchema),
};

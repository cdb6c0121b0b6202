import { z } from 'zod';
import { requires } from './access';
import { OrderStatusSchema } from './order.contract';
import { PageQuerySchema, pageOf } from './paging';

/**
 * Shipments, tracking events and pickup authorisations of orders (DESIGN.md §8); the logistics
 * view and the warehouse's release. Quantities are decimal strings in the order line's unit
 * (at most 3 places), never floats; no route here shows a price.
 *
 * - The seller splits an order into shipments (never more than ordered), records their
 *   tracking (departed, location updates, arrived); the order becomes delivered by itself
 *   once every ordered quantity is shipped and every shipment has arrived.
 * - The buyer authorises a logistics company to collect a planned shipment (提货授权): the
 *   response shows a pickup code once. The warehouse's staff enter the code to release the
 *   goods: once, while valid, for that shipment.
 * - The logistics company lists what it is authorised to collect (never prices).
 */
const Id = z.uuid();

export const SHIPMENT_STATUSES = ['planned', 'in_transit', 'arrived', 'cancelled'] as const;
export const ShipmentStatusSchema = z.enum(SHIPMENT_STATUSES);
export type ShipmentStatus = z.infer<typeof ShipmentStatusSchema>;

/** What a person records on a shipment; `cancelled` is written by the cancellation itself. */
export const TrackingInputKindSchema = z.enum(['departed', 'location', 'arrived']);
export const TrackingKindSchema = z.enum(['departed', 'location', 'arrived', 'cancelled']);
export type TrackingKind = z.infer<typeof TrackingKindSchema>;

/**
 * An authorisation as shown: `issued` (usable from `validFrom` until `validUntil`), `used`
 * (the goods were released), `revoked` (by the buyer, or with its shipment's cancellation),
 * `expired` (issued and past `validUntil`, server time).
 */
export const PICKUP_STATUSES = ['issued', 'used', 'revoked', 'expired'] as const;
export const PickupStatusSchema = z.enum(PICKUP_STATUSES);
export type PickupStatus = z.infer<typeof PickupStatusSchema>;

/** The longest validity of a pickup authorisation, from now. */
export const PICKUP_MAX_VALIDITY_DAYS = 30;

const Quantity = z
  .string()
  .describe('Decimal text, more than 0, at most 3 decimal places, e.g. `6` or `6.250`');
const Text = (max: number) => z.string().trim().max(max);

// ---- shipments -------------------------------------------------------------------------------

export const ShipmentLineSchema = z.object({
  id: Id,
  orderLineId: Id,
  lineNo: z.number().int(),
  skuCode: z.string(),
  description: z.string(),
  quantity: z.string(),
  unit: z.string(),
});

export const TrackingEventSchema = z.object({
  id: Id,
  kind: TrackingKindSchema,
  location: z.string(),
  note: z.string(),
  at: z.iso.datetime(),
});
export type TrackingEvent = z.infer<typeof TrackingEventSchema>;

/** An authorisation as the order's two sides see it; the code itself is never shown again. */
export const PickupAuthorisationSchema = z.object({
  id: Id,
  shipmentId: Id,
  logisticsCompanyId: Id,
  logisticsCompanyName: z.string(),
  /** Null when the company gave no English name. */
  logisticsCompanyNameEn: z.string().nullable(),
  driverName: z.string(),
  vehiclePlate: z.string(),
  status: PickupStatusSchema,
  validFrom: z.iso.datetime(),
  validUntil: z.iso.datetime(),
  issuedAt: z.iso.datetime(),
  usedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type PickupAuthorisation = z.infer<typeof PickupAuthorisationSchema>;

export const ShipmentSchema = z.object({
  id: Id,
  orderId: Id,
  /** `<order number>-S<n>`. */
  number: z.string(),
  status: ShipmentStatusSchema,
  warehouseId: Id.nullable(),
  /** The warehouse's names ('' without a warehouse); `carrierName` is free text typed by the seller. */
  warehouseName: z.string(),
  warehouseNameEn: z.string(),
  carrierName: z.string(),
  trackingNumber: z.string(),
  createdAt: z.iso.datetime(),
  departedAt: z.iso.datetime().nullable(),
  arrivedAt: z.iso.datetime().nullable(),
  lines: z.array(ShipmentLineSchema),
  /** Oldest first. */
  tracking: z.array(TrackingEventSchema),
  /** Newest first. */
  authorisations: z.array(PickupAuthorisationSchema),
  /** `departed` (seller: delivery by the seller), `location`, `arrived`, `cancel`, `authorise_pickup`: what my side may do now. */
  allowedActions: z.array(z.enum(['departed', 'location', 'arrived', 'cancel', 'authorise_pickup'])),
});
export type Shipment = z.infer<typeof ShipmentSchema>;

/** Per order line: ordered, shipped in non-cancelled shipments, and what is left to ship. */
export const LineShippingSchema = z.object({
  orderLineId: Id,
  lineNo: z.number().int(),
  unit: z.string(),
  ordered: z.string(),
  shipped: z.string(),
  remaining: z.string(),
});

export const OrderShipmentsSchema = z.object({
  orderId: Id,
  orderNumber: z.string(),
  orderStatus: OrderStatusSchema,
  side: z.enum(['buyer', 'seller']),
  lines: z.array(LineShippingSchema),
  fullyShipped: z.boolean(),
  allShipmentsArrived: z.boolean(),
  /** Oldest first. */
  shipments: z.array(ShipmentSchema),
});
export type OrderShipments = z.infer<typeof OrderShipmentsSchema>;

export const CreateShipmentInputSchema = z.object({
  orderId: Id,
  lines: z
    .array(z.object({ orderLineId: Id, quantity: Quantity }))
    .max(100)
    .describe('Part of the order lines; the cumulative quantity of a line never exceeds what was ordered'),
  /**
   * Where the goods leave from: a warehouse where the order's stock is reserved (or the pickup
   * warehouse). By default the pickup warehouse of a pickup order, else the only warehouse
   * holding the order's reservations.
   */
  warehouseId: Id.optional(),
  carrierName: Text(100).default(''),
  trackingNumber: Text(60).default(''),
});
export type CreateShipmentInput = z.infer<typeof CreateShipmentInputSchema>;

export const CancelShipmentInputSchema = z.object({
  shipmentId: Id,
  reason: Text(500).default(''),
});

export const AddTrackingInputSchema = z.object({
  shipmentId: Id,
  kind: TrackingInputKindSchema,
  /** Required for `location` (or a note). */
  location: Text(200).default(''),
  note: Text(500).default(''),
});
export type AddTrackingInput = z.infer<typeof AddTrackingInputSchema>;

// ---- pickup authorisations -------------------------------------------------------------------

export const IssuePickupInputSchema = z.object({
  shipmentId: Id,
  /** A company of kind `logistics` (422 on this field otherwise). */
  logisticsCompanyId: Id,
  driverName: Text(60).min(1),
  vehiclePlate: Text(20).min(1),
  /** From when the goods may be collected; now by default. */
  validFrom: z.iso.datetime({ offset: true }).optional(),
  /** Until when (exclusive), in the future, after `validFrom`, at most 30 days from now. */
  validUntil: z.iso.datetime({ offset: true }),
});
export type IssuePickupInput = z.infer<typeof IssuePickupInputSchema>;

export const IssuedPickupSchema = PickupAuthorisationSchema.extend({
  /** The pickup code (`XXXX-XXXX-XXXX`): shown in this response only, stored hashed. Give it to the driver. */
  code: z.string(),
});
export type IssuedPickup = z.infer<typeof IssuedPickupSchema>;

export const RevokePickupInputSchema = z.object({
  authorisationId: Id,
  reason: Text(500).default(''),
});

export const ReleasePickupInputSchema = z.object({
  shipmentId: Id,
  /** The code the driver presents; case, spaces and dashes do not matter. */
  code: z.string().trim().min(1).max(40),
});

/** Several statuses as `status=issued,used` or `status[]=issued&status[]=used`. */
const PickupStatusFilterSchema = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '')
      : v,
  z.array(PickupStatusSchema).min(1).max(PICKUP_STATUSES.length),
);

export const ListPickupsQuerySchema = PageQuerySchema.extend({
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  status: PickupStatusFilterSchema.optional(),
});
export type ListPickupsQuery = z.infer<typeof ListPickupsQuerySchema>;

/**
 * One collection job, as the logistics company and the warehouse see it: what, where, when,
 * for whom, by whom. No prices.
 */
export const PickupTaskSchema = z.object({
  authorisationId: Id,
  status: PickupStatusSchema,
  validFrom: z.iso.datetime(),
  validUntil: z.iso.datetime(),
  issuedAt: z.iso.datetime(),
  usedAt: z.iso.datetime().nullable(),
  driverName: z.string(),
  vehiclePlate: z.string(),
  logisticsCompanyId: Id,
  logisticsCompanyName: z.string(),
  /** Null when the company gave no English name. */
  logisticsCompanyNameEn: z.string().nullable(),
  shipmentId: Id,
  shipmentNumber: z.string(),
  shipmentStatus: ShipmentStatusSchema,
  orderNumber: z.string(),
  buyerName: z.string(),
  buyerNameEn: z.string().nullable(),
  warehouse: z
    .object({ id: Id, name: z.string(), nameEn: z.string(), city: z.string(), address: z.string() })
    .nullable(),
  goods: z.array(
    z.object({
      skuCode: z.string(),
      description: z.string(),
      specCode: z.string().nullable(),
      grade: z.string().nullable(),
      quantity: z.string(),
      unit: z.string(),
    }),
  ),
});
export type PickupTask = z.infer<typeof PickupTaskSchema>;

export const PickupTaskPageSchema = pageOf(PickupTaskSchema);
export type PickupTaskPage = z.infer<typeof PickupTaskPageSchema>;

/** What the warehouse released: the shipment (now in transit) and the authorisation (now used). */
export const PickupReleaseSchema = z.object({
  task: PickupTaskSchema,
  releasedAt: z.iso.datetime(),
});
export type PickupRelease = z.infer<typeof PickupReleaseSchema>;

const tags = ['fulfilment'];
const FULFILMENT_ERRORS =
  '404 for an order (or shipment) my company is not party to; 403 for the wrong side; 409 for the wrong state; 422 with the field at fault.';

export const orderFulfilmentContract = {
  listShipments: requires('order:view')
    .route({
      method: 'GET',
      path: '/api/orders/{orderId}/shipments',
      summary:
        'The shipments of an order with their lines, tracking and pickup authorisations, and what is left to ship',
      tags,
    })
    .input(z.object({ orderId: Id }))
    .output(OrderShipmentsSchema),
  createShipment: requires('order:fulfil')
    .route({
      method: 'POST',
      path: '/api/orders/{orderId}/shipments',
      successStatus: 201,
      summary: 'Seller: plan a shipment of part of a confirmed order (split delivery)',
      description:
        `422 SHIPMENT_EXCEEDS_ORDERED on \`lines.<i>.quantity\` beyond what is left to ship; SHIPMENT_EXCEEDS_RESERVED beyond ` +
        `what is reserved at the warehouse; SHIPMENT_WAREHOUSE_INVALID on \`warehouseId\`. ${FULFILMENT_ERRORS}`,
      tags,
    })
    .input(CreateShipmentInputSchema)
    .output(ShipmentSchema),
  cancelShipment: requires('order:fulfil')
    .route({
      method: 'POST',
      path: '/api/shipments/{shipmentId}/cancel',
      summary: 'Seller: cancel a planned shipment (its issued pickup authorisations are revoked)',
      description: `409 SHIPMENT_STATUS_CONFLICT once it has left. ${FULFILMENT_ERRORS}`,
      tags,
    })
    .input(CancelShipmentInputSchema)
    .output(ShipmentSchema),
  addTracking: requires('order:view')
    .route({
      method: 'POST',
      path: '/api/shipments/{shipmentId}/tracking',
      successStatus: 201,
      summary:
        'Record a tracking event: the seller (order:fulfil) departed/location/arrived; the buyer (order:create) location/arrived of goods its carrier collected',
      description:
        'The last arrival of a fully shipped order makes it delivered. 409 SHIPMENT_AWAITS_PICKUP for `departed` of goods to be collected ' +
        `against a pickup authorisation. ${FULFILMENT_ERRORS}`,
      tags,
    })
    .input(AddTrackingInputSchema)
    .output(ShipmentSchema),
  issuePickup: requires('order:create')
    .route({
      method: 'POST',
      path: '/api/shipments/{shipmentId}/pickup-authorisations',
      successStatus: 201,
      summary: 'Buyer: authorise a logistics company to collect a planned shipment; the code is shown once',
      description: `409 PICKUP_AUTH_ALREADY_ISSUED while another valid one exists (revoke it first). ${FULFILMENT_ERRORS}`,
      tags,
    })
    .input(IssuePickupInputSchema)
    .output(IssuedPickupSchema),
  revokePickup: requires('order:create')
    .route({
      method: 'POST',
      path: '/api/pickup-authorisations/{authorisationId}/revoke',
      summary: 'Buyer: take back an unused pickup authorisation',
      description: `409 PICKUP_AUTH_USED once the goods were released, PICKUP_AUTH_REVOKED twice. ${FULFILMENT_ERRORS}`,
      tags,
    })
    .input(RevokePickupInputSchema)
    .output(PickupAuthorisationSchema),
  listLogisticsPickups: requires('order:view')
    .route({
      method: 'GET',
      path: '/api/logistics/pickups',
      summary: 'Logistics company: the shipments my company is authorised to collect, newest first',
      tags,
    })
    .input(ListPickupsQuerySchema)
    .output(PickupTaskPageSchema),
  listWarehousePickups: requires('warehouse:operate')
    .route({
      method: 'GET',
      path: '/api/warehouse/pickups',
      summary: 'Warehouse: authorised collections from the warehouses my company operates, newest first',
      tags,
    })
    .input(ListPickupsQuerySchema)
    .output(PickupTaskPageSchema),
  releasePickup: requires('warehouse:operate')
    .route({
      method: 'POST',
      path: '/api/shipments/{shipmentId}/release',
      summary: 'Warehouse: release a shipment against the pickup code the driver presents',
      description:
        '404 unless my company operates the shipment’s warehouse. 422 PICKUP_CODE_INVALID on `code`; 409 PICKUP_AUTH_USED ' +
        '(a second use), PICKUP_AUTH_EXPIRED, PICKUP_AUTH_REVOKED, PICKUP_AUTH_NOT_YET_VALID; 403 PICKUP_AUTH_WRONG_SHIPMENT. ' +
        'Nothing changes on a refusal.',
      tags,
    })
    .input(ReleasePickupInputSchema)
    .output(PickupReleaseSchema),
};

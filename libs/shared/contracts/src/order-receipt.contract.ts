import { z } from 'zod';
import { requires } from './access';
import { MinorSchema } from './approval.contract';
import { OrderSideSchema, OrderStatusSchema } from './order.contract';
import { PageQuerySchema, pageOf } from './paging';

/**
 * Receipt and inspection of shipments (收货 · 计量 · 化验), disputes with evidence files, and
 * the operator's dispute desk (DESIGN.md §8, issue 5). The buyer records what arrived per
 * shipment (quantity and grade per line); the order's tolerance decides: every shipment
 * received within it accepts the order, any outside it opens a dispute. Either party proposes
 * a resolution (accept as is, a price adjustment, a return), the other agrees or declines, or
 * an operator decides. Quantities are decimal strings (≤ 3 places), amounts minor units (fen)
 * as strings of digits — never floats.
 */
const Id = z.uuid();
/** A quantity as typed (checked by the receipt rules: 422 on the field, not 400). */
const QuantityText = z.string().trim().max(40);
/** The order's `version` the caller saw (409 ORDER_VERSION_CONFLICT when it changed). */
const OrderVersionSchema = z.number().int().min(1).optional();
/** The dispute's `version` the caller saw (409 DISPUTE_VERSION_CONFLICT when it changed). */
const DisputeVersionSchema = z.number().int().min(1).optional();
const NoteSchema = z.string().trim().max(1000).default('');

export const DISPUTE_STATUSES = ['open', 'proposed', 'resolved'] as const;
export const DisputeStatusSchema = z.enum(DISPUTE_STATUSES);
export type DisputeStatus = z.infer<typeof DisputeStatusSchema>;
export const DisputePartySchema = z.enum(['buyer', 'seller']);

// ---- receipts ---------------------------------------------------------------------------

export const ReceiptLineInputSchema = z.object({
  /** An order line in the shipment. */
  lineId: Id,
  /** What was weighed or counted, ≥ 0, at most 3 decimals (422 RECEIPT_QUANTITY_INVALID). */
  receivedQuantity: QuantityText,
  /** The quality grade found (化验); none = not inspected for grade, taken as ordered. */
  grade: z.string().trim().max(40).nullable().optional(),
});

export const RecordReceiptInputSchema = z.object({
  orderId: Id,
  /** An arrived shipment of the order without a receipt yet. */
  shipmentId: Id,
  /** Every line of the shipment, once. */
  lines: z.array(ReceiptLineInputSchema).max(200),
  note: NoteSchema,
  version: OrderVersionSchema,
});
export type RecordReceiptInput = z.infer<typeof RecordReceiptInputSchema>;

export const ReceiptLineSchema = z.object({
  orderLineId: Id,
  lineNo: z.number().int(),
  skuCode: z.string(),
  description: z.string(),
  unit: z.string(),
  orderedGrade: z.string().nullable(),
  /** The grade recorded, or null (not inspected for grade). */
  grade: z.string().nullable(),
  shippedQuantity: z.string(),
  receivedQuantity: z.string(),
  /** received − shipped (negative: short). */
  variance: z.string(),
  /** variance ÷ shipped in basis points, rounded half away from zero. */
  varianceBps: z.number().int(),
  /** The tolerance applied to the line (0 for counted units). */
  toleranceBps: z.number().int(),
  withinTolerance: z.boolean(),
  gradeMatches: z.boolean(),
});

export const ReceiptSchema = z.object({
  id: Id,
  shipmentId: Id,
  shipmentNumber: z.string(),
  /** The order's tolerance for weighed goods when it was recorded (50 = ±0.5 %). */
  toleranceBps: z.number().int(),
  /** accepted: every line within tolerance and of the ordered grade; disputed otherwise. */
  outcome: z.enum(['accepted', 'disputed']),
  note: z.string(),
  receivedAt: z.iso.datetime(),
  lines: z.array(ReceiptLineSchema),
});
export type Receipt = z.infer<typeof ReceiptSchema>;

// ---- resolutions -----------------------------------------------------------------------

/** A resolution as proposed or decided; checked by the dispute rules (422 on its field). */
export const DisputeResolutionInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('accept') }),
  z.object({
    kind: z.literal('price_adjustment'),
    /** The credit to the buyer in minor units (digits), > 0 and ≤ the order total not yet credited. */
    creditMinor: z.string().trim().max(20),
  }),
  z.object({
    kind: z.literal('return'),
    /** Quantities to send back, per order line, each > 0 and ≤ what the buyer received. */
    lines: z.array(z.object({ lineId: Id, quantity: QuantityText })).max(200),
  }),
]);
export type DisputeResolutionInput = z.infer<typeof DisputeResolutionInputSchema>;

export const DisputeResolutionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('accept') }),
  z.object({ kind: z.literal('price_adjustment'), creditMinor: MinorSchema }),
  z.object({
    kind: z.literal('return'),
    lines: z.array(
      z.object({
        lineId: Id,
        lineNo: z.number().int(),
        skuCode: z.string(),
        unit: z.string(),
        quantity: z.string(),
      }),
    ),
  }),
]);
export type DisputeResolution = z.infer<typeof DisputeResolutionSchema>;

export const DisputeProposalSchema = z.object({
  by: DisputePartySchema,
  resolution: DisputeResolutionSchema,
  note: z.string(),
  at: z.iso.datetime(),
});
export const DisputeOutcomeSchema = z.object({
  resolution: DisputeResolutionSchema,
  decidedBy: z.enum(['agreement', 'operator']),
  note: z.string(),
  at: z.iso.datetime(),
});

// ---- disputes --------------------------------------------------------------------------

export const DisputeSummarySchema = z.object({
  id: Id,
  orderId: Id,
  orderNumber: z.string(),
  /** The receipt whose variances opened it; null for a dispute the buyer opened by hand. */
  receiptId: Id.nullable(),
  shipmentNumber: z.string().nullable(),
  status: DisputeStatusSchema,
  reason: z.string(),
  openedAt: z.iso.datetime(),
  /** The proposal waiting for the other party (status proposed). */
  proposal: DisputeProposalSchema.nullable(),
  outcome: DisputeOutcomeSchema.nullable(),
  resolvedAt: z.iso.datetime().nullable(),
  evidenceCount: z.number().int(),
  version: z.number().int(),
});
export type DisputeSummary = z.infer<typeof DisputeSummarySchema>;

export const DisputeEvidenceSchema = z.object({
  id: Id,
  fileName: z.string(),
  /** The type recognised from the content: application/pdf, image/jpeg, image/png, image/webp, xlsx, text/csv. */
  contentType: z.string(),
  sizeBytes: z.number().int(),
  /** Which party uploaded it. */
  uploadedBy: DisputePartySchema,
  uploadedAt: z.iso.datetime(),
});
export type DisputeEvidence = z.infer<typeof DisputeEvidenceSchema>;

export const DisputeHistoryEntrySchema = z.object({
  id: Id,
  /** order.disputed, dispute.proposed, dispute.declined, dispute.evidence_added, dispute.resolved, order.dispute_resolved … */
  kind: z.string(),
  actor: z.enum(['buyer', 'seller', 'operator', 'system']),
  at: z.iso.datetime(),
  data: z.record(z.string(), z.unknown()),
});

export const DISPUTE_ACTIONS = ['propose', 'agree', 'decline', 'decide', 'upload_evidence'] as const;

export const DisputeDetailSchema = DisputeSummarySchema.extend({
  /** How the caller sees it: one of the parties, or the platform's operator. */
  viewer: z.enum(['buyer', 'seller', 'operator']),
  buyerId: Id,
  buyerName: z.string(),
  /** Null when the company gave no English name. */
  buyerNameEn: z.string().nullable(),
  sellerId: Id,
  sellerName: z.string(),
  sellerNameEn: z.string().nullable(),
  orderStatus: OrderStatusSchema,
  currency: z.string(),
  orderTotalMinor: MinorSchema,
  /** Credits already agreed or decided in the order's other disputes. */
  creditedElsewhereMinor: MinorSchema,
  /** The largest credit a price adjustment may give now. */
  maxCreditMinor: MinorSchema,
  /** The order lines in dispute, with what the buyer holds of each (the most that can be returned). */
  lines: z.array(
    z.object({
      id: Id,
      lineNo: z.number().int(),
      skuCode: z.string(),
      description: z.string(),
      unit: z.string(),
      grade: z.string().nullable(),
      orderedQuantity: z.string(),
      heldQuantity: z.string(),
      totalMinor: MinorSchema,
    }),
  ),
  /** The order's receipts with their variances. */
  receipts: z.array(ReceiptSchema),
  evidence: z.array(DisputeEvidenceSchema),
  /** The dispute's steps on the order timeline, oldest first. */
  history: z.array(DisputeHistoryEntrySchema),
  /** What the caller may do now. */
  allowedActions: z.array(z.enum(DISPUTE_ACTIONS)),
});
export type DisputeDetail = z.infer<typeof DisputeDetailSchema>;

// ---- the order's receipt overview ------------------------------------------------------

export const ORDER_RECEIPT_ACTIONS = ['record_receipt', 'accept', 'dispute'] as const;

export const OrderReceiptsSchema = z.object({
  orderId: Id,
  orderNumber: z.string(),
  side: OrderSideSchema,
  status: OrderStatusSchema,
  version: z.number().int(),
  currency: z.string(),
  totalMinor: MinorSchema,
  /** Σ credits of resolved price adjustments. */
  creditedMinor: MinorSchema,
  /** totalMinor − creditedMinor: what the invoice should say. */
  adjustedTotalMinor: MinorSchema,
  /** Tolerance of weighed goods, bps (counted units are exact). */
  toleranceBps: z.number().int(),
  autoAcceptDays: z.number().int(),
  deliveredAt: z.iso.datetime().nullable(),
  /** When the system accepts the order if nobody acts (while delivered). */
  autoAcceptDueAt: z.iso.datetime().nullable(),
  acceptedAt: z.iso.datetime().nullable(),
  /** Shipments that are not cancelled, with their receipt when recorded. */
  shipments: z.array(
    z.object({
      id: Id,
      number: z.string(),
      status: z.string(),
      arrivedAt: z.iso.datetime().nullable(),
      receiptId: Id.nullable(),
    }),
  ),
  receipts: z.array(ReceiptSchema),
  disputes: z.array(DisputeSummarySchema),
  /** What my side may do now. */
  allowedActions: z.array(z.enum(ORDER_RECEIPT_ACTIONS)),
});
export type OrderReceipts = z.infer<typeof OrderReceiptsSchema>;

// ---- inputs ----------------------------------------------------------------------------

export const AcceptOrderInputSchema = z.object({ orderId: Id, version: OrderVersionSchema });
export const OpenDisputeInputSchema = z.object({
  orderId: Id,
  /** Required (422 ORDER_REASON_REQUIRED on `reason`). */
  reason: z.string().trim().max(1000).default(''),
  version: OrderVersionSchema,
});
export const ProposeResolutionInputSchema = z.object({
  disputeId: Id,
  resolution: DisputeResolutionInputSchema,
  note: NoteSchema,
  version: DisputeVersionSchema,
});
export const RespondToProposalInputSchema = z.object({
  disputeId: Id,
  note: NoteSchema,
  version: DisputeVersionSchema,
});
export const DecideDisputeInputSchema = z.object({
  disputeId: Id,
  resolution: DisputeResolutionInputSchema,
  /** Why: required, shown to both parties (422 DISPUTE_NOTE_REQUIRED on `note`). */
  note: NoteSchema,
  version: DisputeVersionSchema,
});
export const UploadEvidenceInputSchema = z.object({
  disputeId: Id,
  /** Multipart field `file`: pdf, jpeg, png, webp, xlsx or csv, at most 10 MB (413/422 on `file`). */
  file: z.file().optional(),
});

const DisputeStatusFilterSchema = z.preprocess(
  (v) =>
    typeof v === 'string'
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '')
      : v,
  z.array(DisputeStatusSchema).min(1).max(DISPUTE_STATUSES.length),
);

export const DeskDisputeQuerySchema = PageQuerySchema.extend({
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  /** Default: open and proposed (what waits for someone). */
  status: DisputeStatusFilterSchema.optional(),
  /** Part of the order number. */
  q: z.string().trim().min(1).max(60).optional(),
});
export type DeskDisputeQuery = z.infer<typeof DeskDisputeQuerySchema>;

export const DeskDisputeRowSchema = z.object({
  id: Id,
  orderId: Id,
  orderNumber: z.string(),
  buyerId: Id,
  buyerName: z.string(),
  /** Null when the company gave no English name. */
  buyerNameEn: z.string().nullable(),
  sellerId: Id,
  sellerName: z.string(),
  sellerNameEn: z.string().nullable(),
  status: DisputeStatusSchema,
  reason: z.string(),
  openedAt: z.iso.datetime(),
  currency: z.string(),
  orderTotalMinor: MinorSchema,
  /** Who proposed what is on the table, if anything. */
  proposedBy: DisputePartySchema.nullable(),
  evidenceCount: z.number().int(),
});
export type DeskDisputeRow = z.infer<typeof DeskDisputeRowSchema>;

const tags = ['receipts'];
const deskTags = ['platform'];
const PARTY_ERRORS =
  '404 for an order or dispute my company is not party to; 403 ORDER_ACTOR_NOT_ALLOWED / DISPUTE_ACTOR_NOT_ALLOWED for the wrong side; 409 for the wrong state or a stale version; 422 with the field at fault.';

export const orderReceiptContract = {
  overview: requires('order:view')
    .route({
      method: 'GET',
      path: '/api/orders/{orderId}/receipts',
      summary: 'Receipts, variances, disputes and the auto-acceptance date of an order',
      tags,
    })
    .input(z.object({ orderId: Id }))
    .output(OrderReceiptsSchema),
  record: requires('order:create')
    .route({
      method: 'POST',
      path: '/api/orders/{orderId}/receipts',
      successStatus: 201,
      summary: 'Buyer: record the receipt of an arrived shipment (quantity and grade per line)',
      description:
        'Evaluated against the order’s tolerance. Once the order is delivered and every arrived shipment has a receipt, ' +
        'the order is accepted (all within tolerance) or disputed (a dispute per receipt outside it). ' +
        `404 for an unknown shipment (field shipmentId); 409 RECEIPT_SHIPMENT_NOT_ARRIVED, RECEIPT_ALREADY_RECORDED, RECEIPT_ORDER_STATE. ${PARTY_ERRORS}`,
      tags,
    })
    .input(RecordReceiptInputSchema)
    .output(OrderReceiptsSchema),
  accept: requires('order:create')
    .route({
      method: 'POST',
      path: '/api/orders/{orderId}/accept',
      summary: 'Buyer: accept a delivered order as received',
      description: PARTY_ERRORS,
      tags,
    })
    .input(AcceptOrderInputSchema)
    .output(OrderReceiptsSchema),
  openDispute: requires('order:create')
    .route({
      method: 'POST',
      path: '/api/orders/{orderId}/disputes',
      successStatus: 201,
      summary: 'Buyer: dispute a delivered order (a reason is required)',
      description: PARTY_ERRORS,
      tags,
    })
    .input(OpenDisputeInputSchema)
    .output(DisputeDetailSchema),
  getDispute: requires('order:view')
    .route({
      method: 'GET',
      path: '/api/disputes/{disputeId}',
      summary: 'A dispute with its order, receipts, variances, evidence and history',
      tags,
    })
    .input(z.object({ disputeId: Id }))
    .output(DisputeDetailSchema),
  propose: requires('order:view')
    .route({
      method: 'POST',
      path: '/api/disputes/{disputeId}/propose',
      summary:
        'Buyer (order:create) or seller (order:fulfil): propose a resolution — accept, price adjustment or return',
      description: `A proposal on the table is replaced (a counter-proposal). ${PARTY_ERRORS}`,
      tags,
    })
    .input(ProposeResolutionInputSchema)
    .output(DisputeDetailSchema),
  agree: requires('order:view')
    .route({
      method: 'POST',
      path: '/api/disputes/{disputeId}/agree',
      summary: 'The other party agrees to the proposal: the dispute is resolved',
      description: `When every dispute of the order is resolved the order is accepted. 409 DISPUTE_NO_PROPOSAL, DISPUTE_OWN_PROPOSAL. ${PARTY_ERRORS}`,
      tags,
    })
    .input(RespondToProposalInputSchema)
    .output(DisputeDetailSchema),
  decline: requires('order:view')
    .route({
      method: 'POST',
      path: '/api/disputes/{disputeId}/decline',
      summary: 'The other party declines the proposal: the dispute is open again',
      description: PARTY_ERRORS,
      tags,
    })
    .input(RespondToProposalInputSchema)
    .output(DisputeDetailSchema),
  uploadEvidence: requires('order:view')
    .route({
      method: 'POST',
      path: '/api/disputes/{disputeId}/evidence',
      successStatus: 201,
      summary: 'Either party: attach a photo, weighbridge ticket or inspection report (multipart `file`)',
      description: `413 FILE_TOO_LARGE over 10 MB, 422 FILE_TYPE_NOT_ALLOWED / FILE_REQUIRED on \`file\`; 409 DISPUTE_ALREADY_RESOLVED. ${PARTY_ERRORS}`,
      tags,
    })
    .input(UploadEvidenceInputSchema)
    .output(DisputeEvidenceSchema),
  listEvidence: requires('order:view')
    .route({
      method: 'GET',
      path: '/api/disputes/{disputeId}/evidence',
      summary: 'The evidence files of a dispute',
      tags,
    })
    .input(z.object({ disputeId: Id }))
    .output(z.object({ items: z.array(DisputeEvidenceSchema) })),
  downloadEvidence: requires('order:view')
    .route({
      method: 'GET',
      path: '/api/disputes/{disputeId}/evidence/{evidenceId}',
      summary: 'Download an evidence file',
      tags,
    })
    .input(z.object({ disputeId: Id, evidenceId: Id }))
    .output(z.file()),

  // ---- the operator's dispute desk (platform:operate, operator company only) ----
  deskList: requires('platform:operate')
    .route({
      method: 'GET',
      path: '/api/platform/disputes',
      summary: 'Operator: disputes across companies, oldest first (open and proposed by default)',
      tags: deskTags,
    })
    .input(DeskDisputeQuerySchema)
    .output(pageOf(DeskDisputeRowSchema)),
  deskGet: requires('platform:operate')
    .route({
      method: 'GET',
      path: '/api/platform/disputes/{disputeId}',
      summary: 'Operator: a dispute with order, receipts, variances, evidence and history',
      tags: deskTags,
    })
    .input(z.object({ disputeId: Id }))
    .output(DisputeDetailSchema),
  deskDecide: requires('platform:operate')
    .route({
      method: 'POST',
      path: '/api/platform/disputes/{disputeId}/decide',
      summary:
        'Operator: decide a dispute with a resolution and a note; the order is accepted once all are resolved',
      description:
        '409 DISPUTE_ALREADY_RESOLVED or DISPUTE_VERSION_CONFLICT; 422 with the field at fault (note required).',
      tags: deskTags,
    })
    .input(DecideDisputeInputSchema)
    .output(DisputeDetailSchema),
  deskEvidence: requires('platform:operate')
    .route({
      method: 'GET',
      path: '/api/platform/disputes/{disputeId}/evidence/{evidenceId}',
      summary: 'Operator: download an evidence file',
      tags: deskTags,
    })
    .input(z.object({ disputeId: Id, evidenceId: Id }))
    .output(z.file()),
};

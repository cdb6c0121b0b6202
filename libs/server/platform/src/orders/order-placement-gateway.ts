import type { DeliveryRequest, PaymentTerm } from '@tradeway/shared/contracts';
import type { RequestAuth } from '../auth/request-auth';
import type { Prisma } from '../database/prisma';

type Tx = Prisma.TransactionClient;

/** One line of an awarded order: what was offered, at the offered price, in the awarded quantity. */
export interface AwardedOrderLine {
  readonly skuId: string | null;
  readonly skuCode: string;
  readonly description: string;
  /** Decimal text, at most 3 places. */
  readonly quantity: string;
  readonly unit: string;
  /** Decimal text, at most 4 places. */
  readonly unitPrice: string;
  readonly taxRateBps: number;
}

export interface AwardedOrderInput {
  readonly source: 'rfq_award' | 'auction_award' | 'group_buy';
  /** The RFQ, auction or group-buy campaign the order comes from. */
  readonly sourceId: string;
  readonly buyerId: string;
  readonly sellerId: string;
  readonly currency: string;
  readonly paymentTerm: PaymentTerm;
  readonly delivery: DeliveryRequest;
  readonly lines: readonly AwardedOrderLine[];
  /** Who asked for the award or committed (the order's creator; null for an API key). */
  readonly createdById: string | null;
  readonly departmentId: string | null;
  readonly buyerReference: string;
  readonly note: string;
  /** The award's approval request, shown on the order as its approval. */
  readonly approvalRequestId: string | null;
}

/**
 * The order module as an award sees it: a purchase order placed inside the award's
 * transaction, already approved (the award passed the buyer's approval policy, DESIGN.md §5),
 * with its timeline event, audit entry and the mail to the seller. The orders feature provides
 * it (globally), so RFQs and auctions depend on this port, never on the orders feature.
 */
export abstract class OrderPlacementGateway {
  abstract placeAwarded(
    tx: Tx,
    /** null when the system acts (the award's approval was decided). */
    actor: RequestAuth | null,
    input: AwardedOrderInput,
    now: Date,
  ): Promise<{ orderId: string; number: string; totalMinor: bigint }>;
}

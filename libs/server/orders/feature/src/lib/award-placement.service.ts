import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  type AwardedOrderInput,
  AuditService,
  OrderPlacementGateway,
  type Prisma,
  type RequestAuth,
} from '@tradeway/server/platform';
import { OrderRepository } from '@tradeway/server/orders/data-access';
import { submitOrder } from '@tradeway/server/orders/domain';
import {
  mulDivRoundHalfUp,
  parseDecimal,
  PRICE_PLACES,
  QUANTITY_PLACES,
} from '@tradeway/server/pricing/domain';
import { orderErrorToOrpc } from './order-errors';
import { OrderService } from './order.service';

type Tx = Prisma.TransactionClient;

/** price (4 places) × quantity (3 places) → fen: divide the 10⁷-scaled product by 10⁵. */
const TO_MINOR = 10n ** BigInt(PRICE_PLACES + QUANTITY_PLACES - 2);

function decimal(text: string, places: number, what: string): bigint {
  const v = parseDecimal(text, places);
  if (v === null || v <= 0n) throw new RangeError(`award line ${what} must be a positive decimal: ${text}`);
  return v;
}

/**
 * Purchase orders from an award (RFQ or auction, DESIGN.md §5–§6): placed in the award's
 * transaction, `placed` at once because the award itself passed the buyer's approval policy.
 * Amounts per line: net = unit price × quantity rounded half-up to the fen, tax = net × rate
 * rounded half-up; the order's totals are the sums of its lines.
 */
@Injectable()
export class AwardPlacementService implements OrderPlacementGateway {
  constructor(
    private readonly repo: OrderRepository,
    private readonly orders: OrderService,
    private readonly audit: AuditService,
  ) {}

  async placeAwarded(
    tx: Tx,
    actor: RequestAuth | null,
    input: AwardedOrderInput,
    now: Date,
  ): Promise<{ orderId: string; number: string; totalMinor: bigint }> {
    const opening = submitOrder({ requiresApproval: false }, 'system', now);
    if (!opening.ok) throw orderErrorToOrpc(opening.error);
    const lines = input.lines.map((l, i) => {
      const net = mulDivRoundHalfUp(
        decimal(l.unitPrice, PRICE_PLACES, 'unit price'),
        decimal(l.quantity, QUANTITY_PLACES, 'quantity'),
        TO_MINOR,
      );
      const tax = mulDivRoundHalfUp(net, BigInt(l.taxRateBps), 10_000n);
      return { ...l, lineNo: i + 1, net, tax };
    });
    const netMinor = lines.reduce((s, l) => s + l.net, 0n);
    const taxMinor = lines.reduce((s, l) => s + l.tax, 0n);
    const id = randomUUID();
    const number = await this.repo.nextOrderNumber(tx, now);
    const order = await this.repo.createOrder(tx, {
      id,
      number,
      buyerId: input.buyerId,
      sellerId: input.sellerId,
      source: input.source,
      sourceId: input.sourceId,
      channel: 'self_service',
      status: opening.value.state,
      currency: input.currency,
      paymentTerm: input.paymentTerm,
      delivery: { ...input.delivery },
      netMinor,
      taxMinor,
      totalMinor: netMinor + taxMinor,
      buyerReference: input.buyerReference,
      note: input.note,
      approvalRequestId: input.approvalRequestId,
      createdById: input.createdById,
      departmentId: input.departmentId,
      createdAt: now,
      placedAt: now,
      lines: {
        create: lines.map((l) => ({
          lineNo: l.lineNo,
          skuId: l.skuId,
          skuCode: l.skuCode,
          description: l.description,
          quantity: l.quantity,
          unit: l.unit,
          unitPrice: l.unitPrice,
          taxRateBps: l.taxRateBps,
          netMinor: l.net,
          taxMinor: l.tax,
          totalMinor: l.net + l.tax,
        })),
      },
    });
    await this.repo.addEvent(tx, {
      orderId: id,
      kind: opening.value.event,
      actorCompanyId: input.buyerId,
      actorUserId: actor?.userId ?? null,
      data: { to: opening.value.state, source: input.source, sourceId: input.sourceId },
      at: now,
    });
    await this.audit.record(
      actor,
      {
        companyId: input.buyerId,
        action: 'order.place',
        subjectType: 'order',
        subjectId: id,
        after: {
          number,
          status: opening.value.state,
          source: input.source,
          sourceId: input.sourceId,
          sellerId: input.sellerId,
          currency: input.currency,
          totalMinor: order.totalMinor,
          approvalRequestId: input.approvalRequestId,
        },
      },
      tx,
    );
    await this.orders.announcePlaced(tx, order);
    return { orderId: id, number, totalMinor: order.totalMinor };
  }
}

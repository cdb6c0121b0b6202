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
import { orderAmounts, submitOrder } from '@tradeway/server/orders/domain';
import { orderErrorToOrpc } from './order-errors';
import { OrderService } from './order.service';

type Tx = Prisma.TransactionClient;

/**
 * Purchase orders from an award (RFQ or auction, DESIGN.md §5–§6): placed in the award's
 * transaction, `placed` at once because the award itself passed the buyer's approval policy.
 * Amounts by `orderAmounts` (the §4 rounding per line; the order's totals are the sums of its lines).
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
    const amounts = orderAmounts(input.lines);
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
      netMinor: amounts.netMinor,
      taxMinor: amounts.taxMinor,
      totalMinor: amounts.totalMinor,
      buyerReference: input.buyerReference,
      note: input.note,
      approvalRequestId: input.approvalRequestId,
      createdById: input.createdById,
      departmentId: input.departmentId,
      createdAt: now,
      placedAt: now,
      lines: {
        create: amounts.lines.map((l, i) => ({
          lineNo: i + 1,
          skuId: l.skuId,
          skuCode: l.skuCode,
          description: l.description,
          quantity: l.quantity,
          unit: l.unit,
          unitPrice: l.unitPrice,
          taxRateBps: l.taxRateBps,
          netMinor: l.netMinor,
          taxMinor: l.taxMinor,
          totalMinor: l.totalMinor,
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

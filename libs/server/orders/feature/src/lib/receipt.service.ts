import { Injectable, Logger } from '@nestjs/common';
import {
  OrderRepository,
  type OrderWithLines,
  ReceiptRepository,
  type ShipmentForReceipt,
} from '@tradeway/server/orders/data-access';
import {
  autoAcceptanceDueAt,
  evaluateReceipt,
  isDueForAutoAcceptance,
  orderError,
  type OrderError,
} from '@tradeway/server/orders/domain';
import { AuditService, type Prisma, type RequestAuth, recordActivity } from '@tradeway/server/platform';
import type { OrderReceipts, RecordReceiptInput } from '@tradeway/shared/contracts';
import { actingId, DisputeService } from './dispute.service';
import { mailOrderParties, toJson } from './order-mail';
import { notFound } from './order-errors';
import { OrderService } from './order.service';
import { refusal, type Refusal } from './receipt-errors';
import { disputeSummary, lineFactsOf, receiptView } from './receipt-views';

type Tx = Prisma.TransactionClient;

/** Order states in which the buyer records receipts: shipments arrive while in fulfilment, the last makes it delivered. */
const RECEIVING_STATES: readonly string[] = ['in_fulfilment', 'delivered'];

export interface AutoAcceptanceRun {
  accepted: number;
  /** Due when read, but no longer when locked (accepted or disputed meanwhile). */
  skipped: number;
  failed: number;
}

/**
 * Receipt and inspection (收货 · 计量 · 化验, DESIGN.md §8): the buyer records the receipt of
 * each arrived shipment, evaluated by the domain's receipt rules against the order's
 * tolerance; once the order is delivered and every arrived shipment has its receipt, the order
 * is accepted (all within tolerance) or disputed (DisputeService opens a dispute per receipt
 * outside it). Also the buyer's explicit acceptance and the system's auto-acceptance of orders
 * left delivered for N days. Every change goes through OrderService.applyCommand (timeline,
 * audit, mail) in the same transaction as the receipt.
 */
@Injectable()
export class ReceiptService {
  private readonly logger = new Logger(ReceiptService.name);

  constructor(
    private readonly repo: ReceiptRepository,
    private readonly orders: OrderRepository,
    private readonly orderService: OrderService,
    private readonly disputes: DisputeService,
    private readonly audit: AuditService,
  ) {}

  /** Buyer: the receipt of one arrived shipment, every line once. */
  async record(auth: RequestAuth, input: RecordReceiptInput, now = new Date()): Promise<OrderReceipts> {
    await this.repo.transaction(async (tx) => {
      const { order, side } = await this.orderService.lockAsParty(tx, auth, input.orderId, input.version);
      if (side !== 'buyer') {
        throw refusal(
          orderError('ORDER_ACTOR_NOT_ALLOWED', {
            params: { state: order.status, command: 'record_receipt', actor: side },
          }),
        );
      }
      if (!RECEIVING_STATES.includes(order.status)) throw refusal({ code: 'RECEIPT_ORDER_STATE' });
      const shipment = await this.repo.shipmentOfOrder(tx, order.id, input.shipmentId);
      if (!shipment || shipment.status === 'cancelled') throw notFound('Shipment', 'shipmentId');
      if (shipment.status !== 'arrived')
        throw refusal({ code: 'RECEIPT_SHIPMENT_NOT_ARRIVED', field: 'shipmentId' });
      if (shipment.receipt) throw refusal({ code: 'RECEIPT_ALREADY_RECORDED', field: 'shipmentId' });

      const evaluated = this.evaluate(order, shipment, input);
      const receipt = await this.repo.createReceipt(tx, {
        orderId: order.id,
        shipmentId: shipment.id,
        toleranceBps: order.toleranceBps,
        outcome: evaluated.outcome === 'accept' ? 'accepted' : 'disputed',
        note: input.note,
        receivedById: actingId(auth),
        receivedAt: now,
        lines: evaluated.lines.map((l) => ({
          orderLineId: l.lineId,
          shippedQuantity: l.shipped,
          receivedQuantity: l.received,
          grade: input.lines.find((i) => i.lineId === l.lineId)?.grade?.trim() || null,
          varianceBps: l.varianceBps,
          withinTolerance: l.withinTolerance,
        })),
      });
      const facts = {
        receiptId: receipt.id,
        shipmentId: shipment.id,
        shipmentNumber: shipment.number,
        outcome: receipt.outcome,
        toleranceBps: receipt.toleranceBps,
        lines: evaluated.lines.map((l) => ({
          lineId: l.lineId,
          shipped: l.shipped,
          received: l.received,
          variance: l.variance,
          varianceBps: l.varianceBps,
          withinTolerance: l.withinTolerance,
          gradeMatches: l.gradeMatches,
        })),
      };
      await this.orders.addEvent(tx, {
        orderId: order.id,
        kind: 'receipt.recorded',
        actorCompanyId: order.buyerId,
        actorUserId: auth.userId,
        data: toJson(facts),
        at: now,
      });
      await this.audit.record(
        auth,
        {
          companyId: order.buyerId,
          action: 'receipt.record',
          subjectType: 'receipt',
          subjectId: receipt.id,
          after: { orderId: order.id, note: input.note, ...facts },
        },
        tx,
      );
      if (auth.userId) await recordActivity(tx, order.buyerId, auth.userId, 'receipt.record', now);
      if (order.status === 'delivered') await this.conclude(tx, order, auth, now);
    });
    return this.overview(auth, input.orderId);
  }

  /**
   * The receipt rules on the input: unknown lines (not in the shipment), then the rules'
   * own refusals (empty, duplicate, quantity), then lines of the shipment left out — all
   * reported with their fields in one 422.
   */
  private evaluate(order: OrderWithLines, shipment: ShipmentForReceipt, input: RecordReceiptInput) {
    const shipped = new Map(shipment.lines.map((l) => [l.orderLineId, l.quantity.toFixed(3)]));
    const unknown: Refusal[] = input.lines.flatMap((l, i) =>
      shipped.has(l.lineId)
        ? []
        : [
            {
              code: 'RECEIPT_UNKNOWN_LINE' as const,
              field: `lines.${i}.lineId`,
              params: { lineId: l.lineId },
            },
          ],
    );
    if (unknown.length > 0) throw refusal(...unknown);
    const lineOf = new Map(order.lines.map((l) => [l.id, l]));
    const evaluation = evaluateReceipt(
      input.lines.map((l) => ({
        lineId: l.lineId,
        unit: lineOf.get(l.lineId)?.unit ?? '',
        shippedQuantity: shipped.get(l.lineId) ?? '0',
        receivedQuantity: l.receivedQuantity,
        orderedGrade: lineOf.get(l.lineId)?.grade ?? null,
        receivedGrade: l.grade ?? null,
      })),
      { toleranceBps: order.toleranceBps },
    );
    if (!evaluation.ok) throw refusal(...(evaluation.error as OrderError[]));
    const given = new Set(input.lines.map((l) => l.lineId));
    const missing = shipment.lines.filter((l) => !given.has(l.orderLineId));
    if (missing.length > 0) {
      throw refusal({
        code: 'RECEIPT_LINES_INCOMPLETE',
        field: 'lines',
        params: {
          lineNos: missing
            .map((m) => String(lineOf.get(m.orderLineId)?.lineNo ?? '?'))
            .sort()
            .join(', '),
        },
      });
    }
    return evaluation.value;
  }

  /**
   * Once the order is delivered and every arrived shipment has its receipt: accept the order
   * (every receipt within tolerance) or dispute it (a dispute per receipt outside it). Before
   * that, nothing (the buyer may still accept or dispute by hand; auto-acceptance runs on).
   */
  async conclude(tx: Tx, order: OrderWithLines, auth: RequestAuth, now: Date): Promise<void> {
    if (order.status !== 'delivered') return;
    const shipments = await this.repo.shipmentsOf(tx, order.id);
    const arrived = shipments.filter((s) => s.status === 'arrived');
    if (arrived.length === 0 || arrived.some((s) => !s.receipt)) return;
    const receipts = await this.repo.receiptsOf(tx, order.id);
    const outside = receipts.filter((r) => r.outcome === 'disputed');
    if (outside.length > 0) {
      await this.disputes.openForReceipts(tx, order, outside, auth, now);
      return;
    }
    await this.orderService.applyCommand(tx, order, { type: 'accept_receipt' }, 'buyer', auth, now, {
      receiptIds: receipts.map((r) => r.id),
    });
    await this.repo.markAccepted(tx, order.id, now);
  }

  /** Buyer: accept a delivered order as received (whatever its receipts say). */
  async accept(
    auth: RequestAuth,
    orderId: string,
    input: { version?: number },
    now = new Date(),
  ): Promise<OrderReceipts> {
    await this.repo.transaction(async (tx) => {
      const { order, side } = await this.orderService.lockAsParty(tx, auth, orderId, input.version);
      const receipts = await this.repo.receiptsOf(tx, order.id);
      await this.orderService.applyCommand(tx, order, { type: 'accept_receipt' }, side, auth, now, {
        receiptIds: receipts.map((r) => r.id),
      });
      await this.repo.markAccepted(tx, order.id, now);
    });
    return this.overview(auth, orderId);
  }

  /** The receipts, variances and disputes of an order, as one of its sides sees them. */
  async overview(auth: RequestAuth, orderId: string): Promise<OrderReceipts> {
    const db = this.repo.db;
    const order = await this.orders.findVisible(db, orderId, auth.visibleCompanyIds);
    if (!order) throw notFound('Order');
    const side = auth.visibleCompanyIds.includes(order.buyerId) ? 'buyer' : 'seller';
    const [shipments, receipts, disputes, credited] = await Promise.all([
      this.repo.shipmentsOf(db, order.id),
      this.repo.receiptsOf(db, order.id),
      this.repo.disputesOf(db, order.id),
      this.repo.creditedMinor(db, order.id),
    ]);
    const lines = lineFactsOf(order.lines);
    const shipmentNumbers = new Map(receipts.map((r) => [r.id, r.shipment.number]));
    const buyerActs =
      side === 'buyer' && auth.companyId === order.buyerId && auth.permissions.has('order:create');
    const actions: OrderReceipts['allowedActions'] = [];
    if (buyerActs) {
      if (
        RECEIVING_STATES.includes(order.status) &&
        shipments.some((s) => s.status === 'arrived' && !s.receipt)
      ) {
        actions.push('record_receipt');
      }
      if (order.status === 'delivered') actions.push('accept', 'dispute');
    }
    return {
      orderId: order.id,
      orderNumber: order.number,
      side,
      status: order.status,
      version: order.version,
      currency: order.currency,
      totalMinor: order.totalMinor,
      creditedMinor: credited,
      adjustedTotalMinor: order.totalMinor - credited,
      toleranceBps: order.toleranceBps,
      autoAcceptDays: order.autoAcceptDays,
      deliveredAt: order.deliveredAt?.toISOString() ?? null,
      autoAcceptDueAt:
        order.status === 'delivered' && order.deliveredAt
          ? autoAcceptanceDueAt(order.deliveredAt, order.autoAcceptDays).toISOString()
          : null,
      acceptedAt: order.acceptedAt?.toISOString() ?? null,
      shipments: shipments.map((s) => ({
        id: s.id,
        number: s.number,
        status: s.status,
        arrivedAt: s.arrivedAt?.toISOString() ?? null,
        receiptId: s.receipt?.id ?? null,
      })),
      receipts: receipts.map((r) => receiptView(r, lines)),
      disputes: disputes.map((d) => disputeSummary(d, order.number, lines, shipmentNumbers)),
      allowedActions: actions,
    };
  }

  /**
   * The auto-acceptance sweep (DESIGN.md §8): every delivered order whose period has passed at
   * `now` and that has no unresolved dispute is accepted by the system, one transaction per
   * order (locked, re-checked: an order accepted or disputed meanwhile is skipped), so a
   * second run changes nothing and one bad order does not stop the others.
   */
  async autoAcceptDue(now = new Date(), batchSize = 100): Promise<AutoAcceptanceRun> {
    const run: AutoAcceptanceRun = { accepted: 0, skipped: 0, failed: 0 };
    let after: { deliveredAt: Date; id: string } | null = null;
    for (;;) {
      const due = await this.repo.dueForAutoAcceptance(this.repo.db, now, batchSize, after);
      for (const candidate of due) {
        try {
          if (await this.autoAcceptOne(candidate.id, now)) run.accepted++;
          else run.skipped++;
        } catch (e) {
          run.failed++;
          this.logger.warn(`auto-acceptance of order ${candidate.id} failed: ${(e as Error).message}`);
        }
      }
      const last = due[due.length - 1];
      if (due.length < batchSize || !last) return run;
      after = last;
    }
  }

  private async autoAcceptOne(orderId: string, now: Date): Promise<boolean> {
    return this.repo.transaction(async (tx) => {
      const order = await this.orders.lockOrderById(tx, orderId);
      if (!order || order.status !== 'delivered' || !order.deliveredAt) return false;
      if (!isDueForAutoAcceptance(order.deliveredAt, now, order.autoAcceptDays)) return false;
      if ((await this.repo.unresolvedDisputeCount(tx, order.id)) > 0) return false;
      const dueAt = autoAcceptanceDueAt(order.deliveredAt, order.autoAcceptDays).toISOString();
      await this.orderService.applyCommand(tx, order, { type: 'auto_accept' }, 'system', null, now, {
        dueAt,
        autoAcceptDays: order.autoAcceptDays,
      });
      await this.repo.markAccepted(tx, order.id, now);
      // The transition tells the seller; the buyer hears of it too (its period ran out).
      await mailOrderParties(
        this.orders,
        tx,
        order,
        ['buyer'],
        { zh: '订单已自动验收', en: 'Order accepted automatically' },
        [`到期 Due: ${dueAt}`],
      );
      return true;
    });
  }
}

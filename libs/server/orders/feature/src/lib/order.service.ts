import { Injectable, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  ApprovalGateway,
  type ApprovalEscalation,
  AuditService,
  IdempotencyService,
  Prisma,
  type RequestAuth,
  requestFingerprint,
  companyNames,
  departmentOfMembership,
  legalNames,
  queueMail,
  recordActivity,
  userEmail,
} from '@tradeway/server/platform';
import {
  chinaDayStart,
  ORDER_TOTAL_CAP,
  OrderRepository,
  type OrderWithLines,
  type QuoteForOrder,
} from '@tradeway/server/orders/data-access';
import {
  allocateStock,
  allowedCommands,
  formatQuantity,
  type OrderActor,
  type OrderCommand,
  type OrderSnapshot,
  type OrderState,
  type OrderTransition,
  type StockAllocation,
  storedQuantity,
  submitOrder,
  transition,
} from '@tradeway/server/orders/domain';
import {
  type DeliveryRequest,
  DeliveryRequestSchema,
  type ListOrdersQuery,
  type Order,
  type OrderCommand as ContractCommand,
  type OrderPage,
  OrderSchema,
  type OrderSide,
  type PaymentTerm,
  PaymentTermSchema,
  type PlaceOrderInput,
} from '@tradeway/shared/contracts';
import { forbidden, notFound, orderErrorToOrpc, orderRefusal, unprocessable } from './order-errors';

type Tx = Prisma.TransactionClient;
type Db = Tx | OrderRepository['db'];

/** Where an order placed by `placeFrom` came from: a past order (reorder), maybe by a schedule. */
export interface PlacementOrigin {
  source: 'reorder';
  /** The past order. */
  sourceId: string;
  /** The repeat order that placed it (automatic channel), if any. */
  repeatOrderId: string | null;
}

/** "Today" for a seller's scheduled date is China's (DESIGN.md §14: the server clock, China time). */
export const ORDER_TIME_ZONE = 'Asia/Shanghai';

/** Payment term days for the approval policies' `minPaymentTermDays` condition. */
const PAYMENT_TERM_DAYS: Record<PaymentTerm, number> = {
  prepayment: 0,
  cash: 0,
  net30: 30,
  net60: 60,
  net90: 90,
};

/** What an order needs from the stored quote's request and result (pricing's JSON). */
interface StoredQuoteRequest {
  paymentTerm?: string;
  delivery?: unknown;
}
interface StoredQuoteResult {
  taxRateBps?: number;
  lines?: Array<{ kind: string; amountMinor: string }>;
}

/** How each transition is told to the other side: a mail to its owners (subject zh / en). */
const NOTICES: Partial<Record<OrderTransition['event'] | 'order.placed', { zh: string; en: string }>> = {
  'order.placed': { zh: '新订单', en: 'New order' },
  'order.approved': { zh: '新订单', en: 'New order' },
  'order.confirmed': { zh: '订单已确认', en: 'Order confirmed' },
  'order.rejected': { zh: '订单被拒绝', en: 'Order rejected' },
  'order.cancelled': { zh: '订单已取消', en: 'Order cancelled' },
  'order.fulfilment_started': { zh: '订单已发货', en: 'Order shipped' },
  'order.shipment_added': { zh: '订单新发货', en: 'New shipment' },
  'order.delivered': { zh: '订单已送达', en: 'Order delivered' },
  'order.accepted': { zh: '订单已验收', en: 'Order accepted' },
  'order.auto_accepted': { zh: '订单已自动验收', en: 'Order accepted automatically' },
  'order.disputed': { zh: '订单争议', en: 'Order disputed' },
  'order.dispute_resolved': { zh: '订单争议已解决', en: 'Order dispute resolved' },
};

const json = (value: unknown): Prisma.InputJsonObject =>
  JSON.parse(
    JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
  ) as Prisma.InputJsonObject;

const money = (minor: bigint, currency: string) => {
  const sign = minor < 0n ? '-' : '';
  const abs = minor < 0n ? -minor : minor;
  return `${currency} ${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
};

/** The keyset cursor of the list: the last row's creation time and id, URL-safe. */
export function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`, 'utf8').toString('base64url');
}
export function decodeCursor(cursor: string): { createdAt: Date; id: string } | null {
  const [at, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !at || !id) return null;
  const createdAt = new Date(at);
  if (Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== at) return null;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  return { createdAt, id };
}

/**
 * The order core (DESIGN.md §8, issue 5): placing an order from a stored quote through the
 * buyer's approval policy (§9), the seller's confirmation (stock reserved under row locks) or
 * rejection, cancellation by either side, and the reads of both sides. Every transition goes
 * through the domain's `transition`, checks the order's version, and writes its timeline event,
 * its audit entry and the mail to the other side in the same transaction as the change.
 */
@Injectable()
export class OrderService implements OnModuleInit {
  constructor(
    private readonly repo: OrderRepository,
    private readonly approvals: ApprovalGateway,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  onModuleInit(): void {
    this.approvals.registerSubject('purchase_order', {
      titles: (db, ids) => this.repo.approvalTitles(db, ids),
      onDecided: (tx, subject, outcome, now, comment) =>
        this.onApprovalDecided(tx, subject.id, outcome, now, comment),
    });
  }

  // ---- placing ------------------------------------------------------------------------------

  /**
   * Places an order from one of my company's stored quotes, with the quote's figures exactly,
   * and submits it to my company's `purchase_order` policy: `pending_approval`, or `placed` at
   * once when no policy asks. The quote becomes accepted in the same transaction. With an
   * Idempotency-Key, a repeated request answers the first answer (DESIGN.md §14).
   */
  async place(
    auth: RequestAuth,
    input: PlaceOrderInput,
    idempotencyKey: string | null,
    now = new Date(),
  ): Promise<Order> {
    if (input.channel === 'automatic' && auth.kind !== 'api_key') {
      throw orderRefusal('ORDER_CHANNEL_NOT_ALLOWED', { field: 'channel' });
    }
    const requesterId = await this.requesterOf(auth);
    const fingerprint = requestFingerprint(
      'orders.place',
      auth.userId ? `user:${auth.userId}` : `key:${auth.apiKeyId ?? ''}`,
      input,
    );
    let escalations: ApprovalEscalation[] = [];
    const answer = await this.repo.transaction((tx) =>
      this.idempotency.run(
        tx,
        { scope: auth.companyId, key: idempotencyKey, fingerprint },
        async () => {
          const placed = await this.placeInTransaction(tx, auth, input, requesterId, now);
          escalations = placed.escalations;
          return { status: 201, body: await this.view(tx, auth, placed.orderId) };
        },
        now,
      ),
    );
    if (answer.replayed) return OrderSchema.parse(answer.body);
    await this.approvals.schedule(escalations, now);
    return answer.body;
  }

  /** Who answers for the order in the approval engine: the person, or who issued the API key. */
  private async requesterOf(auth: RequestAuth): Promise<string> {
    const id =
      auth.userId ?? (auth.apiKeyId ? await this.repo.apiKeyIssuer(this.repo.db, auth.apiKeyId) : null);
    if (!id) throw forbidden('Only a person or an API key may place orders', '只有用户或 API 密钥可以下单');
    return id;
  }

  private quoteRefusal(quote: QuoteForOrder, now: Date) {
    if (quote.status === 'accepted') return orderRefusal('QUOTE_ALREADY_ORDERED', { field: 'quoteId' });
    if (quote.validUntil.getTime() <= now.getTime()) {
      return orderRefusal('QUOTE_EXPIRED', {
        field: 'quoteId',
        params: { validUntil: quote.validUntil.toISOString() },
      });
    }
    return null;
  }

  private async placeInTransaction(
    tx: Tx,
    auth: RequestAuth,
    input: PlaceOrderInput,
    requesterId: string,
    now: Date,
    origin: PlacementOrigin | null = null,
  ): Promise<{ orderId: string; escalations: ApprovalEscalation[] }> {
    const quote = await this.repo.lockQuoteForOrder(tx, input.quoteId, auth.companyId);
    if (!quote) throw notFound('Quote', 'quoteId');
    const refusal = this.quoteRefusal(quote, now);
    if (refusal) throw refusal;
    const request = quote.request as StoredQuoteRequest;
    const result = quote.result as StoredQuoteResult;
    const paymentTerm = PaymentTermSchema.parse(request.paymentTerm ?? 'cash');
    const delivery = DeliveryRequestSchema.parse(request.delivery);
    if (typeof result.taxRateBps !== 'number') throw new Error(`quote ${quote.number} has no tax rate`);

    const id = randomUUID();
    const number = await this.repo.nextOrderNumber(tx, now);
    const names = await legalNames(tx, [quote.buyerId, quote.sellerId]);
    const departmentId = await departmentOfMembership(tx, auth.membershipId);
    const sellerName = names.get(quote.sellerId) ?? '';
    const submitted = await this.approvals.submit(
      tx,
      {
        companyId: auth.companyId,
        subject: {
          type: 'purchase_order',
          id,
          version: 1,
          title: `${number} · ${sellerName} · ${money(quote.totalMinor, quote.currency)}`,
        },
        requesterId,
        amountMinor: quote.totalMinor,
        currency: quote.currency,
        facts: {
          amountMinor: quote.totalMinor,
          categoryIds: [quote.categoryId],
          newSupplier: !(await this.repo.hasOrderedFrom(tx, quote.buyerId, quote.sellerId)),
          discountBps: null,
          paymentTermDays: PAYMENT_TERM_DAYS[paymentTerm],
          departmentId,
          overSpendingLimit: await this.approvals.overSpendingLimit(
            tx,
            auth.companyId,
            requesterId,
            departmentId,
            quote.totalMinor,
            now,
          ),
        },
      },
      auth,
      now,
    );
    // A buyer may always submit; `approved` at once means no policy asked for approval.
    const opening = submitOrder({ requiresApproval: submitted.status !== 'approved' }, 'buyer', now);
    if (!opening.ok) throw orderErrorToOrpc(opening.error);
    const state = opening.value.state;

    const description =
      quote.productNameZh === quote.productNameEn
        ? quote.productNameZh
        : `${quote.productNameZh} / ${quote.productNameEn}`;
    const order = await this.repo.createOrder(tx, {
      id,
      number,
      buyerId: quote.buyerId,
      sellerId: quote.sellerId,
      source: origin?.source ?? 'catalog_quote',
      sourceId: origin?.sourceId ?? quote.id,
      repeatOrderId: origin?.repeatOrderId ?? null,
      channel: input.channel,
      status: state,
      currency: quote.currency,
      paymentTerm,
      delivery: json(delivery),
      netMinor: quote.netMinor,
      taxMinor: quote.taxMinor,
      totalMinor: quote.totalMinor,
      buyerReference: input.buyerReference,
      note: input.note,
      approvalRequestId: submitted.requestId,
      createdById: auth.userId,
      createdByApiKeyId: auth.apiKeyId,
      departmentId,
      createdAt: now,
      placedAt: state === 'placed' ? now : null,
      lines: {
        create: [
          {
            lineNo: 1,
            skuId: quote.skuId,
            skuCode: quote.skuCode,
            description,
            specCode: quote.specCode,
            grade: quote.grade,
            quantity: quote.quantity,
            unit: quote.unit,
            unitPrice: quote.unitPrice,
            taxRateBps: result.taxRateBps,
            netMinor: quote.netMinor,
            taxMinor: quote.taxMinor,
            totalMinor: quote.totalMinor,
          },
        ],
      },
    });

    if (!(await this.repo.markQuoteOrdered(tx, quote.id, requesterId, now))) {
      throw orderRefusal('QUOTE_ALREADY_ORDERED', { field: 'quoteId' });
    }
    const rebate = result.lines?.find((l) => l.kind === 'rebate');
    if (rebate && BigInt(rebate.amountMinor) < 0n) {
      // The credit shown in the quote is consumed now, once, if still there (decision 0009).
      const consumed = await this.repo.consumeRebate(tx, {
        sellerId: quote.sellerId,
        buyerId: quote.buyerId,
        currency: quote.currency,
        amountMinor: -BigInt(rebate.amountMinor),
        quoteId: quote.id,
        reason: `order ${number} (quote ${quote.number})`,
        createdById: requesterId,
      });
      if (!consumed) throw orderRefusal('QUOTE_REBATE_USED', { field: 'quoteId' });
    }

    await this.repo.addEvent(tx, {
      orderId: id,
      kind: opening.value.event,
      actorCompanyId: quote.buyerId,
      actorUserId: auth.userId,
      data: json({
        to: state,
        channel: input.channel,
        quoteId: quote.id,
        quoteNumber: quote.number,
        approvalRequestId: submitted.requestId,
        ...(origin
          ? { source: origin.source, sourceId: origin.sourceId, repeatOrderId: origin.repeatOrderId }
          : {}),
      }),
      at: now,
    });
    await this.audit.record(
      auth,
      {
        companyId: quote.buyerId,
        action: 'quote.accept',
        subjectType: 'quote',
        subjectId: quote.id,
        before: { status: 'active' },
        after: { status: 'accepted', orderId: id, orderNumber: number },
      },
      tx,
    );
    await this.audit.record(
      auth,
      {
        companyId: quote.buyerId,
        action: 'order.place',
        subjectType: 'order',
        subjectId: id,
        after: {
          number,
          status: state,
          quoteId: quote.id,
          sellerId: quote.sellerId,
          channel: input.channel,
          currency: quote.currency,
          totalMinor: quote.totalMinor,
          approvalRequestId: submitted.requestId,
        },
      },
      tx,
    );
    if (state === 'placed') await this.notify(tx, order, 'order.placed', 'seller', names, {});
    if (auth.userId) await recordActivity(tx, auth.companyId, auth.userId, 'order.place', now);
    return { orderId: id, escalations: submitted.escalations };
  }

  // ---- placing for reorders and repeat orders (integration, decision 0015) ----------------------

  /**
   * Places from a stored quote inside the caller's transaction, recording where the order came
   * from: reorders and scheduled repeat orders quote a past order's lines afresh and place here,
   * so they pass the same quote checks, approval policy, event, audit and mail as `place`. The
   * caller owns the transaction (and its Idempotency-Key) and schedules the returned escalations
   * after commit; it also decides the channel (`automatic` for a schedule), unchecked here.
   */
  async placeFrom(
    tx: Tx,
    auth: RequestAuth,
    input: PlaceOrderInput,
    origin: PlacementOrigin,
    now: Date,
  ): Promise<{ orderId: string; escalations: ApprovalEscalation[] }> {
    const requesterId = await this.requesterOf(auth);
    return this.placeInTransaction(tx, auth, input, requesterId, now, origin);
  }

  /**
   * The approval engine's decision on an order, inside the decision's transaction: approved
   * → placed, rejected → cancelled (`approval_rejected`, the approver's comment as the reason the
   * order shows). An order that is no longer waiting
   * (the buyer cancelled it) or not stored yet (approved at once while being placed) is left
   * alone.
   */
  private async onApprovalDecided(
    tx: Tx,
    orderId: string,
    outcome: 'approved' | 'rejected',
    now: Date,
    comment?: string,
  ) {
    const order = await this.repo.lockOrderById(tx, orderId);
    if (!order || order.status !== 'pending_approval') return;
    const command: OrderCommand =
      outcome === 'approved'
        ? { type: 'approve' }
        : { type: 'reject_approval', ...(comment?.trim() ? { reason: comment.trim().slice(0, 500) } : {}) };
    await this.applyCommand(tx, order, command, 'system', null, now);
  }

  // ---- transitions --------------------------------------------------------------------------

  /** Seller: confirm a placed order with a scheduled date (China time), reserving its stock. */
  async confirm(
    auth: RequestAuth,
    orderId: string,
    input: { scheduledDate: string; version?: number },
    now = new Date(),
  ): Promise<Order> {
    return this.command(
      auth,
      orderId,
      { type: 'confirm', scheduledDate: input.scheduledDate, timeZone: ORDER_TIME_ZONE },
      input.version,
      now,
    );
  }

  /** Seller: refuse a placed order, with a reason. */
  async reject(
    auth: RequestAuth,
    orderId: string,
    input: { reason?: string; version?: number },
    now = new Date(),
  ): Promise<Order> {
    return this.command(auth, orderId, { type: 'reject', reason: input.reason ?? '' }, input.version, now);
  }

  /**
   * Cancel, by the lifecycle's rules: the buyer (order:create) while it waits for approval or
   * is placed; the seller (order:fulfil, with a reason) while placed or confirmed. Reserved
   * stock is released.
   */
  async cancel(
    auth: RequestAuth,
    orderId: string,
    input: { reason?: string; version?: number },
    now = new Date(),
  ): Promise<Order> {
    return this.command(auth, orderId, { type: 'cancel', reason: input.reason ?? null }, input.version, now);
  }

  /** One command of a party to the order, in one transaction, acting in the active company only. */
  private async command(
    auth: RequestAuth,
    orderId: string,
    command: OrderCommand,
    expectedVersion: number | undefined,
    now: Date,
  ): Promise<Order> {
    await this.repo.transaction(async (tx) => {
      const { order, side } = await this.lockAsParty(tx, auth, orderId, expectedVersion);
      await this.applyCommand(tx, order, command, side, auth, now);
    });
    return this.view(this.repo.db, auth, orderId);
  }

  /**
   * Locks an order for a command of the caller's active company as one of its sides: 404 when
   * the company is not party to it (a seller never sees an order still waiting for the buyer's
   * approval), 403 without the side's permission (buyer `order:create`, seller `order:fulfil`),
   * 409 ORDER_VERSION_CONFLICT when `expectedVersion` is stale. Shipments, receipts and
   * disputes lock their order through this too.
   */
  async lockAsParty(
    tx: Tx,
    auth: RequestAuth,
    orderId: string,
    expectedVersion?: number,
  ): Promise<{ order: OrderWithLines; side: OrderSide }> {
    const order = await this.repo.lockOrder(tx, orderId, auth.companyId);
    const side: OrderSide | null = !order
      ? null
      : order.buyerId === auth.companyId
        ? 'buyer'
        : order.placedAt !== null
          ? 'seller'
          : null;
    if (!order || !side) throw notFound('Order');
    const needed = side === 'buyer' ? 'order:create' : 'order:fulfil';
    if (!auth.permissions.has(needed)) {
      throw forbidden(
        `Acting on an order as its ${side} needs the permission ${needed}`,
        `以${side === 'buyer' ? '买方' : '卖方'}身份处理订单需要权限 ${needed}`,
      );
    }
    if (expectedVersion !== undefined && expectedVersion !== order.version) {
      throw orderRefusal('ORDER_VERSION_CONFLICT', {
        field: 'version',
        params: { version: String(order.version) },
      });
    }
    return { order, side };
  }

  /**
   * Applies a command to a locked order through the domain's `transition`, with its effects on
   * stock and approval, the version check, the timeline event, the audit entry and the mail to
   * the other side — all in `tx`. `extraFacts` adds to the event's data (a shipment's id, a
   * dispute's); the applied transition is returned. Shipments, receipts, disputes and the
   * auto-acceptance job move the order through here.
   */
  async applyCommand(
    tx: Tx,
    order: OrderWithLines,
    command: OrderCommand,
    actor: OrderActor,
    auth: RequestAuth | null,
    now: Date,
    extraFacts: Record<string, unknown> = {},
    /** The shipping facts `deliver` is guarded by (shipment-rules.ts `summariseShipping`). */
    shipping: Pick<OrderSnapshot, 'fullyShipped' | 'allShipmentsArrived'> = {},
  ): Promise<OrderTransition> {
    const result = transition(
      {
        state: order.status,
        deliveredAt: order.deliveredAt,
        autoAcceptDays: order.autoAcceptDays,
        ...shipping,
      },
      command,
      actor,
      now,
    );
    if (!result.ok) throw orderErrorToOrpc(result.error);
    const t = result.value;

    let reserved: StockAllocation[] = [];
    let released: Array<{ orderLineId: string; locationId: string; quantity: string }> = [];
    if (t.command === 'confirm') reserved = await this.reserveStock(tx, order, now);
    if (t.to === 'cancelled') {
      released = await this.repo.releaseReservations(tx, order.id, now);
      if (t.from === 'pending_approval' && auth) {
        // The approvers' tasks are withdrawn: nobody decides on a cancelled order.
        await this.approvals.withdrawSubject(
          tx,
          { type: 'purchase_order', id: order.id, version: 1, title: order.number },
          auth,
          now,
        );
      }
    }

    const change = {
      status: t.to,
      ...(t.to === 'placed' ? { placedAt: now } : {}),
      ...(t.command === 'confirm' && t.scheduledDate
        ? { scheduledDate: new Date(`${t.scheduledDate}T00:00:00.000Z`), confirmedAt: now }
        : {}),
      ...(t.command === 'reject' ? { rejectionReason: t.reason } : {}),
      ...(t.to === 'cancelled' ? { cancellation: t.cancellation, cancelReason: t.reason } : {}),
      ...(t.to === 'delivered' ? { deliveredAt: now } : {}),
    };
    if (!(await this.repo.applyTransition(tx, order.id, order.version, change))) {
      throw orderRefusal('ORDER_VERSION_CONFLICT', { params: { version: String(order.version + 1) } });
    }
    const actorCompanyId = actor === 'buyer' ? order.buyerId : actor === 'seller' ? order.sellerId : null;
    const facts = {
      from: t.from,
      to: t.to,
      ...(t.reason ? { reason: t.reason } : {}),
      ...(t.scheduledDate ? { scheduledDate: t.scheduledDate } : {}),
      ...(t.cancellation ? { cancellation: t.cancellation } : {}),
      ...extraFacts,
    };
    await this.repo.addEvent(tx, {
      orderId: order.id,
      kind: t.event,
      actorCompanyId,
      actorUserId: auth?.userId ?? null,
      data: json(facts),
      at: now,
    });
    await this.audit.record(
      auth,
      {
        companyId: actorCompanyId ?? order.buyerId,
        action: `order.${t.command}`,
        subjectType: 'order',
        subjectId: order.id,
        before: { status: t.from, version: order.version },
        after: {
          ...facts,
          version: order.version + 1,
          ...(reserved.length
            ? {
                reserved: reserved.map((r) => ({
                  orderLineId: r.lineId,
                  locationId: r.locationId,
                  quantity: formatQuantity(r.quantity),
                })),
              }
            : {}),
          ...(released.length ? { released } : {}),
        },
      },
      tx,
    );
    // The other side hears of it. The seller never saw an order still waiting for the buyer's
    // approval, so a cancellation or rejection of approval there tells nobody outside (the
    // approval engine mails the requester).
    const sellerSawIt = order.placedAt !== null || t.to === 'placed';
    const to: OrderSide | null = actor === 'seller' ? 'buyer' : sellerSawIt ? 'seller' : null;
    if (to) {
      const names = await legalNames(tx, [order.buyerId, order.sellerId]);
      await this.notify(tx, order, t.event, to, names, facts);
    }
    if (auth?.userId && actorCompanyId) {
      await recordActivity(tx, actorCompanyId, auth.userId, `order.${t.command}`, now);
    }
    return t;
  }

  /** Reserves every line's quantity at the seller's stock positions (locked), or 409 INSUFFICIENT_STOCK. */
  private async reserveStock(tx: Tx, order: OrderWithLines, now: Date): Promise<StockAllocation[]> {
    const lines = order.lines.flatMap((l, index) =>
      l.skuId
        ? [
            {
              lineId: l.id,
              lineNo: l.lineNo,
              index,
              skuId: l.skuId,
              skuCode: l.skuCode,
              unit: l.unit,
              quantity: storedQuantity(l.quantity.toFixed(3), 'order line quantity', { positive: true }),
            },
          ]
        : [],
    );
    if (lines.length === 0) return [];
    const positions = await this.repo.lockStock(tx, order.sellerId, [...new Set(lines.map((l) => l.skuId))]);
    const delivery: DeliveryRequest = DeliveryRequestSchema.parse(order.delivery);
    const allocation = allocateStock(lines, positions, {
      preferredWarehouseId: delivery.mode === 'pickup' ? delivery.warehouseId : null,
    });
    if (!allocation.ok) throw orderErrorToOrpc(allocation.error);
    for (const a of allocation.value) {
      if (!(await this.repo.reserveStock(tx, a.levelId, formatQuantity(a.quantity)))) {
        throw new Error(`stock position ${a.levelId} changed under its lock`);
      }
    }
    await this.repo.addReservations(
      tx,
      allocation.value.map((a) => ({
        orderLineId: a.lineId,
        skuId: a.skuId,
        locationId: a.locationId,
        quantity: formatQuantity(a.quantity),
        createdAt: now,
      })),
    );
    return allocation.value;
  }

  /** A mail to the owners of one side (and, for the buyer, whoever placed the order). */
  /** Tells the seller of a new placed order (awards place theirs outside `place`). */
  async announcePlaced(
    tx: Tx,
    order: Pick<
      OrderWithLines,
      'id' | 'number' | 'buyerId' | 'sellerId' | 'createdById' | 'currency' | 'totalMinor'
    >,
  ): Promise<void> {
    const names = await legalNames(tx, [order.buyerId, order.sellerId]);
    await this.notify(tx, order, 'order.placed', 'seller', names, {});
  }

  private async notify(
    tx: Tx,
    order: Pick<
      OrderWithLines,
      'id' | 'number' | 'buyerId' | 'sellerId' | 'createdById' | 'currency' | 'totalMinor'
    >,
    event: string,
    to: OrderSide,
    names: Map<string, string>,
    facts: { reason?: string; scheduledDate?: string },
  ): Promise<void> {
    const notice = NOTICES[event as keyof typeof NOTICES];
    if (!notice) return;
    const recipients = new Set(
      await this.repo.ownerEmails(tx, to === 'buyer' ? order.buyerId : order.sellerId),
    );
    if (to === 'buyer' && order.createdById) {
      const creator = await userEmail(tx, order.createdById);
      if (creator) recipients.add(creator);
    }
    const counterparty = names.get(to === 'buyer' ? order.sellerId : order.buyerId) ?? '';
    const text = [
      `${order.number} · ${counterparty} · ${money(order.totalMinor, order.currency)}`,
      ...(facts.scheduledDate ? [`计划交货日期 Scheduled date: ${facts.scheduledDate}`] : []),
      ...(facts.reason ? [`原因 Reason: ${facts.reason}`] : []),
      `/orders/${order.id}`,
    ].join('\n');
    await queueMail(tx, [...recipients], {
      subject: `${notice.zh} / ${notice.en}: ${order.number}`,
      text,
    });
  }

  // ---- reading ------------------------------------------------------------------------------

  async get(auth: RequestAuth, orderId: string): Promise<Order> {
    return this.view(this.repo.db, auth, orderId);
  }

  /** The order as the caller's side sees it, or 404 when the caller's companies are not party to it. */
  async view(db: Db, auth: RequestAuth, orderId: string): Promise<Order> {
    const row = await this.repo.findVisible(db, orderId, auth.visibleCompanyIds);
    if (!row) throw notFound('Order');
    const side: OrderSide = auth.visibleCompanyIds.includes(row.buyerId) ? 'buyer' : 'seller';
    const names = await companyNames(db, [row.buyerId, row.sellerId]);
    const reservations = side === 'seller' ? row.lines.flatMap((l) => l.reservations) : [];
    const locations = await this.repo.locations(
      db,
      reservations.map((r) => r.locationId),
    );
    const actorOf = (companyId: string | null) =>
      companyId === null
        ? ('system' as const)
        : companyId === row.buyerId
          ? ('buyer' as const)
          : companyId === row.sellerId
            ? ('seller' as const)
            : ('operator' as const);
    const permitted = auth.permissions.has(side === 'buyer' ? 'order:create' : 'order:fulfil');
    return {
      id: row.id,
      number: row.number,
      side,
      buyerId: row.buyerId,
      buyerName: names.get(row.buyerId)?.name ?? '',
      buyerNameEn: names.get(row.buyerId)?.nameEn ?? null,
      sellerId: row.sellerId,
      sellerName: names.get(row.sellerId)?.name ?? '',
      sellerNameEn: names.get(row.sellerId)?.nameEn ?? null,
      source: row.source,
      sourceId: row.sourceId,
      channel: row.channel,
      status: row.status,
      currency: row.currency,
      paymentTerm: PaymentTermSchema.parse(row.paymentTerm),
      delivery: DeliveryRequestSchema.parse(row.delivery),
      netMinor: row.netMinor,
      taxMinor: row.taxMinor,
      totalMinor: row.totalMinor,
      buyerReference: row.buyerReference,
      note: row.note,
      scheduledDate: row.scheduledDate?.toISOString().slice(0, 10) ?? null,
      rejectionReason: row.rejectionReason,
      cancellation: row.cancellation,
      cancelReason: row.cancelReason,
      approvalRequestId: side === 'buyer' ? row.approvalRequestId : null,
      createdAt: row.createdAt.toISOString(),
      placedAt: row.placedAt?.toISOString() ?? null,
      confirmedAt: row.confirmedAt?.toISOString() ?? null,
      updatedAt: row.updatedAt.toISOString(),
      version: row.version,
      lines: row.lines.map((l) => ({
        id: l.id,
        lineNo: l.lineNo,
        skuId: l.skuId,
        skuCode: l.skuCode,
        description: l.description,
        specCode: l.specCode,
        grade: l.grade,
        quantity: l.quantity.toFixed(3),
        unit: l.unit,
        unitPrice: l.unitPrice.toFixed(4),
        taxRateBps: l.taxRateBps,
        netMinor: l.netMinor,
        taxMinor: l.taxMinor,
        totalMinor: l.totalMinor,
      })),
      reservations: reservations.map((r) => {
        const location = locations.get(r.locationId);
        return {
          id: r.id,
          orderLineId: r.orderLineId,
          locationId: r.locationId,
          locationCode: location?.code ?? '',
          warehouseId: location?.warehouseId ?? r.locationId,
          warehouseName: location?.warehouseName ?? '',
          warehouseNameEn: location?.warehouseNameEn ?? '',
          quantity: r.quantity.toFixed(3),
          createdAt: r.createdAt.toISOString(),
          releasedAt: r.releasedAt?.toISOString() ?? null,
        };
      }),
      events: row.events.map((e) => ({
        id: e.id,
        kind: e.kind,
        actor: actorOf(e.actorCompanyId),
        at: e.at.toISOString(),
        data: (e.data ?? {}) as Record<string, unknown>,
      })),
      allowedCommands: permitted
        ? (allowedCommands(row.status as OrderState, side) as ContractCommand[])
        : [],
    };
  }

  /**
   * A page of my company's orders as buyer or seller (newest first). A seller sees an order
   * once it is placed: one waiting for the buyer's own approval is the buyer's business.
   */
  async list(auth: RequestAuth, query: ListOrdersQuery): Promise<OrderPage> {
    const kinds = query.side ? [] : await this.repo.companyKinds(this.repo.db, auth.companyId);
    const side: OrderSide =
      query.side ?? (kinds.includes('seller') && !kinds.includes('buyer') ? 'seller' : 'buyer');
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    if (after === null) {
      throw unprocessable('cursor', 'Not a cursor of this list', '不是此列表的翻页游标', 'CURSOR_INVALID');
    }
    if (query.createdFrom && query.createdTo && query.createdTo < query.createdFrom) {
      throw unprocessable(
        'createdTo',
        'The last day is before the first day',
        '结束日期早于开始日期',
        'DATE_RANGE_INVALID',
      );
    }
    const { rows, total, more } = await this.repo.listOrders({
      side,
      companyIds: auth.visibleCompanyIds,
      statuses: query.status,
      counterpartyId: query.counterpartyId,
      createdFrom: query.createdFrom ? chinaDayStart(query.createdFrom) : undefined,
      createdBefore: query.createdTo
        ? new Date(chinaDayStart(query.createdTo).getTime() + 86_400_000)
        : undefined,
      search: query.q,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
      after,
      countTotal: true,
    });
    const last = rows[rows.length - 1];
    return {
      items: rows.map((r) => ({
        id: r.id,
        number: r.number,
        side,
        counterpartyId: r.counterpartyId,
        counterpartyName: r.counterpartyName,
        counterpartyNameEn: r.counterpartyNameEn,
        status: r.status as Order['status'],
        totalMinor: r.totalMinor,
        currency: r.currency,
        createdAt: r.createdAt.toISOString(),
        scheduledDate: r.scheduledDate,
        channel: r.channel as Order['channel'],
        buyerReference: r.buyerReference,
      })),
      page: query.cursor ? 1 : query.page,
      pageSize: query.pageSize,
      total: Math.min(total ?? 0, ORDER_TOTAL_CAP),
      totalIsLowerBound: (total ?? 0) > ORDER_TOTAL_CAP,
      nextCursor: more && last ? encodeCursor(last.createdAt, last.id) : null,
    };
  }
}

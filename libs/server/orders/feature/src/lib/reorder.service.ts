import { Injectable } from '@nestjs/common';
import { ORPCError } from '@orpc/server';
import {
  ApprovalGateway,
  type ApprovalEscalation,
  AuditService,
  IdempotencyService,
  type Prisma,
  QuoteGateway,
  type RequestAuth,
  requestFingerprint,
} from '@tradeway/server/platform';
import {
  OrderRepository,
  type PurchaseWithLines,
  RepeatOrderRepository,
} from '@tradeway/server/orders/data-access';
import {
  DeliveryRequestSchema,
  type OrderChannel,
  PaymentTermSchema,
  QuoteUnitSchema,
  type ReorderInput,
  type ReorderResult,
  ReorderResultSchema,
} from '@tradeway/shared/contracts';
import { integrationError } from './integration.errors';
import { forbidden, notFound, orderRefusal } from './order-errors';
import { OrderService, type PlacementOrigin } from './order.service';

type Tx = Prisma.TransactionClient;

/** The idempotency probe's way out when the key has not been used yet. */
class UnusedKey extends Error {}

/** A line of the template quoted afresh: the new quote's id. */
export interface QuotedLine {
  lineNo: number;
  quoteId: string;
}

/** Why a line cannot be quoted today, in both languages (pricing's refusal when there is one). */
function lineRefusal(
  index: number,
  line: PurchaseWithLines['lines'][number],
  cause?: ORPCError<string, unknown>,
) {
  const data = (cause?.data ?? {}) as { messageZh?: string };
  const reasonEn = !line.skuId
    ? 'it is a free specification, not a catalog SKU'
    : cause?.status === 404
      ? 'the SKU is no longer offered to you'
      : (cause?.message ?? 'no price');
  const reasonZh = !line.skuId
    ? '该行为自由规格，不是目录商品'
    : cause?.status === 404
      ? '该商品已不再向您供应'
      : (data.messageZh ?? cause?.message ?? '没有价格');
  return integrationError('REORDER_LINE_NOT_QUOTABLE', {
    field: `lines.${index}`,
    params: { lineNo: String(line.lineNo), skuCode: line.skuCode, reasonEn, reasonZh },
    cause: !line.skuId ? 'FREE_SPECIFICATION' : (cause?.code ?? 'NOT_QUOTABLE'),
  });
}

/** A refusal the caller can act on (4xx), as opposed to a fault of the platform. */
export function isRefusal(e: unknown): e is ORPCError<string, unknown> {
  return e instanceof ORPCError && e.status >= 400 && e.status < 500;
}

/**
 * Reorder (DESIGN.md §8): the lines of one of my company's past orders again, at today's
 * prices. Each SKU line is quoted afresh through pricing's quote engine (`QuoteGateway`: the
 * same stored, immutable quotes as `quotes.create`) with the same quantity, payment term and
 * delivery, then placed through `OrderService.placeFrom` (approval policy, events, audit,
 * mail) with source `reorder` and the past order as source. An order is placed from one
 * quote, so a past order of several lines gives one new order per line, all in one
 * transaction. Scheduled repeat orders run through here too.
 */
@Injectable()
export class ReorderService {
  constructor(
    private readonly orders: OrderService,
    private readonly orderRepo: OrderRepository,
    private readonly repo: RepeatOrderRepository,
    private readonly quotes: QuoteGateway,
    private readonly approvals: ApprovalGateway,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  /** The past order, if my company bought it: 404 otherwise, 403 for its seller. */
  async template(auth: RequestAuth, orderId: string): Promise<PurchaseWithLines> {
    const order = await this.repo.purchase(this.repo.db, auth.companyId, orderId);
    if (order) return order;
    if (await this.repo.isSellerOf(this.repo.db, auth.companyId, orderId)) {
      throw integrationError('REORDER_BUYER_ONLY');
    }
    throw notFound('Order');
  }

  /** Refuses (422 on `lines.<i>`) a template with a line that is not a catalog SKU. */
  assertQuotable(template: PurchaseWithLines): void {
    const free = template.lines.findIndex((l) => !l.skuId);
    const line = template.lines[free];
    if (line) throw lineRefusal(free, line);
  }

  /**
   * Who a quote is made for: the caller, or for an API key the person who issued it (a stored
   * quote names a person; the audit names the key too).
   */
  private async quoteAuth(auth: RequestAuth): Promise<RequestAuth> {
    if (auth.userId) return auth;
    const issuer = auth.apiKeyId ? await this.orderRepo.apiKeyIssuer(this.orderRepo.db, auth.apiKeyId) : null;
    if (!issuer)
      throw forbidden('Only a person or an API key may reorder', '只有用户或 API 密钥可以再次下单');
    return { ...auth, userId: issuer };
  }

  /**
   * Quotes every line afresh at `now`'s prices (each a stored quote, in its own short
   * transaction as pricing makes them). A line that cannot be quoted refuses the whole
   * reorder (422 on `lines.<i>` with pricing's reason); quotes already made stay as unused
   * quotes of the buyer and expire.
   */
  async quoteLines(auth: RequestAuth, template: PurchaseWithLines, now: Date): Promise<QuotedLine[]> {
    this.assertQuotable(template);
    const quoteAuth = await this.quoteAuth(auth);
    const paymentTerm = PaymentTermSchema.parse(template.paymentTerm);
    const delivery = DeliveryRequestSchema.parse(template.delivery);
    const out: QuotedLine[] = [];
    for (const [index, line] of template.lines.entries()) {
      const unit = QuoteUnitSchema.safeParse(line.unit);
      try {
        const quote = await this.quotes.create(
          quoteAuth,
          {
            skuId: line.skuId as string,
            quantity: line.quantity.toFixed(3),
            ...(unit.success ? { unit: unit.data } : {}),
            paymentTerm,
            delivery,
          },
          now,
        );
        if (!quote.id) throw new Error('the quote engine answered a quote without an id');
        out.push({ lineNo: line.lineNo, quoteId: quote.id });
      } catch (e) {
        if (isRefusal(e)) throw lineRefusal(index, line, e);
        throw e;
      }
    }
    return out;
  }

  /**
   * Places one order per quoted line in `tx`, from `template`, with its origin; audits the
   * reorder on the template. The escalations are for the caller to schedule after commit.
   */
  async placeAll(
    tx: Tx,
    auth: RequestAuth,
    template: PurchaseWithLines,
    quoted: readonly QuotedLine[],
    input: { buyerReference: string; note: string; channel: OrderChannel },
    origin: PlacementOrigin,
    now: Date,
  ): Promise<{ orderIds: string[]; escalations: ApprovalEscalation[] }> {
    const orderIds: string[] = [];
    const escalations: ApprovalEscalation[] = [];
    for (const q of quoted) {
      const placed = await this.orders.placeFrom(
        tx,
        auth,
        {
          quoteId: q.quoteId,
          buyerReference: input.buyerReference,
          note: input.note,
          channel: input.channel,
        },
        origin,
        now,
      );
      orderIds.push(placed.orderId);
      escalations.push(...placed.escalations);
    }
    await this.audit.record(
      auth,
      {
        companyId: template.buyerId,
        action: origin.repeatOrderId ? 'order.repeat_run' : 'order.reorder',
        subjectType: 'order',
        subjectId: template.id,
        after: {
          orderIds,
          quoteIds: quoted.map((q) => q.quoteId),
          channel: input.channel,
          repeatOrderId: origin.repeatOrderId,
        },
      },
      tx,
    );
    return { orderIds, escalations };
  }

  /** `POST /api/orders/{orderId}/reorder`, with an optional Idempotency-Key (DESIGN.md §14). */
  async reorder(
    auth: RequestAuth,
    input: ReorderInput,
    idempotencyKey: string | null,
    now = new Date(),
  ): Promise<ReorderResult> {
    if (input.channel === 'automatic' && auth.kind !== 'api_key') {
      throw orderRefusal('ORDER_CHANNEL_NOT_ALLOWED', { field: 'channel' });
    }
    const fingerprint = requestFingerprint(
      'orders.reorder',
      auth.userId ? `user:${auth.userId}` : `key:${auth.apiKeyId ?? ''}`,
      input,
    );
    const template = await this.template(auth, input.orderId);
    // A repeated request with a used key answers from the store without quoting again.
    const replay = idempotencyKey ? await this.replay(auth, idempotencyKey, fingerprint, now) : null;
    if (replay) return replay;
    const quoted = await this.quoteLines(auth, template, now);
    let escalations: ApprovalEscalation[] = [];
    const answer = await this.orderRepo.transaction((tx) =>
      this.idempotency.run(
        tx,
        { scope: auth.companyId, key: idempotencyKey, fingerprint },
        async () => {
          const placed = await this.placeAll(
            tx,
            auth,
            template,
            quoted,
            input,
            { source: 'reorder', sourceId: template.id, repeatOrderId: null },
            now,
          );
          escalations = placed.escalations;
          const orders = [];
          for (const id of placed.orderIds) orders.push(await this.orders.view(tx, auth, id));
          return { status: 201, body: { sourceOrderId: template.id, orders } };
        },
        now,
      ),
    );
    if (answer.replayed) return ReorderResultSchema.parse(answer.body);
    await this.approvals.schedule(escalations, now);
    return answer.body;
  }

  /**
   * The stored answer of a used key (or its 422 for another request), found before any quote
   * is made: a probe that claims nothing (a new key's claim rolls back with the probe).
   */
  private async replay(
    auth: RequestAuth,
    key: string,
    fingerprint: string,
    now: Date,
  ): Promise<ReorderResult | null> {
    try {
      const answer = await this.orderRepo.transaction((tx) =>
        this.idempotency.run(
          tx,
          { scope: auth.companyId, key, fingerprint },
          () => Promise.reject(new UnusedKey()),
          now,
        ),
      );
      return ReorderResultSchema.parse(answer.body);
    } catch (e) {
      if (e instanceof UnusedKey) return null;
      throw e;
    }
  }
}

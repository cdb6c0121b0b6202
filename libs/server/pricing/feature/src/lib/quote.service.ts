import { Injectable, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  ApprovalGateway,
  AuditService,
  auditJson,
  Prisma,
  type QuoteGateway,
  type RequestAuth,
  userIdOf,
} from '@tradeway/server/platform';
import {
  chinaDay,
  type ListScope,
  PricingRepository,
  type QuoteSku,
} from '@tradeway/server/pricing/data-access';
import {
  computeQuote,
  convertQuantity,
  explainForSeller,
  formatDecimal,
  mulDivRoundHalfUp,
  parseDecimal,
  pricingErrorMessage,
  type PricingContext,
  type Quote as EngineQuote,
  type QuoteRequest as EngineRequest,
  type Unit,
} from '@tradeway/server/pricing/domain';
import type {
  Comparison,
  Explanation,
  OfferInput,
  Quote,
  QuoteRequest,
  QuoteStatus,
} from '@tradeway/shared/contracts';
import { conflict, notFound, quoteErrorToOrpc, unprocessable } from './pricing-errors';

type Tx = Prisma.TransactionClient;
type QuoteRow = Prisma.QuoteGetPayload<object>;

const dayStart = (day: string) => new Date(`${day}T00:00:00.000Z`);

interface StoredResult {
  listKind: EngineQuote['listKind'];
  listName: string;
  baseUnitPrice: string;
  taxRateBps: number;
  lines: Array<{ kind: string; amountMinor: string; detail: Record<string, string> }>;
  special: EngineQuote['special'];
  floorPrice: string | null;
  explanation: EngineQuote['explanation'];
}

/** Which of the seller's lists and rules produced a line is the seller's business. */
const SELLER_ONLY_DETAIL = /^(listId|listName|rulesFrom|termsFrom|deliveryFrom|floor.*)$/;
function linesFor<L extends { detail: Record<string, string> }>(
  lines: readonly L[],
  audience: 'buyer' | 'seller',
): L[] {
  if (audience === 'seller') return [...lines];
  return lines.map((l) => ({
    ...l,
    detail: Object.fromEntries(Object.entries(l.detail).filter(([k]) => !SELLER_ONLY_DETAIL.test(k))),
  }));
}

/** The companies of a quote: legal (Chinese) names and English names, where the company gave one. */
interface Names {
  sellerName: string;
  sellerNameEn: string | null;
  buyerId: string;
  buyerName: string;
  buyerNameEn: string | null;
}

/**
 * Quotes (DESIGN.md §4): the engine's answer for a buyer, computed from the rules loaded in
 * the buyer's scope only, stored immutably with its inputs and breakdown; sales quotes with a
 * special price under the floor pass the seller's approval policy before the buyer sees them.
 */
@Injectable()
export class QuoteService implements OnModuleInit, QuoteGateway {
  constructor(
    private readonly repo: PricingRepository,
    private readonly approvals: ApprovalGateway,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.approvals.registerSubject('special_price', {
      titles: async (db, ids) => {
        const rows = await db.quote.findMany({
          where: { id: { in: [...ids] } },
          select: { id: true, number: true, request: true },
        });
        return new Map(
          rows.map((r) => {
            const req = r.request as { quantity: string; unit?: string; specialUnitPrice?: string };
            const asked = req.unit ? `${req.quantity} ${req.unit}` : req.quantity;
            return [r.id, `${r.number} · ${asked} @ ${req.specialUnitPrice ?? ''}`];
          }),
        );
      },
      onDecided: async (tx, subject, outcome) => {
        const row = await tx.quote.findUnique({ where: { id: subject.id } });
        if (!row || row.status !== 'pending_approval') return;
        await tx.quote.update({
          where: { id: row.id },
          data: { status: outcome === 'approved' ? 'active' : 'rejected' },
        });
      },
    });
  }

  // ---- the engine over stored rules ---------------------------------------------------------

  private async skuOr404(skuId: string): Promise<QuoteSku> {
    const sku = await this.repo.quoteSku(skuId);
    if (!sku) throw notFound('SKU');
    return sku;
  }

  private async contextFor(
    sku: QuoteSku,
    buyerId: string,
    scope: 'buyer' | 'seller',
  ): Promise<PricingContext> {
    const gradeId = await this.repo.gradeOf(sku.sellerId, buyerId);
    const listScope: ListScope = scope === 'seller' ? 'all_of_seller' : { buyerId, gradeId };
    const candidates = await this.repo.candidates(sku.sellerId, sku.id, listScope);
    const currency = candidates[0]?.currency ?? 'CNY';
    return {
      sellerId: sku.sellerId,
      buyerId,
      buyerGradeId: gradeId,
      sku: {
        id: sku.id,
        taxRateBps: sku.taxRateBps,
        minOrderQuantity: sku.minOrderQuantity,
        orderIncrement: sku.orderIncrement,
      },
      candidates,
      rebateAvailableMinor: await this.repo.rebateAvailable(sku.sellerId, buyerId, currency),
    };
  }

  private engineRequest(input: QuoteRequest & { specialUnitPrice?: string }, now: Date): EngineRequest {
    const today = chinaDay(now);
    const day = input.date ?? today;
    if (day < today) {
      throw unprocessable(
        'date',
        'The price day cannot be in the past',
        '价格日期不能早于今天',
        'DATE_IN_PAST',
      );
    }
    return {
      quantity: input.quantity,
      paymentTerm: input.paymentTerm,
      delivery: input.delivery,
      date: dayStart(day),
      ...(input.specialUnitPrice !== undefined ? { specialUnitPrice: input.specialUnitPrice } : {}),
    };
  }

  /**
   * The request in the SKU's own unit, the one its prices, minimum and increment are in: a
   * quantity asked in another unit is converted exactly (declared conversions, 1 t = 1 000 kg)
   * or refused with 422 on `unit` or `quantity` before anything is priced or stored.
   */
  private inSkuUnit(request: EngineRequest, unit: Unit | undefined, sku: QuoteSku): EngineRequest {
    if (unit === undefined || unit === sku.unit) return request;
    const converted = convertQuantity(request.quantity, unit, sku.unit, sku.conversions);
    if (!converted.ok) throw quoteErrorToOrpc(converted.error);
    return { ...request, quantity: converted.value };
  }

  private quote(ctx: PricingContext, request: EngineRequest): EngineQuote {
    const result = computeQuote(ctx, request);
    if (!result.ok) throw quoteErrorToOrpc(result.error);
    return result.value;
  }

  /**
   * A buyer's pricing context in two statements run side by side: the SKU, the buyer's name,
   * grade and rebates; and only the lists this buyer may use (decision 0009).
   */
  private async buyerContext(auth: RequestAuth, skuId: string) {
    const [found, candidates] = await Promise.all([
      this.repo.buyerQuoteContext(skuId, auth.companyId),
      this.repo.buyerCandidates(skuId, auth.companyId),
    ]);
    if (!found) throw notFound('SKU');
    if (found.sku.sellerId === auth.companyId) {
      throw unprocessable('skuId', 'This is your own product', '这是本公司自己的商品', 'OWN_PRODUCT');
    }
    const currency = candidates[0]?.currency ?? 'CNY';
    const ctx: PricingContext = {
      sellerId: found.sku.sellerId,
      buyerId: auth.companyId,
      buyerGradeId: found.gradeId,
      sku: {
        id: found.sku.id,
        taxRateBps: found.sku.taxRateBps,
        minOrderQuantity: found.sku.minOrderQuantity,
        orderIncrement: found.sku.orderIncrement,
      },
      candidates,
      rebateAvailableMinor: found.rebateOf(currency),
    };
    const names: Names = {
      sellerName: found.sku.sellerName,
      sellerNameEn: found.sku.sellerNameEn,
      buyerId: auth.companyId,
      buyerName: found.buyerName,
      buyerNameEn: found.buyerNameEn,
    };
    return { sku: found.sku, ctx, names };
  }

  async preview(auth: RequestAuth, input: QuoteRequest, now = new Date()): Promise<Quote> {
    const asked = this.engineRequest(input, now);
    const { sku, ctx, names } = await this.buyerContext(auth, input.skuId);
    const request = this.inSkuUnit(asked, input.unit, sku);
    return this.view(null, sku, this.quote(ctx, request), input, request, names, 'buyer', now);
  }

  /** Stores the quote and its audit entry in one short transaction, and answers from memory. */
  async create(auth: RequestAuth, input: QuoteRequest, now = new Date()): Promise<Quote> {
    const me = userIdOf(auth);
    const asked = this.engineRequest(input, now);
    const { sku, ctx, names } = await this.buyerContext(auth, input.skuId);
    const request = this.inSkuUnit(asked, input.unit, sku);
    const q = this.quote(ctx, request);
    const json = (v: unknown) =>
      JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
    for (let attempt = 1; ; attempt++) {
      const data = this.quoteData({
        sku,
        buyerId: auth.companyId,
        createdById: me,
        origin: 'buyer_request',
        status: 'active',
        q,
        input,
        request,
        note: '',
      });
      const inserted = await this.repo.insertQuoteWithAudit(
        {
          ...data,
          request: json(data.request),
          result: json(data.result),
          quantity: q.quantity,
          unitPrice: q.unitPrice,
          createdAt: now,
        },
        {
          companyId: auth.companyId,
          actorUserId: auth.userId,
          actorApiKeyId: auth.apiKeyId,
          action: 'quote.create',
          after: json({ number: data.number, totalMinor: q.totalMinor, request: input }),
        },
      );
      if (!inserted && attempt < 3) continue;
      if (!inserted) throw new Error('three quote numbers in a row were taken');
      const row = { ...data, createdAt: now, acceptedAt: null, approvalRequestId: null };
      return this.view(row, sku, q, input, request, names, 'buyer', now);
    }
  }

  private async store(tx: Tx, a: Parameters<QuoteService['quoteData']>[0]): Promise<QuoteRow> {
    return tx.quote.create({ data: this.quoteData(a) });
  }

  private quoteData(a: {
    sku: QuoteSku;
    buyerId: string;
    createdById: string;
    origin: 'buyer_request' | 'seller_offer';
    status: 'active' | 'pending_approval';
    q: EngineQuote;
    input: QuoteRequest & { specialUnitPrice?: string };
    request: EngineRequest;
    note: string;
  }) {
    const id = randomUUID();
    const day = a.request.date.toISOString().slice(0, 10);
    const result: StoredResult = {
      listKind: a.q.listKind,
      listName: a.q.explanation.find((e) => e.outcome === 'won')?.listName ?? '',
      baseUnitPrice: a.q.baseUnitPrice,
      taxRateBps: a.sku.taxRateBps,
      lines: a.q.lines.map((l) => ({
        kind: l.kind,
        amountMinor: l.amountMinor.toString(),
        detail: l.detail,
      })),
      special: a.q.special,
      floorPrice: a.q.floorPrice,
      explanation: a.q.explanation,
    };
    return {
      id,
      // 48 random bits: numbers of one day practically never collide; a collision is retried.
      number: `Q-${day.replaceAll('-', '')}-${id.replaceAll('-', '').slice(0, 12).toUpperCase()}`,
      sellerId: a.sku.sellerId,
      buyerId: a.buyerId,
      skuId: a.sku.id,
      origin: a.origin,
      createdById: a.createdById,
      status: a.status,
      priceListId: a.q.listId,
      request: auditJson({ ...a.input, date: day }) as Prisma.InputJsonValue,
      result: auditJson(result) as Prisma.InputJsonValue,
      currency: a.q.currency,
      quantity: a.q.quantity,
      unitPrice: a.q.unitPrice,
      netMinor: a.q.netMinor,
      taxMinor: a.q.taxMinor,
      totalMinor: a.q.totalMinor,
      validUntil: a.q.validUntil,
      note: a.note,
    } satisfies Prisma.QuoteUncheckedCreateInput;
  }

  // ---- reading quotes ------------------------------------------------------------------------

  private derivedStatus(row: Pick<QuoteRow, 'status' | 'validUntil'>, now: Date): QuoteStatus {
    return row.status === 'active' && row.validUntil.getTime() < now.getTime() ? 'expired' : row.status;
  }

  private view(
    row: Pick<
      QuoteRow,
      'id' | 'number' | 'status' | 'validUntil' | 'origin' | 'createdAt' | 'acceptedAt' | 'approvalRequestId'
    > | null,
    sku: QuoteSku,
    q: EngineQuote,
    input: QuoteRequest & { specialUnitPrice?: string },
    request: EngineRequest,
    names: Names,
    audience: 'buyer' | 'seller',
    now = new Date(),
  ): Quote {
    const won = q.explanation.find((e) => e.outcome === 'won');
    return {
      id: row?.id ?? null,
      number: row?.number ?? null,
      status: row ? this.derivedStatus(row, now) : null,
      origin: row?.origin ?? null,
      sellerId: sku.sellerId,
      sellerName: names.sellerName,
      sellerNameEn: names.sellerNameEn,
      buyerId: names.buyerId,
      buyerName: names.buyerName,
      buyerNameEn: names.buyerNameEn,
      skuId: sku.id,
      skuCode: sku.code,
      productNameZh: sku.productNameZh,
      productNameEn: sku.productNameEn,
      unit: sku.unit,
      request: {
        skuId: sku.id,
        quantity: input.quantity,
        ...(input.unit !== undefined ? { unit: input.unit } : {}),
        paymentTerm: input.paymentTerm,
        delivery: input.delivery,
        date: request.date.toISOString().slice(0, 10),
        ...(input.specialUnitPrice !== undefined ? { specialUnitPrice: input.specialUnitPrice } : {}),
      },
      currency: q.currency,
      quantity: q.quantity,
      listKind: q.listKind,
      baseUnitPrice: q.baseUnitPrice,
      unitPrice: q.unitPrice,
      lines: linesFor(q.lines, audience),
      netMinor: q.netMinor,
      taxMinor: q.taxMinor,
      totalMinor: q.totalMinor,
      taxRateBps: sku.taxRateBps,
      validUntil: q.validUntil.toISOString(),
      createdAt: row?.createdAt.toISOString() ?? null,
      acceptedAt: row?.acceptedAt?.toISOString() ?? null,
      listId: audience === 'seller' ? q.listId : null,
      listName: audience === 'seller' ? (won?.listName ?? null) : null,
      special: audience === 'seller' ? q.special : q.special ? { ...q.special, belowFloor: false } : null,
      approvalRequestId: audience === 'seller' ? (row?.approvalRequestId ?? null) : null,
    };
  }

  private async viewRows(rows: QuoteRow[], audience: 'buyer' | 'seller', now = new Date()): Promise<Quote[]> {
    if (rows.length === 0) return [];
    const skuIds = [...new Set(rows.map((r) => r.skuId))];
    const companyIds = [...new Set(rows.flatMap((r) => [r.sellerId, r.buyerId]))];
    const [skus, companies] = await Promise.all([
      this.repo.db.sku.findMany({
        where: { id: { in: skuIds } },
        select: { id: true, code: true, unit: true, product: { select: { nameZh: true, nameEn: true } } },
      }),
      this.repo.db.company.findMany({
        where: { id: { in: companyIds } },
        select: { id: true, name: true, nameEn: true },
      }),
    ]);
    const skuById = new Map(skus.map((s) => [s.id, s]));
    const companyOf = new Map(companies.map((c) => [c.id, c]));
    return rows.map((row) => {
      const sku = skuById.get(row.skuId);
      const result = row.result as unknown as StoredResult;
      const request = row.request as unknown as Quote['request'];
      return {
        id: row.id,
        number: row.number,
        status: this.derivedStatus(row, now),
        origin: row.origin,
        sellerId: row.sellerId,
        sellerName: companyOf.get(row.sellerId)?.name ?? '',
        sellerNameEn: companyOf.get(row.sellerId)?.nameEn ?? null,
        buyerId: row.buyerId,
        buyerName: companyOf.get(row.buyerId)?.name ?? '',
        buyerNameEn: companyOf.get(row.buyerId)?.nameEn ?? null,
        skuId: row.skuId,
        skuCode: sku?.code ?? '',
        productNameZh: sku?.product.nameZh ?? '',
        productNameEn: sku?.product.nameEn ?? '',
        unit: sku?.unit ?? '',
        request,
        currency: row.currency,
        quantity: row.quantity.toFixed(),
        listKind: result.listKind,
        baseUnitPrice: result.baseUnitPrice,
        unitPrice: row.unitPrice.toFixed(4),
        lines: linesFor(
          result.lines.map((l) => ({
            kind: l.kind as Quote['lines'][number]['kind'],
            amountMinor: BigInt(l.amountMinor),
            detail: l.detail,
          })),
          audience,
        ),
        netMinor: row.netMinor,
        taxMinor: row.taxMinor,
        totalMinor: row.totalMinor,
        taxRateBps: result.taxRateBps,
        validUntil: row.validUntil.toISOString(),
        createdAt: row.createdAt.toISOString(),
        acceptedAt: row.acceptedAt?.toISOString() ?? null,
        listId: audience === 'seller' ? row.priceListId : null,
        listName: audience === 'seller' ? result.listName : null,
        special: result.special
          ? audience === 'seller'
            ? result.special
            : { ...result.special, belowFloor: false }
          : null,
        approvalRequestId: audience === 'seller' ? row.approvalRequestId : null,
      };
    });
  }

  private async viewRow(row: QuoteRow, audience: 'buyer' | 'seller'): Promise<Quote> {
    const [view] = await this.viewRows([row], audience);
    if (!view) throw notFound('Quote');
    return view;
  }

  private statusWhere(status: QuoteStatus | undefined, now: Date): Prisma.QuoteWhereInput {
    if (!status) return {};
    if (status === 'expired') return { status: 'active', validUntil: { lt: now } };
    if (status === 'active') return { status: 'active', validUntil: { gte: now } };
    return { status };
  }

  /** What a buyer sees: its companies' quotes, never a special price still waiting or refused. */
  private buyerWhere(auth: RequestAuth): Prisma.QuoteWhereInput {
    return { buyerId: { in: [...auth.visibleCompanyIds] }, status: { in: ['active', 'accepted'] } };
  }

  async list(
    auth: RequestAuth,
    query: { page: number; pageSize: number; status?: QuoteStatus; skuId?: string; sellerId?: string },
    now = new Date(),
  ) {
    const where: Prisma.QuoteWhereInput = {
      AND: [
        this.buyerWhere(auth),
        this.statusWhere(query.status, now),
        query.skuId ? { skuId: query.skuId } : {},
        query.sellerId ? { sellerId: query.sellerId } : {},
      ],
    };
    const [rows, total] = await Promise.all([
      this.repo.db.quote.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.repo.db.quote.count({ where }),
    ]);
    return {
      items: await this.viewRows(rows, 'buyer', now),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(auth: RequestAuth, quoteId: string): Promise<Quote> {
    const row = await this.repo.db.quote.findFirst({ where: { id: quoteId, ...this.buyerWhere(auth) } });
    if (!row) throw notFound('Quote');
    return this.viewRow(row, 'buyer');
  }

  /** Accepting honours the stored figures exactly; an expired quote is refused (DESIGN.md §4). */
  async accept(auth: RequestAuth, quoteId: string, now = new Date()): Promise<Quote> {
    const me = userIdOf(auth);
    const row = await this.repo.transaction(async (tx) => {
      const locked = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT id FROM quotes WHERE id = ${quoteId}::uuid
          AND "buyerId" = ANY(${[...auth.visibleCompanyIds]}::uuid[])
          AND status IN ('active', 'accepted') FOR UPDATE`;
      if (locked.length === 0) throw notFound('Quote');
      const current = await tx.quote.findUniqueOrThrow({ where: { id: quoteId } });
      if (current.status === 'accepted') {
        throw conflict('This quote was already accepted', '该报价已被接受');
      }
      if (current.validUntil.getTime() < now.getTime()) {
        throw unprocessable(
          'quoteId',
          `This quote expired on ${current.validUntil.toISOString()}; ask for a new quote`,
          `该报价已于 ${current.validUntil.toISOString()} 过期，请重新报价`,
          'QUOTE_EXPIRED',
        );
      }
      const result = current.result as unknown as StoredResult;
      const rebate = result.lines.find((l) => l.kind === 'rebate');
      if (rebate) {
        // The credit was shown at quote time; it is consumed now, once, if still there.
        const used = -BigInt(rebate.amountMinor);
        const available = await this.repo.rebateAvailable(
          current.sellerId,
          current.buyerId,
          current.currency,
          tx,
        );
        if (available < used) {
          throw conflict(
            'The rebate credit in this quote has been used meanwhile; ask for a new quote',
            '此报价中的返点已被其他报价使用，请重新报价',
          );
        }
        await tx.rebateEntry.create({
          data: {
            sellerId: current.sellerId,
            buyerId: current.buyerId,
            amountMinor: -used,
            currency: current.currency,
            reason: `quote ${current.number}`,
            quoteId: current.id,
            createdById: me,
          },
        });
      }
      const updated = await tx.quote.update({
        where: { id: quoteId },
        data: { status: 'accepted', acceptedAt: now, acceptedById: me },
      });
      await this.audit.record(
        auth,
        {
          companyId: current.buyerId,
          action: 'quote.accept',
          subjectType: 'quote',
          subjectId: current.id,
          before: { status: current.status },
          after: { status: 'accepted', totalMinor: current.totalMinor },
        },
        tx,
      );
      return updated;
    });
    return this.viewRow(row, 'buyer');
  }

  // ---- seller side ------------------------------------------------------------------------------

  private async sellerSku(auth: RequestAuth, skuId: string): Promise<QuoteSku> {
    const sku = await this.repo.quoteSku(skuId);
    if (!sku || sku.sellerId !== auth.companyId) throw notFound('SKU');
    return sku;
  }

  private async buyerCompany(auth: RequestAuth, buyerId: string) {
    const buyer = await this.repo.db.company.findUnique({
      where: { id: buyerId },
      select: { id: true, name: true, nameEn: true },
    });
    if (!buyer || buyer.id === auth.companyId) throw notFound('Buyer');
    return buyer;
  }

  /** The price debugger: every list of mine, why it won or lost, and the quote it gives. */
  async explain(
    auth: RequestAuth,
    input: QuoteRequest & { buyerId: string; specialUnitPrice?: string },
    now = new Date(),
  ): Promise<Explanation> {
    const sku = await this.sellerSku(auth, input.skuId);
    const buyer = await this.buyerCompany(auth, input.buyerId);
    const request = this.inSkuUnit(this.engineRequest(input, now), input.unit, sku);
    const ctx = await this.contextFor(sku, buyer.id, 'seller');
    const explained = explainForSeller(ctx, request);
    const grade = ctx.buyerGradeId
      ? await this.repo.db.customerGrade.findUnique({
          where: { id: ctx.buyerGradeId },
          select: { nameZh: true, nameEn: true },
        })
      : null;
    const names: Names = {
      sellerName: sku.sellerName,
      sellerNameEn: sku.sellerNameEn,
      buyerId: buyer.id,
      buyerName: buyer.name,
      buyerNameEn: buyer.nameEn,
    };
    return {
      quote: explained.quote.ok
        ? {
            ...this.view(null, sku, explained.quote.value, input, request, names, 'seller'),
            buyerId: buyer.id,
          }
        : null,
      error: explained.quote.ok
        ? null
        : {
            code: explained.quote.error.code,
            field: explained.quote.error.field,
            message: pricingErrorMessage(explained.quote.error.code, 'en', explained.quote.error.params),
            messageZh: pricingErrorMessage(explained.quote.error.code, 'zh-CN', explained.quote.error.params),
          },
      candidates: explained.explanation,
      buyerGradeId: ctx.buyerGradeId,
      buyerGradeNameZh: grade?.nameZh ?? null,
      buyerGradeNameEn: grade?.nameEn ?? null,
    };
  }

  /** A sales quote; a special price under the floor waits for the seller's approval policy. */
  async createOffer(auth: RequestAuth, input: OfferInput, now = new Date()): Promise<Quote> {
    const me = userIdOf(auth);
    const sku = await this.sellerSku(auth, input.skuId);
    const buyer = await this.buyerCompany(auth, input.buyerId);
    const request = this.inSkuUnit(this.engineRequest(input, now), input.unit, sku);
    const ctx = await this.contextFor(sku, buyer.id, 'buyer');
    const q = this.quote(ctx, request);
    const needsApproval = q.special?.belowFloor ?? false;
    const { row, escalations } = await this.repo.transaction(async (tx) => {
      let created = await this.store(tx, {
        sku,
        buyerId: buyer.id,
        createdById: me,
        origin: 'seller_offer',
        status: needsApproval ? 'pending_approval' : 'active',
        q,
        input,
        request,
        note: input.note,
      });
      let escalations: Awaited<ReturnType<ApprovalGateway['submit']>>['escalations'] = [];
      if (needsApproval && q.special) {
        const submitted = await this.approvals.submit(
          tx,
          {
            companyId: auth.companyId,
            subject: { type: 'special_price', id: created.id, version: 1, title: created.number },
            requesterId: me,
            amountMinor: q.totalMinor,
            currency: q.currency,
            facts: {
              amountMinor: q.totalMinor,
              categoryIds: [sku.categoryId],
              newSupplier: false,
              discountBps: q.special.discountBps,
              paymentTermDays: null,
              departmentId: null,
              overSpendingLimit: false,
            },
          },
          auth,
          now,
        );
        escalations = submitted.escalations;
        created = await tx.quote.update({
          where: { id: created.id },
          data: {
            approvalRequestId: submitted.requestId,
            ...(submitted.status === 'approved' ? { status: 'active' } : {}),
          },
        });
      }
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: needsApproval ? 'quote.special_price.submit' : 'quote.offer',
          subjectType: 'quote',
          subjectId: created.id,
          after: {
            number: created.number,
            buyerId: buyer.id,
            totalMinor: q.totalMinor,
            special: q.special,
            status: created.status,
          },
        },
        tx,
      );
      await tx.activityEvent.create({
        data: { companyId: auth.companyId, userId: me, kind: 'quote.sent', at: now },
      });
      return { row: created, escalations };
    });
    await this.approvals.schedule(escalations, now);
    return this.viewRow(row, 'seller');
  }

  async listOffers(
    auth: RequestAuth,
    query: { page: number; pageSize: number; status?: QuoteStatus; special?: boolean; buyerId?: string },
    now = new Date(),
  ) {
    const where: Prisma.QuoteWhereInput = {
      AND: [
        { sellerId: auth.companyId },
        this.statusWhere(query.status, now),
        query.buyerId ? { buyerId: query.buyerId } : {},
        query.special ? { approvalRequestId: { not: null } } : {},
      ],
    };
    const [rows, total] = await Promise.all([
      this.repo.db.quote.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.repo.db.quote.count({ where }),
    ]);
    return {
      items: await this.viewRows(rows, 'seller', now),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async getOffer(auth: RequestAuth, quoteId: string): Promise<Quote> {
    const row = await this.repo.db.quote.findFirst({ where: { id: quoteId, sellerId: auth.companyId } });
    if (!row) throw notFound('Quote');
    return this.viewRow(row, 'seller');
  }

  // ---- comparison -----------------------------------------------------------------------------

  /**
   * The same specification from every seller whose prices this buyer may see, as landed cost
   * at the buyer's place: goods after ladder and terms, plus freight and fees, without VAT
   * (recoverable for a VAT payer). Sellers without a price say why.
   */
  async compare(
    auth: RequestAuth,
    input: {
      skuId: string;
      quantity: string;
      paymentTerm: QuoteRequest['paymentTerm'];
      region: string;
      date?: string;
    },
    now = new Date(),
  ): Promise<Comparison> {
    const sku = await this.skuOr404(input.skuId);
    const peers = sku.specCode
      ? await this.repo.db.sku.findMany({
          where: { specCode: sku.specCode, unit: sku.unit as never, sellerId: { not: auth.companyId } },
          select: { id: true },
          take: 50,
        })
      : [{ id: sku.id }];
    const request: QuoteRequest = {
      skuId: sku.id,
      quantity: input.quantity,
      paymentTerm: input.paymentTerm,
      delivery: { mode: 'delivery', region: input.region },
      ...(input.date ? { date: input.date } : {}),
    };
    const engineRequest = this.engineRequest(request, now);
    const rows: Comparison['rows'] = [];
    const contexts = await Promise.all(
      peers.map((peer) => this.buyerContext(auth, peer.id).catch(() => null)),
    );
    for (const found of contexts) {
      if (!found) continue;
      const { sku: peerSku, ctx } = found;
      // Landed cost compares prices, not credits a buyer happens to hold at one seller.
      const result = computeQuote({ ...ctx, rebateAvailableMinor: 0n }, engineRequest);
      const base = {
        sellerId: peerSku.sellerId,
        sellerName: peerSku.sellerName,
        sellerNameEn: peerSku.sellerNameEn,
        skuId: peerSku.id,
        skuCode: peerSku.code,
        productNameZh: peerSku.productNameZh,
        productNameEn: peerSku.productNameEn,
        cheapest: false,
      };
      if (!result.ok) {
        rows.push({
          ...base,
          landedNetMinor: null,
          landedUnitCost: null,
          totalMinor: null,
          currency: null,
          lines: [],
          unavailable: result.error.code,
        });
        continue;
      }
      const q = result.value;
      rows.push({
        ...base,
        landedNetMinor: q.netMinor,
        landedUnitCost: unitCost(q.netMinor, q.quantity),
        totalMinor: q.totalMinor,
        currency: q.currency,
        lines: linesFor(q.lines, 'buyer'),
        unavailable: null,
      });
    }
    const priced = rows.filter((r) => r.landedNetMinor !== null);
    const best = priced.reduce<bigint | null>(
      (m, r) => (m === null || (r.landedNetMinor as bigint) < m ? (r.landedNetMinor as bigint) : m),
      null,
    );
    for (const r of rows) r.cheapest = best !== null && r.landedNetMinor === best;
    rows.sort((a, b) =>
      a.landedNetMinor === null
        ? 1
        : b.landedNetMinor === null
          ? -1
          : a.landedNetMinor < b.landedNetMinor
            ? -1
            : a.landedNetMinor > b.landedNetMinor
              ? 1
              : a.sellerName.localeCompare(b.sellerName),
    );
    return { specCode: sku.specCode, rows };
  }
}

/** Net minor units ÷ quantity as a unit cost with 4 decimals, half-up (the engine's exact helpers). */
export function unitCost(netMinor: bigint, quantity: string): string {
  const qtyMilli = parseDecimal(quantity, 3);
  if (qtyMilli === null || qtyMilli === 0n) throw new RangeError(`not a quantity: ${quantity}`);
  // fen → 1e-4 of the currency unit is ×100; ÷ (qtyMilli / 1000) is ×1000 ÷ qtyMilli
  return formatDecimal(mulDivRoundHalfUp(netMinor, 100_000n, qtyMilli), 4);
}

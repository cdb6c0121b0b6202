import { Injectable, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { writeWorkbook } from '@tradeway/server/catalog/spreadsheet';
import {
  ApprovalGateway,
  type ApprovalEscalation,
  AuditService,
  OrderPlacementGateway,
  Prisma,
  type RequestAuth,
  companyNames,
  queueMail,
} from '@tradeway/server/platform';
import { RfqRepository, type RfqRow } from '@tradeway/server/rfq/data-access';
import {
  type AwardQuote,
  awardCost,
  bestSplitAward,
  checkAward,
  checkCounterOffer,
  compareQuotes,
  type ComparisonQuote,
  type LandedContext,
  quotesVisibleTo,
  type RfqState,
} from '@tradeway/server/rfq/domain';
import type { PaymentTerm, Rfq, RfqComparison, RfqQuote } from '@tradeway/shared/contracts';
import { invalidField, rfqErrorToOrpc, rfqNotFound, rfqRefusal } from './rfq-errors';
import { quoteView, StoredQuoteLinesSchema } from './rfq-views';
import { rfqRecordSheets } from './rfq-record';
import { RfqService } from './rfq.service';

type Tx = Prisma.TransactionClient;
type Db = Tx | RfqRepository['db'];

/** An allocation as stored with the award: which seller's which version, how much of which item. */
interface StoredAllocation {
  itemNo: number;
  quoteId: string;
  sellerId: string;
  version: number;
  quantity: string;
}

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The buyer's decision (DESIGN.md §5): reading the quotes once they may be read (sealed RFQs
 * only after the deadline), the landed-cost comparison with the best split, counter-offers
 * (negotiation rounds) after the deadline, and the award — full or split by line, with a
 * justification, through the buyer's `rfq_award` policy; approved, it places one purchase order
 * per awarded seller through the order module and tells the sellers that lost.
 */
@Injectable()
export class RfqAwardService implements OnModuleInit {
  constructor(
    private readonly repo: RfqRepository,
    private readonly rfqs: RfqService,
    private readonly approvals: ApprovalGateway,
    private readonly orders: OrderPlacementGateway,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.approvals.registerSubject('rfq_award', {
      titles: async (db, ids) => {
        const rows = await db.rfqAward.findMany({
          where: { id: { in: [...ids] } },
          select: { id: true, rfq: { select: { number: true, title: true } } },
        });
        return new Map(rows.map((r) => [r.id, `${r.rfq.number} · ${r.rfq.title}`]));
      },
      onDecided: (tx, subject, outcome, now) => this.onAwardDecided(tx, subject.id, outcome, now, null),
    });
  }

  // ---- reading quotes -------------------------------------------------------------------------

  /** My RFQ whose quotes I may read now; 403 RFQ_QUOTES_SEALED before a sealed RFQ's deadline. */
  private async readableByBuyer(db: Db, auth: RequestAuth, rfqId: string, now: Date): Promise<RfqRow> {
    const rfq = await this.repo.findRfq(db, rfqId);
    if (!rfq || rfq.buyerId !== auth.companyId) throw rfqNotFound();
    if (!quotesVisibleTo({ sealed: rfq.sealed, deadline: rfq.deadline, state: rfq.status }, 'buyer', now)) {
      throw rfqRefusal('RFQ_QUOTES_SEALED', { params: { deadline: rfq.deadline.toISOString() } });
    }
    return rfq;
  }

  async quotes(auth: RequestAuth, rfqId: string, now = new Date()): Promise<{ items: RfqQuote[] }> {
    await this.readableByBuyer(this.repo.db, auth, rfqId, now);
    const rows = await this.repo.quotesOf(this.repo.db, rfqId);
    const [names, rounds] = await Promise.all([
      companyNames(
        this.repo.db,
        rows.map((r) => r.sellerId),
      ),
      this.repo.roundNumbers(this.repo.db, rfqId),
    ]);
    const roundNos = new Map(rounds.map((r) => [r.id, r.roundNo]));
    return { items: rows.map((r) => quoteView(r, names, roundNos)) };
  }

  private context(rfq: RfqRow): LandedContext {
    return { costOfCapitalBps: rfq.costOfCapitalBps, vatRecoverable: rfq.vatRecoverable };
  }

  private async currentQuotes(db: Db, rfqId: string) {
    const rows = await this.repo.currentQuotes(db, rfqId);
    return rows.map(({ quote, version }) => ({
      quote,
      version,
      // written only through the contract's schema, and immutable since: read as stored (the
      // comparison reads a thousand lines a request; a second validation is measurable there)
      lines: version.lines as unknown as RfqQuote['versions'][number]['lines'],
    }));
  }

  async comparison(
    auth: RequestAuth,
    input: { rfqId: string; priceWeight?: number; deliveryWeight?: number; supplierWeight?: number },
    now = new Date(),
  ): Promise<RfqComparison> {
    const rfq = await this.readableByBuyer(this.repo.db, auth, input.rfqId, now);
    const given = [input.priceWeight, input.deliveryWeight, input.supplierWeight];
    let weights: { price: number; delivery: number; supplier: number } | null = null;
    if (given.some((w) => w !== undefined)) {
      const [price = 0, delivery = 0, supplier = 0] = given;
      if (price + delivery + supplier !== 100) {
        throw invalidField(
          'priceWeight',
          'The price, delivery and supplier weights must add up to 100',
          '价格、交期和供应商评分的权重之和必须为 100',
        );
      }
      weights = { price, delivery, supplier };
    }
    return this.comparisonOf(this.repo.db, rfq, await this.currentQuotes(this.repo.db, rfq.id), weights);
  }

  /** The comparison of `rfq`'s current quotes (read by the caller, inside its transaction if any). */
  private async comparisonOf(
    db: Db,
    rfq: RfqRow,
    current: Awaited<ReturnType<RfqAwardService['currentQuotes']>>,
    weights: { price: number; delivery: number; supplier: number } | null,
  ): Promise<RfqComparison> {
    const names = await companyNames(
      db,
      current.map((c) => c.quote.sellerId),
    );
    const items = rfq.items.map((i) => ({
      itemNo: i.itemNo,
      quantity: i.quantity.toFixed(3),
      requiredDate: day(rfq.deliveryDate),
    }));
    const quotes: ComparisonQuote[] = current.map((c) => ({
      quoteId: c.quote.id,
      sellerId: c.quote.sellerId,
      version: c.version.version,
      paymentTerm: c.version.paymentTerm as PaymentTerm,
      deliveryDate: day(c.version.deliveryDate),
      supplierScore: null,
      lines: c.lines,
    }));
    const ctx = this.context(rfq);
    const table = compareQuotes(items, quotes, { ...ctx, weights });
    const split = bestSplitAward(items, quotes, ctx);
    const byQuote = new Map(current.map((c) => [c.quote.id, c]));
    return {
      rfqId: rfq.id,
      currency: rfq.currency,
      costOfCapitalBps: rfq.costOfCapitalBps,
      vatRecoverable: rfq.vatRecoverable,
      quotes: table.quotes.map((q) => {
        const c = byQuote.get(q.quoteId);
        return {
          quoteId: q.quoteId,
          sellerId: q.sellerId,
          sellerName: names.get(q.sellerId)?.name ?? '',
          sellerNameEn: names.get(q.sellerId)?.nameEn ?? null,
          version: q.version,
          paymentTerm: q.paymentTerm,
          deliveryDate: q.deliveryDate,
          validUntil: c ? c.version.validUntil.toISOString() : '',
          coversAll: q.coversAll,
          totalLandedMinor: q.totalLandedMinor,
          cheapestOverall: q.cheapestOverall,
          score: q.score,
        };
      }),
      items: table.items.map((row) => {
        const item = rfq.items.find((i) => i.itemNo === row.itemNo);
        return {
          itemNo: row.itemNo,
          description: item?.description ?? '',
          quantity: row.quantity,
          unit: item?.unit ?? '',
          offers: row.offers.map((o) => ({
            quoteId: o.quoteId,
            quantity: o.quantity,
            unitPrice: o.unitPrice,
            freightPerUnit: o.freightPerUnit,
            taxRateBps: o.taxRateBps,
            landed: o.landed,
            cheapest: o.cheapest,
          })),
        };
      }),
      bestSplit: {
        allocations: split.allocations.map((a) => ({ ...a })),
        totalLandedMinor: split.totalMinor.toString(),
        uncovered: split.uncovered.map((u) => ({ ...u })),
      },
    };
  }

  // ---- the procurement record ------------------------------------------------------------------

  /** The whole history as an xlsx workbook for the buyer's files (quotes left out while sealed). */
  async record(auth: RequestAuth, rfqId: string, lang: 'zh-CN' | 'en', now = new Date()): Promise<File> {
    const rfq = await this.rfqs.get(auth, rfqId, now);
    if (rfq.side !== 'buyer') throw rfqNotFound();
    const readable = quotesVisibleTo(
      { sealed: rfq.sealed, deadline: new Date(rfq.deadline), state: rfq.status },
      'buyer',
      now,
    );
    const [quotes, rounds, awards] = await Promise.all([
      readable ? this.quotes(auth, rfqId, now).then((q) => q.items) : Promise.resolve(null),
      this.repo.roundsWithTargets(this.repo.db, rfqId),
      this.repo.awardsOf(this.repo.db, rfqId),
    ]);
    const numbers = await this.repo.orderNumbers(
      this.repo.db,
      awards.flatMap((a) => a.orderIds),
    );
    const latest = awards[awards.length - 1];
    const comparison = latest
      ? (latest.comparison as unknown as RfqComparison)
      : readable && rfq.status !== 'draft'
        ? await this.comparison(auth, { rfqId }, now)
        : null;
    const sellerIds = new Set<string>([
      ...rfq.invitations.map((i) => i.sellerId),
      ...rounds.flatMap((r) => r.targets.map((x) => x.sellerId)),
      ...awards.flatMap((a) => (a.allocations as unknown as StoredAllocation[]).map((x) => x.sellerId)),
    ]);
    const names = await companyNames(this.repo.db, [...sellerIds]);
    const content = await writeWorkbook(
      rfqRecordSheets(
        {
          rfq,
          quotes,
          rounds: rounds.flatMap((r) =>
            r.targets.map((x) => ({
              roundNo: r.roundNo,
              sellerId: x.sellerId,
              message: r.message,
              closesAt: r.closesAt.toISOString(),
              targets: (x.targets as Array<{ itemNo: number; targetUnitPrice: string }>) ?? [],
              answeredAt: x.answeredAt?.toISOString() ?? null,
            })),
          ),
          comparison,
          awards: awards.map((a) => ({
            id: a.id,
            status: a.status,
            justification: a.justification,
            createdAt: a.createdAt.toISOString(),
            decidedAt: a.decidedAt?.toISOString() ?? null,
            approvalRequestId: a.approvalRequestId,
            totalLandedMinor: a.totalLandedMinor.toString(),
            totalMinor: a.totalMinor.toString(),
            allocations: a.allocations as unknown as StoredAllocation[],
            orderNumbers: a.orderIds.map((id) => numbers.get(id) ?? id),
          })),
          sellerNames: new Map(
            [...names].map(([id, n]) => [id, lang === 'en' ? (n.nameEn ?? n.name) : n.name]),
          ),
        },
        lang,
      ),
      lang,
    );
    return new File([new Uint8Array(content)], `${rfq.number}.xlsx`, {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  }

  // ---- negotiation rounds ---------------------------------------------------------------------

  async counterOffer(
    auth: RequestAuth,
    input: {
      rfqId: string;
      sellerIds: string[];
      message: string;
      closesAt: string;
      targets: Array<{ itemNo: number; targetUnitPrice: string }>;
    },
    now = new Date(),
  ): Promise<Rfq> {
    await this.repo.transaction(async (tx) => {
      const rfq = await this.rfqs.lockOwn(tx, auth, input.rfqId);
      const quotes = await this.repo.quotesOf(tx, rfq.id);
      const closesAt = new Date(input.closesAt);
      const checked = checkCounterOffer(
        {
          state: rfq.status as RfqState,
          deadline: rfq.deadline,
          awardPending: (await this.repo.pendingAward(tx, rfq.id)) !== null,
          quotes: quotes.map((q) => ({ sellerId: q.sellerId, status: q.status })),
        },
        input.sellerIds,
        { closesAt, now },
      );
      if (!checked.ok) throw rfqErrorToOrpc(checked.error);
      const unknownItem = input.targets.findIndex((t) => !rfq.items.some((i) => i.itemNo === t.itemNo));
      if (unknownItem >= 0) {
        throw rfqRefusal('RFQ_QUOTE_LINE_UNKNOWN', {
          field: `targets.${unknownItem}.itemNo`,
          params: { itemNo: String(input.targets[unknownItem]?.itemNo ?? '') },
        });
      }
      const sellerIds = checked.value;
      const roundNo = await this.repo.createRound(
        tx,
        {
          rfqId: rfq.id,
          message: input.message,
          closesAt,
          createdById: auth.userId ?? rfq.createdById,
          createdAt: now,
        },
        sellerIds.map((sellerId) => ({ sellerId, targets: json(input.targets) as Prisma.InputJsonArray })),
      );
      for (const sellerId of sellerIds) {
        await this.repo.addEvent(tx, {
          rfqId: rfq.id,
          kind: 'round.opened',
          actorCompanyId: rfq.buyerId,
          actorUserId: auth.userId,
          sellerId,
          data: {
            roundNo,
            message: input.message,
            closesAt: closesAt.toISOString(),
            targets: json(input.targets),
          },
          at: now,
        });
      }
      await this.audit.record(
        auth,
        {
          companyId: rfq.buyerId,
          action: 'rfq.counter_offer',
          subjectType: 'rfq',
          subjectId: rfq.id,
          after: { roundNo, sellerIds, closesAt: closesAt.toISOString(), targets: input.targets },
        },
        tx,
      );
      const emails = await this.repo.salesEmails(tx, sellerIds);
      await queueMail(tx, [...emails.values()].flat(), {
        subject: `议价 / Counter-offer: ${rfq.number} ${rfq.title}`,
        text: [input.message, `回复截止 Answer by: ${closesAt.toISOString()}`, `/rfqs/${rfq.id}`].join('\n'),
      });
    });
    return this.rfqs.get(auth, input.rfqId, now);
  }

  // ---- the award ------------------------------------------------------------------------------

  async award(
    auth: RequestAuth,
    input: {
      rfqId: string;
      allocations: Array<{ itemNo: number; quoteId: string; quantity: string }>;
      justification: string;
    },
    now = new Date(),
  ): Promise<Rfq> {
    let escalations: ApprovalEscalation[] = [];
    await this.repo.transaction(async (tx) => {
      const rfq = await this.rfqs.lockOwn(tx, auth, input.rfqId);
      const all = await this.repo.quotesOf(tx, rfq.id);
      const current = await this.currentQuotes(tx, rfq.id);
      const byId = new Map(current.map((c) => [c.quote.id, c]));
      const checked = checkAward(
        {
          state: rfq.status as RfqState,
          items: rfq.items.map((i) => ({ itemNo: i.itemNo, quantity: i.quantity.toFixed(3) })),
          awardPending: (await this.repo.pendingAward(tx, rfq.id)) !== null,
        },
        input,
        all.map((q) => {
          const c = byId.get(q.id);
          const v = q.versions[0];
          return {
            quoteId: q.id,
            status: q.status,
            validUntil: v?.validUntil ?? new Date(0),
            lines: c?.lines ?? StoredQuoteLinesSchema.parse(v?.lines ?? []),
          };
        }),
        now,
      );
      if (!checked.ok) throw rfqErrorToOrpc(checked.error);
      const quotes: AwardQuote[] = current.map((c) => ({
        quoteId: c.quote.id,
        paymentTerm: c.version.paymentTerm as PaymentTerm,
        deliveryDate: day(c.version.deliveryDate),
        lines: c.lines,
      }));
      const ctx = this.context(rfq);
      const cost = awardCost(input.allocations, quotes, ctx);
      const allocations: StoredAllocation[] = input.allocations.map((a) => {
        const c = byId.get(a.quoteId);
        if (!c) throw new Error(`award checked against a quote that is not current: ${a.quoteId}`);
        return { ...a, sellerId: c.quote.sellerId, version: c.version.version };
      });
      const orderTotal = this.orderTotal(allocations, current);
      const id = randomUUID();
      const submitted = await this.approvals.submit(
        tx,
        {
          companyId: rfq.buyerId,
          subject: { type: 'rfq_award', id, version: 1, title: `${rfq.number} · ${rfq.title}` },
          requesterId: auth.userId ?? rfq.createdById,
          amountMinor: orderTotal,
          currency: rfq.currency,
          facts: {
            amountMinor: orderTotal,
            categoryIds: rfq.categoryId ? [rfq.categoryId] : [],
            newSupplier: false,
            discountBps: null,
            paymentTermDays: null,
            departmentId: rfq.departmentId,
            overSpendingLimit: await this.approvals.overSpendingLimit(
              tx,
              rfq.buyerId,
              auth.userId ?? rfq.createdById,
              rfq.departmentId,
              orderTotal,
              now,
            ),
          },
        },
        auth,
        now,
      );
      escalations = submitted.escalations;
      // the snapshot the approvers and the record see: the quotes as read in this transaction
      const comparison = await this.comparisonOf(tx, rfq, current, null);
      await this.repo.createAward(tx, {
        id,
        rfqId: rfq.id,
        status: 'pending_approval',
        justification: input.justification.trim(),
        allocations: json(allocations),
        comparison: json(comparison),
        totalLandedMinor: cost.totalMinor,
        totalMinor: orderTotal,
        approvalRequestId: submitted.requestId,
        createdById: auth.userId ?? rfq.createdById,
        createdAt: now,
      });
      await this.repo.addEvent(tx, {
        rfqId: rfq.id,
        kind: 'award.submitted',
        actorCompanyId: rfq.buyerId,
        actorUserId: auth.userId,
        data: json({
          awardId: id,
          justification: input.justification.trim(),
          allocations,
          totalLandedMinor: cost.totalMinor.toString(),
          approvalRequestId: submitted.requestId,
        }) as Prisma.InputJsonObject,
        at: now,
      });
      await this.audit.record(
        auth,
        {
          companyId: rfq.buyerId,
          action: 'rfq.award',
          subjectType: 'rfq',
          subjectId: rfq.id,
          after: {
            awardId: id,
            allocations,
            totalLandedMinor: cost.totalMinor.toString(),
            totalMinor: orderTotal.toString(),
            approvalRequestId: submitted.requestId,
          },
        },
        tx,
      );
      // No policy asked: approved at once (the hook ran before the award row existed).
      if (submitted.status === 'approved') await this.onAwardDecided(tx, id, 'approved', now, auth);
    });
    await this.approvals.schedule(escalations, now);
    return this.rfqs.get(auth, input.rfqId, now);
  }

  /** What the purchase orders will cost: net + tax per awarded line, at the offered prices. */
  private orderTotal(
    allocations: readonly StoredAllocation[],
    current: Awaited<ReturnType<RfqAwardService['currentQuotes']>>,
  ): bigint {
    const cost = awardCost(
      allocations,
      current.map((c) => ({
        quoteId: c.quote.id,
        paymentTerm: 'cash' as PaymentTerm,
        deliveryDate: day(c.version.deliveryDate),
        lines: c.lines.map((l) => ({ ...l, freightPerUnit: '0' })),
      })),
      { costOfCapitalBps: 0, vatRecoverable: false },
    );
    return cost.goodsMinor + cost.taxMinor;
  }

  /**
   * The approval engine's decision on an award, in the decision's transaction. Approved: one
   * purchase order per awarded seller (its lines at the awarded quantities and offered prices,
   * the seller's payment term, delivered to the RFQ's place), the RFQ awarded, every seller told.
   * Rejected: the award is archived as rejected and the RFQ stays closed for another award.
   * Idempotent: an award already decided is left alone.
   */
  private async onAwardDecided(
    tx: Tx,
    awardId: string,
    outcome: 'approved' | 'rejected',
    now: Date,
    auth: RequestAuth | null,
  ): Promise<void> {
    const award = await this.repo.lockAward(tx, awardId);
    if (!award || award.status !== 'pending_approval') return;
    const rfq = await this.repo.lockRfq(tx, award.rfqId);
    if (!rfq) return;
    if (outcome === 'rejected') {
      await this.repo.decideAward(tx, awardId, { status: 'rejected', decidedAt: now });
      await this.repo.addEvent(tx, {
        rfqId: rfq.id,
        kind: 'award.rejected',
        actorCompanyId: null,
        actorUserId: null,
        data: { awardId },
        at: now,
      });
      await this.audit.record(
        null,
        {
          companyId: rfq.buyerId,
          action: 'rfq.award_rejected',
          subjectType: 'rfq',
          subjectId: rfq.id,
          before: { awardId, status: 'pending_approval' },
          after: { awardId, status: 'rejected' },
        },
        tx,
      );
      return;
    }
    const allocations = award.allocations as unknown as StoredAllocation[];
    const versions = await tx.rfqQuoteVersion.findMany({
      where: { OR: allocations.map((a) => ({ quoteId: a.quoteId, version: a.version })) },
    });
    const versionOf = new Map(versions.map((v) => [`${v.quoteId}/${v.version}`, v]));
    const skuCodes = await this.repo.skuCodes(
      tx,
      rfq.items.map((i) => i.skuId).filter((s): s is string => s !== null),
    );
    const bySeller = new Map<string, StoredAllocation[]>();
    for (const a of allocations) bySeller.set(a.sellerId, [...(bySeller.get(a.sellerId) ?? []), a]);
    const orderIds: string[] = [];
    for (const [sellerId, mine] of bySeller) {
      const first = mine[0];
      const version = first ? versionOf.get(`${first.quoteId}/${first.version}`) : undefined;
      if (!version) throw new Error(`award ${awardId}: quote version missing`);
      const lines = StoredQuoteLinesSchema.parse(version.lines);
      const placed = await this.orders.placeAwarded(
        tx,
        auth,
        {
          source: 'rfq_award',
          sourceId: rfq.id,
          buyerId: rfq.buyerId,
          sellerId,
          currency: rfq.currency,
          paymentTerm: version.paymentTerm as PaymentTerm,
          delivery: { mode: 'delivery', region: rfq.deliveryRegion },
          lines: mine
            .sort((a, b) => a.itemNo - b.itemNo)
            .map((a) => {
              const item = rfq.items.find((i) => i.itemNo === a.itemNo);
              const line = lines.find((l) => l.itemNo === a.itemNo);
              if (!item || !line) throw new Error(`award ${awardId}: item ${a.itemNo} missing`);
              return {
                skuId: item.skuId,
                skuCode: item.skuId ? (skuCodes.get(item.skuId) ?? '') : '',
                description: item.specification
                  ? `${item.description} · ${item.specification}`
                  : item.description,
                quantity: a.quantity,
                unit: item.unit,
                unitPrice: line.unitPrice,
                taxRateBps: line.taxRateBps,
              };
            }),
          createdById: award.createdById,
          departmentId: rfq.departmentId,
          buyerReference: rfq.number,
          note: award.justification,
          approvalRequestId: award.approvalRequestId,
        },
        now,
      );
      orderIds.push(placed.orderId);
    }
    await this.repo.decideAward(tx, awardId, { status: 'approved', decidedAt: now, orderIds });
    await this.rfqs.apply(tx, rfq, { kind: 'award_approved' }, 'system', auth, now);
    await this.repo.addEvent(tx, {
      rfqId: rfq.id,
      kind: 'award.approved',
      actorCompanyId: null,
      actorUserId: null,
      data: { awardId, orderIds, winners: [...bySeller.keys()] },
      at: now,
    });
    await this.tellSellers(tx, rfq, new Set(bySeller.keys()), now);
  }

  /** Every seller that quoted hears the outcome: the winners that an order follows, the others that they lost. */
  private async tellSellers(tx: Tx, rfq: RfqRow, winners: ReadonlySet<string>, now: Date): Promise<void> {
    const quotes = await this.repo.quotesOf(tx, rfq.id);
    const emails = await this.repo.salesEmails(
      tx,
      quotes.map((q) => q.sellerId),
    );
    const subject = (won: boolean) =>
      won
        ? `询价中标 / Awarded: ${rfq.number} ${rfq.title}`
        : `询价未中标 / Not awarded: ${rfq.number} ${rfq.title}`;
    const text = (won: boolean) =>
      [
        `${rfq.number} · ${rfq.title}`,
        won ? '采购订单已生成 The purchase order follows.' : '感谢您的报价 Thank you for your quote.',
        `/rfqs/${rfq.id}`,
      ].join('\n');
    const losers = quotes.filter((q) => !winners.has(q.sellerId)).map((q) => q.sellerId);
    const to = (sellers: readonly string[]) => sellers.flatMap((id) => emails.get(id) ?? []);
    await queueMail(tx, to([...winners]), { subject: subject(true), text: text(true) });
    await queueMail(tx, to(losers), { subject: subject(false), text: text(false) });
    await this.repo.addEvents(
      tx,
      losers.map((sellerId) => ({
        rfqId: rfq.id,
        kind: 'quote.not_awarded',
        actorCompanyId: null,
        actorUserId: null,
        sellerId,
        at: now,
      })),
    );
  }
}

import { Injectable } from '@nestjs/common';
import {
  AuditService,
  Prisma,
  QuoteGateway,
  type RequestAuth,
  companyNames,
  recordActivity,
} from '@tradeway/server/platform';
import {
  formatDecimal,
  mulDivRoundHalfUp,
  parseDecimal,
  PRICE_PLACES,
  QUANTITY_PLACES,
} from '@tradeway/server/pricing/domain';
import { RfqRepository, type RfqRow } from '@tradeway/server/rfq/data-access';
import {
  checkQuote,
  checkQuoteChange,
  checkQuoteContent,
  checkRoundAnswer,
  type RfqState,
} from '@tradeway/server/rfq/domain';
import type { PaymentTerm, RfqQuote, RfqQuoteInput, RfqQuoteSuggestion } from '@tradeway/shared/contracts';
import { rfqErrorToOrpc, rfqNotFound, rfqRefusal } from './rfq-errors';
import { quoteView } from './rfq-views';
import { RfqService } from './rfq.service';

type Tx = Prisma.TransactionClient;

/**
 * A seller's side of an RFQ (DESIGN.md §5): quoting, revising (every version kept, immutable)
 * and withdrawing while the RFQ is open and before its deadline — by the server's clock, even
 * if the close job has not run yet — and answering a counter-offer with a new version while the
 * round is open. A seller reads only its own quote.
 */
@Injectable()
export class RfqQuoteService {
  constructor(
    private readonly repo: RfqRepository,
    private readonly rfqs: RfqService,
    private readonly audit: AuditService,
    private readonly pricing: QuoteGateway,
  ) {}

  /** The RFQ for a seller that may quote it, locked; 404 otherwise (my own RFQ included). */
  private async lockForSeller(tx: Tx, auth: RequestAuth, rfqId: string): Promise<RfqRow> {
    const rfq = await this.repo.lockRfq(tx, rfqId);
    if (!rfq || rfq.buyerId === auth.companyId) throw rfqNotFound();
    if (rfq.status === 'draft' || rfq.status === 'pending_approval') throw rfqNotFound();
    if (!(await this.repo.sellerMayQuote(tx, rfq, auth.companyId))) {
      // Visible but not for me: an RFQ I was not invited to is simply not there.
      throw rfqNotFound();
    }
    return rfq;
  }

  async submit(auth: RequestAuth, input: RfqQuoteInput, now = new Date()): Promise<RfqQuote> {
    await this.repo.transaction(async (tx) => {
      const rfq = await this.lockForSeller(tx, auth, input.rfqId);
      const facts = {
        state: rfq.status as RfqState,
        deadline: rfq.deadline,
        items: rfq.items.map((i) => ({ itemNo: i.itemNo, quantity: i.quantity.toFixed(3) })),
        acceptedPaymentTerms: rfq.acceptedPaymentTerms,
      };
      const quote = {
        lines: input.lines,
        paymentTerm: input.paymentTerm,
        validUntil: new Date(input.validUntil),
      };
      // After the deadline a seller may only answer an open counter-offer addressed to it.
      const rounds =
        rfq.status === 'closed' ? await this.repo.openRoundsFor(tx, rfq.id, auth.companyId, now) : [];
      const existing = await this.repo.findQuote(tx, rfq.id, auth.companyId);
      let roundId: string | null = null;
      if (rounds.length > 0 && existing?.status === 'active') {
        const round = rounds[rounds.length - 1];
        if (!round) throw new Error('unreachable');
        const answer = checkRoundAnswer(
          { closesAt: round.round.closesAt, answeredAt: round.answeredAt },
          now,
          rfq.status as RfqState,
        );
        if (!answer.ok) throw rfqErrorToOrpc(answer.error);
        const content = checkQuoteContent(facts, quote, now);
        if (!content.ok) throw rfqErrorToOrpc(content.error);
        roundId = round.roundId;
      } else {
        const checked = checkQuote(facts, quote, now);
        if (!checked.ok) throw rfqErrorToOrpc(checked.error);
      }
      const saved = await this.repo.saveQuoteVersion(tx, {
        rfqId: rfq.id,
        sellerId: auth.companyId,
        now,
        version: {
          paymentTerm: input.paymentTerm,
          deliveryDate: new Date(`${input.deliveryDate}T00:00:00Z`),
          validUntil: new Date(input.validUntil),
          note: input.note,
          lines: input.lines.map((l) => ({ ...l })),
          roundId,
          createdById: auth.userId ?? rfq.createdById,
          createdAt: now,
        },
      });
      if (roundId)
        await this.repo.answerRounds(
          tx,
          rounds.map((r) => r.roundId),
          auth.companyId,
          now,
        );
      if (saved.first) await this.repo.markQuoted(tx, rfq.id, auth.companyId, now);
      const kind = roundId ? 'quote.round_answered' : saved.first ? 'quote.submitted' : 'quote.revised';
      await this.repo.addEvent(tx, {
        rfqId: rfq.id,
        kind,
        actorCompanyId: auth.companyId,
        actorUserId: auth.userId,
        sellerId: auth.companyId,
        // The buyer's timeline shows that a seller quoted, never what while sealed (no figures here).
        data: { quoteId: saved.quoteId, version: saved.version },
        at: now,
      });
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: `rfq_quote.${saved.first ? 'submit' : 'revise'}`,
          subjectType: 'rfq_quote',
          subjectId: saved.quoteId,
          after: {
            rfqId: rfq.id,
            version: saved.version,
            paymentTerm: input.paymentTerm,
            lines: input.lines.map((l) => ({
              itemNo: l.itemNo,
              quantity: l.quantity,
              unitPrice: l.unitPrice,
            })),
            ...(roundId ? { roundId } : {}),
          },
        },
        tx,
      );
      if (auth.userId) await recordActivity(tx, auth.companyId, auth.userId, 'rfq.quote', now);
    });
    return this.mine(auth, input.rfqId, now).then((q) => {
      if (!q) throw new Error('the quote just saved is missing');
      return q;
    });
  }

  async withdraw(auth: RequestAuth, rfqId: string, now = new Date()): Promise<RfqQuote> {
    await this.repo.transaction(async (tx) => {
      const rfq = await this.lockForSeller(tx, auth, rfqId);
      const quote = await this.repo.findQuote(tx, rfqId, auth.companyId);
      if (!quote) throw rfqNotFound('Quote');
      const checked = checkQuoteChange({ state: rfq.status as RfqState, deadline: rfq.deadline }, now, {
        status: quote.status,
        change: 'withdraw',
      });
      if (!checked.ok) throw rfqErrorToOrpc(checked.error);
      await this.repo.withdrawQuote(tx, quote.id, now);
      await this.repo.addEvent(tx, {
        rfqId,
        kind: 'quote.withdrawn',
        actorCompanyId: auth.companyId,
        actorUserId: auth.userId,
        sellerId: auth.companyId,
        data: { quoteId: quote.id },
        at: now,
      });
      await this.audit.record(
        auth,
        {
          companyId: auth.companyId,
          action: 'rfq_quote.withdraw',
          subjectType: 'rfq_quote',
          subjectId: quote.id,
          before: { status: 'active', version: quote.currentVersion },
          after: { status: 'withdrawn' },
        },
        tx,
      );
    });
    const q = await this.mine(auth, rfqId, now);
    if (!q) throw rfqNotFound('Quote');
    return q;
  }

  /**
   * My answer pre-filled from my own price rules: for each item whose SKU I sell (the same SKU,
   * or mine with the same specification code) the engine's price for this buyer, quantity,
   * payment term and delivery region, converted to the item's unit; freight and shipment fee
   * spread per unit. Items I cannot price say why. Nothing is stored.
   */
  async suggest(
    auth: RequestAuth,
    rfqId: string,
    paymentTerm: PaymentTerm | undefined,
    now = new Date(),
  ): Promise<RfqQuoteSuggestion> {
    const { rfq, side } = await this.rfqs.visible(this.repo.db, auth, rfqId, now);
    if (side !== 'seller') throw rfqRefusal('RFQ_ACTOR_NOT_ALLOWED', { params: { actor: 'buyer' } });
    const accepted = rfq.acceptedPaymentTerms as PaymentTerm[];
    const term: PaymentTerm =
      paymentTerm && accepted.includes(paymentTerm) ? paymentTerm : (accepted[0] ?? 'cash');
    const lines: RfqQuoteSuggestion['lines'] = [];
    for (const item of rfq.items) {
      const quantity = item.quantity.toFixed(3);
      const none = (reason: string, reasonZh: string) => ({
        itemNo: item.itemNo,
        skuId: null,
        quantity,
        unitPrice: null,
        freightPerUnit: null,
        taxRateBps: null,
        reason,
        reasonZh,
      });
      const skuId = item.skuId ? await this.repo.matchingSku(this.repo.db, item.skuId, auth.companyId) : null;
      if (!skuId) {
        lines.push(
          none(
            'No SKU of mine matches this item: enter the price by hand',
            '没有与该项匹配的本公司商品，请手工报价',
          ),
        );
        continue;
      }
      const explained = await this.pricing.explain(
        auth,
        {
          skuId,
          buyerId: rfq.buyerId,
          quantity,
          unit: item.unit as 't' | 'kg' | 'm3' | 'piece' | 'box',
          paymentTerm: term,
          delivery: { mode: 'delivery', region: rfq.deliveryRegion },
        },
        now,
      );
      const q = explained.quote;
      if (!q) {
        lines.push({
          ...none(explained.error?.message ?? 'No price', explained.error?.messageZh ?? '无价格'),
          skuId,
        });
        continue;
      }
      // per item unit: the engine prices in the SKU's unit (it converted the quantity)
      const itemQty = parseDecimal(quantity, QUANTITY_PLACES) ?? 1n;
      const skuQty = parseDecimal(q.quantity, QUANTITY_PLACES) ?? itemQty;
      const unitPrice = parseDecimal(q.unitPrice, PRICE_PLACES) ?? 0n;
      const perItemUnit = mulDivRoundHalfUp(unitPrice, skuQty, itemQty);
      const freightMinor = q.lines
        .filter((l) => l.kind === 'freight' || l.kind === 'shipment_fee')
        .reduce((sum, l) => sum + BigInt(l.amountMinor), 0n);
      // fen (2 places) ÷ quantity (3 places) → 4 places: × 10² × 10³
      const freight = mulDivRoundHalfUp(freightMinor, 100_000n, itemQty);
      lines.push({
        itemNo: item.itemNo,
        skuId,
        quantity,
        unitPrice: formatDecimal(perItemUnit, PRICE_PLACES),
        freightPerUnit: formatDecimal(freight, PRICE_PLACES),
        taxRateBps: q.taxRateBps,
        reason: null,
        reasonZh: null,
      });
    }
    return { paymentTerm: term, lines };
  }

  /** My own quote with every version and the counter-offers still open to me; null before I quote. */
  async mine(auth: RequestAuth, rfqId: string, now = new Date()): Promise<RfqQuote | null> {
    const { side } = await this.rfqs.visible(this.repo.db, auth, rfqId, now);
    if (side !== 'seller') throw rfqRefusal('RFQ_ACTOR_NOT_ALLOWED', { params: { actor: 'buyer' } });
    const row = await this.repo.findQuote(this.repo.db, rfqId, auth.companyId);
    if (!row) return null;
    const [names, rounds, open] = await Promise.all([
      companyNames(this.repo.db, [row.sellerId]),
      this.repo.roundNumbers(this.repo.db, rfqId),
      this.repo.openRoundsFor(this.repo.db, rfqId, auth.companyId, now),
    ]);
    return quoteView(
      row,
      names,
      new Map(rounds.map((r) => [r.id, r.roundNo])),
      open.map((t) => ({
        roundNo: t.round.roundNo,
        message: t.round.message,
        closesAt: t.round.closesAt.toISOString(),
        targets: (t.targets as Array<{ itemNo: number; targetUnitPrice: string }>) ?? [],
      })),
    );
  }
}

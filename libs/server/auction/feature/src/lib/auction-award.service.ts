import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { auctionTransition } from '@tradeway/server/auction/domain';
import { AuctionRepository } from '@tradeway/server/auction/data-access';
import { orderAmounts } from '@tradeway/server/orders/domain';
import {
  ApprovalGateway,
  AuditService,
  notFoundError,
  OrderPlacementGateway,
  queueMail,
  staffEmails,
  type Prisma,
  type RequestAuth,
} from '@tradeway/server/platform';
import { PRICE_PLACES } from '@tradeway/server/pricing/domain';
import type { PaymentTerm } from '@tradeway/shared/contracts';
import { AuctionFeed } from './auction-feed';
import { aliasOf } from './auction-rules-of';
import { auctionErrorToOrpc } from './auction-errors';

type Tx = Prisma.TransactionClient;

/** Without a catalog SKU, an auction's goods carry China's standard VAT rate on goods (13 %). */
export const DEFAULT_AUCTION_TAX_BPS = 1300;

/**
 * The award of a closed auction (DESIGN.md §6): the owner picks a participant with an accepted
 * bid — the best need not win — with a justification; the owner's approval policy decides
 * (`auction_award`); approved, the order is placed at the participant's best price through the
 * order module's port (reverse: the owner buys from the winner; forward: the winner buys from
 * the owner), the auction becomes `awarded`, and every participant hears the outcome. Rejected,
 * the auction stays closed for another award.
 */
@Injectable()
export class AuctionAwardService implements OnModuleInit {
  constructor(
    private readonly repo: AuctionRepository,
    private readonly approvals: ApprovalGateway,
    private readonly orders: OrderPlacementGateway,
    private readonly audit: AuditService,
    private readonly feed: AuctionFeed,
  ) {}

  onModuleInit(): void {
    this.approvals.registerSubject('auction_award', {
      titles: async (db, ids) => {
        const rows = await db.auctionAward.findMany({
          where: { id: { in: [...ids] } },
          select: { id: true, auction: { select: { number: true, title: true } } },
        });
        return new Map(rows.map((r) => [r.id, `${r.auction.number} · ${r.auction.title}`]));
      },
      onDecided: (tx, subject, outcome, now) => this.onAwardDecided(tx, subject.id, outcome, now, null),
      // an award decided in the approvals inbox reaches the live views at once
      afterDecided: async (subject) => {
        const award = await this.repo.findAward(this.repo.db, subject.id);
        if (award) await this.feed.announce(award.auctionId);
      },
    });
  }

  async award(
    auth: RequestAuth,
    input: { auctionId: string; companyId: string; justification: string },
    now = new Date(),
  ): Promise<void> {
    const row = await this.repo.findAuction(this.repo.db, input.auctionId);
    if (!row || row.ownerId !== auth.companyId) throw notFoundError('Auction');
    if (row.status !== 'closed') {
      throw auctionErrorToOrpc({ code: 'AUCTION_TRANSITION_NOT_ALLOWED', params: { state: row.status } });
    }
    const pending = await this.repo.latestAward(this.repo.db, row.id);
    if (pending?.status === 'pending_approval') throw auctionErrorToOrpc({ code: 'AUCTION_AWARD_PENDING' });
    const winner = await this.repo.participant(this.repo.db, row.id, input.companyId);
    if (!winner?.bestPrice) throw auctionErrorToOrpc({ code: 'AUCTION_AWARD_NO_BID', field: 'companyId' });
    const price = winner.bestPrice.toFixed(PRICE_PLACES);
    const tax = (await this.repo.skuTax(this.repo.db, row.skuId))?.taxRateBps ?? DEFAULT_AUCTION_TAX_BPS;
    const amount = orderAmounts([{ unitPrice: price, quantity: row.quantity.toFixed(3), taxRateBps: tax }]);
    const id = randomUUID();
    const requester = auth.userId ?? row.createdById;
    let approvedAtOnce = false;
    const escalations = await this.repo.transaction(async (tx) => {
      const submitted = await this.approvals.submit(
        tx,
        {
          companyId: row.ownerId,
          subject: { type: 'auction_award', id, version: 1, title: `${row.number} · ${row.title}` },
          requesterId: requester,
          amountMinor: amount.totalMinor,
          currency: row.currency,
          facts: {
            amountMinor: amount.totalMinor,
            categoryIds: [],
            newSupplier: false,
            discountBps: null,
            paymentTermDays: null,
            departmentId: row.departmentId,
            // a buyer's spending counts against its limits; a seller's sale does not
            overSpendingLimit:
              row.direction === 'reverse' &&
              (await this.approvals.overSpendingLimit(
                tx,
                row.ownerId,
                requester,
                row.departmentId,
                amount.totalMinor,
                now,
              )),
          },
        },
        auth,
        now,
      );
      await this.repo.createAward(tx, {
        id,
        auctionId: row.id,
        companyId: input.companyId,
        price,
        justification: input.justification.trim(),
        status: 'pending_approval',
        approvalRequestId: submitted.requestId,
        createdById: requester,
        createdAt: now,
      });
      await this.repo.addEvent(tx, {
        auctionId: row.id,
        kind: 'award.submitted',
        actorCompanyId: auth.companyId,
        actorUserId: auth.userId,
        data: { awardId: id, alias: aliasOf(row.direction, winner.aliasNo), price },
        at: now,
      });
      await this.audit.record(
        auth,
        {
          companyId: row.ownerId,
          action: 'auction.award',
          subjectType: 'auction',
          subjectId: row.id,
          after: {
            awardId: id,
            companyId: input.companyId,
            price,
            totalMinor: amount.totalMinor.toString(),
            justification: input.justification.trim(),
            approvalRequestId: submitted.requestId,
          },
        },
        tx,
      );
      // no policy asked: approved at once (the hook ran before the award row existed)
      if (submitted.status === 'approved') {
        await this.onAwardDecided(tx, id, 'approved', now, auth);
        approvedAtOnce = true;
      }
      return submitted.escalations;
    });
    await this.approvals.schedule(escalations, now);
    if (approvedAtOnce) await this.feed.announce(row.id);
  }

  /**
   * The approval engine's decision, in its transaction. Idempotent: an award already decided is
   * left alone.
   */
  async onAwardDecided(
    tx: Tx,
    awardId: string,
    outcome: 'approved' | 'rejected',
    now: Date,
    auth: RequestAuth | null,
  ): Promise<void> {
    const award = await this.repo.findAward(tx, awardId);
    if (!award || award.status !== 'pending_approval') return;
    const row = await this.repo.lockForBids(tx, award.auctionId);
    const auction = await this.repo.findAuction(tx, award.auctionId);
    if (!row || !auction) return;
    if (outcome === 'rejected') {
      await this.repo.decideAward(tx, awardId, { status: 'rejected', decidedAt: now });
      await this.repo.addEvent(tx, {
        auctionId: row.id,
        kind: 'award.rejected',
        actorCompanyId: null,
        actorUserId: null,
        data: { awardId },
        at: now,
      });
      await this.audit.record(
        null,
        {
          companyId: row.ownerId,
          action: 'auction.award_rejected',
          subjectType: 'auction',
          subjectId: row.id,
          before: { awardId, status: 'pending_approval' },
          after: { awardId, status: 'rejected' },
        },
        tx,
      );
      return;
    }
    const t = auctionTransition(
      {
        status: row.status,
        startsAt: row.startsAt,
        currentEnd: row.currentEnd,
        acceptedBids: row.acceptedBids,
        awardPending: true,
      },
      { kind: 'award_approved' },
      'system',
      now,
    );
    if (!t.ok) return;
    const sku = await this.repo.skuTax(tx, auction.skuId);
    const reverse = auction.direction === 'reverse';
    const placed = await this.orders.placeAwarded(
      tx,
      auth,
      {
        source: 'auction_award',
        sourceId: auction.id,
        buyerId: reverse ? auction.ownerId : award.companyId,
        sellerId: reverse ? award.companyId : auction.ownerId,
        currency: auction.currency,
        paymentTerm: auction.paymentTerm as PaymentTerm,
        delivery: { mode: 'delivery', region: auction.deliveryRegion },
        lines: [
          {
            skuId: auction.skuId,
            skuCode: sku?.code ?? '',
            description: auction.title,
            quantity: auction.quantity.toFixed(3),
            unit: auction.unit,
            unitPrice: award.price.toFixed(PRICE_PLACES),
            taxRateBps: sku?.taxRateBps ?? DEFAULT_AUCTION_TAX_BPS,
          },
        ],
        createdById: award.createdById,
        departmentId: auction.departmentId,
        buyerReference: auction.number,
        note: award.justification,
        approvalRequestId: award.approvalRequestId,
      },
      now,
    );
    await this.repo.decideAward(tx, awardId, { status: 'approved', decidedAt: now, orderId: placed.orderId });
    await this.repo.setStatus(tx, row.id, row.status, { status: t.value.to, awardedAt: now });
    await this.repo.addEvent(tx, {
      auctionId: row.id,
      kind: t.value.event,
      actorCompanyId: null,
      actorUserId: null,
      data: { awardId, orderId: placed.orderId, orderNumber: placed.number },
      at: now,
    });
    await this.audit.record(
      null,
      {
        companyId: row.ownerId,
        action: 'auction.award_approved',
        subjectType: 'auction',
        subjectId: row.id,
        before: { status: t.value.from, awardId },
        after: { status: t.value.to, awardId, orderId: placed.orderId },
      },
      tx,
    );
    const participants = await this.repo.participants(tx, row.id);
    const emails = await staffEmails(
      tx,
      participants.map((p) => p.companyId),
    );
    const to = (ids: readonly string[]) => ids.flatMap((id) => emails.get(id) ?? []);
    const others = participants.map((p) => p.companyId).filter((id) => id !== award.companyId);
    const link = `/auctions/${row.id}`;
    await queueMail(tx, to([award.companyId]), {
      subject: `竞价中标 / Awarded: ${auction.number} ${auction.title}`,
      text: [`${auction.number} · ${auction.title}`, `订单 Order ${placed.number}`, link].join('\n'),
    });
    await queueMail(tx, to(others), {
      subject: `竞价未中标 / Not awarded: ${auction.number} ${auction.title}`,
      text: [`${auction.number} · ${auction.title}`, '感谢参与 Thank you for bidding.', link].join('\n'),
    });
  }
}

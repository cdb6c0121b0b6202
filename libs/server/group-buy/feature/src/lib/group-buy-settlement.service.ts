import { Injectable, Logger } from '@nestjs/common';
import { campaignTransition, settlementOf } from '@tradeway/server/group-buy/domain';
import { GroupBuyRepository } from '@tradeway/server/group-buy/data-access';
import {
  AuditService,
  OrderPlacementGateway,
  queueMail,
  staffEmails,
  type Prisma,
} from '@tradeway/server/platform';
import { formatMinor } from '@tradeway/server/pricing/domain';
import type { PaymentTerm } from '@tradeway/shared/contracts';
import { CampaignFeed } from './campaign-feed';
import { ladderOf, priceText, quantityText, storedQuantity } from './campaign-terms-of';

type Tx = Prisma.TransactionClient;

/** Commitments settled per transaction: a worker killed between two keeps what the first did. */
export const SETTLEMENT_BATCH = 50;

export interface SettlementRun {
  readonly campaignId: string;
  readonly outcome: 'not_due' | 'succeeded' | 'failed' | 'nothing';
  readonly orders: number;
  readonly released: number;
}

/**
 * The deadline of a campaign (DESIGN.md §7): at or after it, the campaign goes to `settling`
 * with its outcome fixed (success when the total reached the minimum, at the price of the tier
 * the total reached); then, in batches under the campaign's lock, every commitment becomes one
 * order at that price with its deposit applied — or, failed, has its deposit released; then the
 * campaign is `succeeded` or `failed` and everyone is told. Idempotent and safe to re-run after a
 * crash: a commitment settled is marked in the same transaction as its order, a re-run takes up
 * the rest, and a unique index allows one group-buy order per participant whatever happens.
 */
@Injectable()
export class GroupBuySettlementService {
  private readonly logger = new Logger(GroupBuySettlementService.name);

  constructor(
    private readonly repo: GroupBuyRepository,
    private readonly orders: OrderPlacementGateway,
    private readonly audit: AuditService,
    private readonly feed: CampaignFeed,
  ) {}

  /** Settles every campaign that is due (or was left settling). */
  async sweep(now = new Date()): Promise<SettlementRun[]> {
    const runs: SettlementRun[] = [];
    for (const id of await this.repo.dueForSettlement(this.repo.db, now))
      runs.push(await this.settle(id, now));
    return runs;
  }

  async settle(campaignId: string, now = new Date()): Promise<SettlementRun> {
    const started = await this.repo.transaction(async (tx) => {
      const pool = await this.repo.lockPool(tx, campaignId);
      if (!pool) return false;
      if (pool.status === 'settling') return true;
      const t = campaignTransition(
        { status: pool.status, deadline: pool.deadline },
        { kind: 'settle' },
        'system',
        now,
      );
      if (!t.ok) return false;
      const outcome = settlementOf(
        ladderOf(pool.ladder),
        storedQuantity(pool.minTotal),
        storedQuantity(pool.total),
      );
      await this.repo.setStatus(tx, campaignId, pool.status, {
        status: 'settling',
        succeeded: outcome.succeeded,
        finalPrice: outcome.succeeded ? priceText(outcome.finalPrice) : null,
      });
      await this.repo.addEvent(tx, {
        campaignId,
        kind: t.value.event,
        actorCompanyId: null,
        actorUserId: null,
        data: { total: pool.total, succeeded: outcome.succeeded, finalPrice: priceText(outcome.finalPrice) },
        at: now,
      });
      return true;
    });
    if (!started) return { campaignId, outcome: 'not_due', orders: 0, released: 0 };
    let orders = 0;
    let released = 0;
    for (;;) {
      const step = await this.repo.transaction((tx) => this.settleBatch(tx, campaignId, now));
      orders += step.orders;
      released += step.released;
      if (step.finished !== null) {
        await this.feed.announce(campaignId);
        this.logger.log({ msg: 'campaign settled', campaignId, outcome: step.finished, orders, released });
        return { campaignId, outcome: step.finished, orders, released };
      }
    }
  }

  private async settleBatch(
    tx: Tx,
    campaignId: string,
    now: Date,
  ): Promise<{ orders: number; released: number; finished: 'succeeded' | 'failed' | 'nothing' | null }> {
    const pool = await this.repo.lockPool(tx, campaignId);
    if (!pool || pool.status !== 'settling') return { orders: 0, released: 0, finished: 'nothing' };
    const row = await this.repo.findCampaign(tx, campaignId);
    if (!row) return { orders: 0, released: 0, finished: 'nothing' };
    const succeeded = row.succeeded === true;
    const batch = await this.repo.unsettled(tx, campaignId, SETTLEMENT_BATCH);
    if (batch.length === 0) {
      await this.finish(tx, row, succeeded, now);
      return { orders: 0, released: 0, finished: succeeded ? 'succeeded' : 'failed' };
    }
    const price = row.finalPrice?.toFixed(4) ?? '0';
    const sku = (await this.repo.skus(tx, [row.skuId]))[0];
    const done: Parameters<GroupBuyRepository['settle']>[2][number][] = [];
    for (const c of batch) {
      const quantity = quantityText(storedQuantity(c.quantity.toString()));
      if (!succeeded) {
        done.push({ ...this.base(c, pool.total), status: 'released', orderId: null });
        continue;
      }
      const buyer = await this.repo.company(tx, c.buyerId);
      const placed = await this.orders.placeAwarded(
        tx,
        null,
        {
          source: 'group_buy',
          sourceId: campaignId,
          buyerId: c.buyerId,
          sellerId: row.sellerId,
          currency: row.currency,
          paymentTerm: row.paymentTerm as PaymentTerm,
          delivery: { mode: 'delivery', region: buyer?.regionCode ?? row.regions[0] ?? '' },
          lines: [
            {
              skuId: row.skuId,
              skuCode: sku?.code ?? '',
              description: `${sku?.product.nameZh ?? row.title}（${c.deliveryMonth} 交货）`,
              quantity,
              unit: row.unit,
              unitPrice: price,
              taxRateBps: row.taxRateBps,
            },
          ],
          createdById: c.createdById,
          departmentId: c.departmentId,
          buyerReference: row.number,
          note: `团购 ${row.number}：定金 ¥${formatMinor(c.depositMinor)} 已抵扣 / group buy deposit applied`,
          approvalRequestId: null,
        },
        now,
      );
      done.push({ ...this.base(c, pool.total), status: 'applied', orderId: placed.orderId });
    }
    await this.repo.settle(tx, campaignId, done, now);
    const orders = done.filter((d) => d.orderId !== null).length;
    return { orders, released: done.length - orders, finished: null };
  }

  private base(
    c: { buyerId: string; quantity: { toString(): string }; deliveryMonth: string; depositMinor: bigint },
    total: string,
  ) {
    return {
      buyerId: c.buyerId,
      quantity: c.quantity.toString(),
      deliveryMonth: c.deliveryMonth,
      depositMinor: c.depositMinor,
      total,
    };
  }

  private async finish(
    tx: Tx,
    row: NonNullable<Awaited<ReturnType<GroupBuyRepository['findCampaign']>>>,
    succeeded: boolean,
    now: Date,
  ): Promise<void> {
    const t = campaignTransition(
      { status: 'settling', deadline: row.deadline },
      { kind: 'finish', succeeded },
      'system',
      now,
    );
    if (!t.ok) return;
    await this.repo.setStatus(tx, row.id, 'settling', { status: t.value.to, settledAt: now });
    await this.repo.addEvent(tx, {
      campaignId: row.id,
      kind: t.value.event,
      actorCompanyId: null,
      actorUserId: null,
      data: { total: row.total.toString(), finalPrice: row.finalPrice?.toString() ?? null },
      at: now,
    });
    await this.audit.record(
      null,
      {
        companyId: row.organiserId,
        action: `group_buy.${t.value.to}`,
        subjectType: 'group_buy',
        subjectId: row.id,
        before: { status: 'settling' },
        after: {
          status: t.value.to,
          total: row.total.toString(),
          finalPrice: row.finalPrice?.toString() ?? null,
        },
      },
      tx,
    );
    // everyone hears the outcome: participants, the organiser and the seller
    const participants = (await this.repo.participants(tx, row.id)).map((p) => p.buyerId);
    const emails = await staffEmails(
      tx,
      [...participants, row.organiserId, row.sellerId],
      ['purchaser', 'sales', 'sales_manager'],
    );
    const subject = succeeded
      ? `团购成功 / Group buy succeeded: ${row.number} · ${row.title}`
      : `团购未成团 / Group buy failed: ${row.number} · ${row.title}`;
    const text = succeeded
      ? `成团总量 ${row.total.toString()}，成交单价 ${row.finalPrice?.toString() ?? ''}；订单已生成，定金已抵扣。\n/group-buys/${row.id}`
      : `总量 ${row.total.toString()} 未达到成团最低量 ${row.minTotal.toString()}；定金已全部退还。\n/group-buys/${row.id}`;
    await queueMail(tx, [...emails.values()].flat(), { subject, text });
  }
}

import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { depositFor, type GroupBuyError } from '@tradeway/server/group-buy/domain';
import { GroupBuyRepository } from '@tradeway/server/group-buy/data-access';
import { ApprovalGateway, type RequestAuth } from '@tradeway/server/platform';
import { ladderOf, quantityText, storedQuantity } from './campaign-terms-of';
import { groupBuyErrorToOrpc, refuse } from './group-buy-errors';
import { JoinDesk, type CommitAttempt } from './join-desk';

type CampaignRow = NonNullable<Awaited<ReturnType<GroupBuyRepository['findCampaign']>>>;

/**
 * Group-buy commitments above a limit (DESIGN.md §9): when the buyer company has a
 * `group_buy_commitment` policy, a join or raise becomes a request that its policy decides,
 * worth the commitment at the ladder's first price (the most it can cost). Approved, the request
 * is joined through the join desk — the pool only ever holds approved commitments, and an
 * approval that comes when the campaign is full or past its deadline ends `refused`, with the
 * reason. Reductions and withdrawals need no approval.
 */
@Injectable()
export class CommitmentApprovals implements OnModuleInit {
  private readonly logger = new Logger(CommitmentApprovals.name);

  constructor(
    private readonly repo: GroupBuyRepository,
    private readonly approvals: ApprovalGateway,
    private readonly desk: JoinDesk,
  ) {}

  onModuleInit(): void {
    this.approvals.registerSubject('group_buy_commitment', {
      titles: async (db, ids) => {
        const rows = await db.groupBuyCommitmentRequest.findMany({
          where: { id: { in: [...ids] } },
          select: { id: true, quantity: true, campaignId: true },
        });
        const campaigns = await db.groupBuyCampaign.findMany({
          where: { id: { in: rows.map((r) => r.campaignId) } },
          select: { id: true, number: true, title: true, unit: true },
        });
        const byId = new Map(campaigns.map((c) => [c.id, c]));
        return new Map(
          rows.map((r) => {
            const c = byId.get(r.campaignId);
            return [
              r.id,
              `${c?.number ?? ''} · ${c?.title ?? ''} · ${r.quantity.toString()} ${c?.unit ?? ''}`,
            ];
          }),
        );
      },
      onDecided: async (tx, subject, outcome, now) => {
        await this.repo.setRequest(tx, subject.id, 'pending_approval', {
          status: outcome === 'approved' ? 'approved' : 'rejected',
          decidedAt: now,
        });
      },
      afterDecided: async (subject, outcome) => {
        if (outcome === 'approved') await this.apply(subject.id);
      },
    });
  }

  /**
   * Submits a join or raise to the buyer's policy. Approved at once (the policy's conditions do
   * not match), it is joined now and a refusal is thrown as the join's would be.
   */
  async submit(
    auth: RequestAuth,
    campaign: CampaignRow,
    attempt: { quantity: string; deliveryMonth: string; departmentId: string | null },
    now = new Date(),
  ): Promise<void> {
    if (!auth.userId) throw refuse('CAMPAIGN_ACTOR_NOT_ALLOWED');
    const userId = auth.userId;
    const latest = await this.repo.latestRequest(this.repo.db, campaign.id, auth.companyId);
    if (latest?.status === 'pending_approval' || latest?.status === 'approved')
      throw refuse('JOIN_APPROVAL_PENDING');
    const quantity = storedQuantity(attempt.quantity);
    const amountMinor = depositFor(ladderOf(campaign.ladder), quantity, 10_000);
    const id = randomUUID();
    const { status, escalations } = await this.repo.transaction(async (tx) => {
      const submitted = await this.approvals.submit(
        tx,
        {
          companyId: auth.companyId,
          subject: {
            type: 'group_buy_commitment',
            id,
            version: 1,
            title: `${campaign.number} · ${campaign.title} · ${quantityText(quantity)} ${campaign.unit}`,
          },
          requesterId: userId,
          amountMinor,
          currency: campaign.currency,
          facts: {
            amountMinor,
            categoryIds: [],
            newSupplier: false,
            discountBps: null,
            paymentTermDays: null,
            departmentId: attempt.departmentId,
            overSpendingLimit: await this.approvals.overSpendingLimit(
              tx,
              auth.companyId,
              userId,
              attempt.departmentId,
              amountMinor,
              now,
            ),
          },
        },
        auth,
        now,
      );
      await this.repo.createRequest(tx, {
        id,
        campaignId: campaign.id,
        buyerId: auth.companyId,
        userId,
        departmentId: attempt.departmentId,
        quantity: quantityText(quantity),
        deliveryMonth: attempt.deliveryMonth,
        amountMinor,
        status: submitted.status === 'approved' ? 'approved' : 'pending_approval',
        approvalRequestId: submitted.requestId,
        createdAt: now,
        ...(submitted.status === 'approved' ? { decidedAt: now } : {}),
      });
      return { status: submitted.status, escalations: submitted.escalations };
    });
    await this.approvals.schedule(escalations, now);
    if (status === 'approved') {
      const refusal = await this.apply(id);
      if (refusal) throw groupBuyErrorToOrpc(refusal);
    }
  }

  /**
   * The worker's sweep: approved requests that nobody joined (the API process that decided them
   * stopped before joining) are joined now — or refused with the reason, e.g. past the deadline.
   * Joining an approved request twice is harmless: the desk sets the requested quantity, and the
   * request leaves `approved` only once.
   */
  async applyForgotten(now = new Date(), graceMs = 60_000): Promise<number> {
    const ids = await this.repo.approvedNotApplied(this.repo.db, new Date(now.getTime() - graceMs));
    for (const id of ids) await this.apply(id);
    if (ids.length > 0)
      this.logger.log({ msg: 'approved commitments joined by the sweep', count: ids.length });
    return ids.length;
  }

  /** Joins an approved request through the desk; marks it applied, or refused with the reason. */
  async apply(requestId: string) {
    const request = await this.repo.findRequest(this.repo.db, requestId);
    if (!request || request.status !== 'approved') return null;
    const attempt: CommitAttempt = {
      buyerId: request.buyerId,
      approved: true,
      userId: request.userId,
      departmentId: request.departmentId,
      quantity: storedQuantity(request.quantity.toString()),
      deliveryMonth: request.deliveryMonth,
    };
    const outcome = await this.desk.commit(request.campaignId, attempt);
    if (outcome.kind === 'done') {
      await this.repo.setRequest(this.repo.db, requestId, 'approved', { status: 'applied' });
      return null;
    }
    const error: GroupBuyError = outcome.kind === 'refused' ? outcome.error : { code: 'CAMPAIGN_NOT_FOUND' };
    await this.repo.setRequest(this.repo.db, requestId, 'approved', {
      status: 'refused',
      refusalCode: error.code,
    });
    this.logger.log({ msg: 'approved commitment refused', requestId, code: error.code });
    return error;
  }
}

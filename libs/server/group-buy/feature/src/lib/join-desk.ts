import { Injectable, Logger, Optional } from '@nestjs/common';
import {
  judgeCommitment,
  judgeWithdrawal,
  type CommitDecision,
  type CurrentCommitment,
  type GroupBuyError,
} from '@tradeway/server/group-buy/domain';
import { GroupBuyRepository, type CommitmentWrite } from '@tradeway/server/group-buy/data-access';
import { ApprovalGateway, KeyedBatcher } from '@tradeway/server/platform';
import { CampaignFeed, type CampaignPulse } from './campaign-feed';
import { quantityText, storedQuantity, termsOf } from './campaign-terms-of';

/** A join, change or withdrawal of one buyer company's commitment. */
export interface CommitAttempt {
  readonly buyerId: string;
  readonly userId: string | null;
  readonly departmentId: string | null;
  /** null: withdraw. */
  readonly quantity: bigint | null;
  readonly deliveryMonth: string;
  /** Already approved by the buyer's policy (an approved request being joined). */
  readonly approved?: boolean;
}

export type CommitOutcome =
  | { readonly kind: 'not_found' }
  | { readonly kind: 'refused'; readonly error: GroupBuyError }
  /** A join or raise the buyer's approval policy must decide first (nothing changed). */
  | { readonly kind: 'needs_approval' }
  | {
      readonly kind: 'done';
      readonly decision: CommitDecision;
      readonly at: Date;
      readonly pool: PoolAfter;
      readonly terms: PoolTerms;
    };

/** The pool as the batch that held an attempt left it. */
export interface PoolAfter {
  readonly status: CampaignPulse['status'];
  readonly total: string;
  readonly participants: number;
  readonly version: number;
}

/** The campaign's ladder and totals as the batch read them (an answer's progress is computed from them). */
export interface PoolTerms {
  readonly ladder: unknown;
  readonly minTotal: string;
  readonly maxTotal: string | null;
}

/** At most this many attempts are judged and written in one transaction. */
const MAX_BATCH = 500;

/**
 * Where commitments are judged (DESIGN.md §7), like the auctions' bid desk: per campaign, the
 * attempts that arrive while a transaction runs are judged together in the next one, in arrival
 * order, each by the pure rules against the pool the previous one left. The transaction holds the
 * campaign row's lock, so the total is exact across every API process, and writes the whole batch
 * in one statement guarded by the row's version; a database check refuses any total above the
 * maximum besides. Nothing is answered before the commit.
 */
@Injectable()
export class JoinDesk {
  private readonly logger = new Logger(JoinDesk.name);
  private readonly batcher = new KeyedBatcher<CommitAttempt, CommitOutcome>(
    (campaignId, batch) => this.judge(campaignId, batch),
    MAX_BATCH,
    (campaignId, size, error) =>
      this.logger.error({ msg: 'commitment batch failed', campaignId, size, error: String(error) }),
  );

  constructor(
    private readonly repo: GroupBuyRepository,
    @Optional() private readonly feed?: CampaignFeed,
    @Optional() private readonly approvals?: ApprovalGateway,
  ) {}

  commit(campaignId: string, attempt: CommitAttempt): Promise<CommitOutcome> {
    return this.batcher.submit(campaignId, attempt);
  }

  private async judge(campaignId: string, batch: readonly CommitAttempt[]): Promise<CommitOutcome[]> {
    const buyers = [...new Set(batch.map((a) => a.buyerId))];
    // who the buyers are (kinds, province) and whose joins their approval policy decides: read once
    // a batch, not once a request
    const [companies, gated] = await Promise.all([
      this.repo.companyFacts(this.repo.sql, buyers),
      this.approvals && batch.some((a) => a.quantity !== null && !a.approved)
        ? this.approvals.companiesWithPolicies(buyers, 'group_buy_commitment')
        : new Set<string>(),
    ]);
    const result = await this.repo.joinTransaction(async (tx) => {
      const pool = await this.repo.lockPool(tx, campaignId);
      if (!pool || pool.status === 'draft') {
        return { outcomes: batch.map((): CommitOutcome => ({ kind: 'not_found' })), wrote: null };
      }
      const terms = termsOf(pool);
      const poolTerms: PoolTerms = { ladder: pool.ladder, minTotal: pool.minTotal, maxTotal: pool.maxTotal };
      const current = new Map<string, CurrentCommitment>(
        (await this.repo.commitmentsOf(tx, campaignId, buyers)).map((c) => [
          c.buyerId,
          { quantity: storedQuantity(c.quantity), deliveryMonth: c.deliveryMonth },
        ]),
      );
      let total = storedQuantity(pool.total);
      let participants = pool.participants;
      const writes: CommitmentWrite[] = [];
      const outcomes: CommitOutcome[] = [];
      const done: number[] = [];
      let clock = Date.now();
      for (const attempt of batch) {
        // server time, never earlier than the attempt before it
        clock = Math.max(clock, Date.now());
        const at = new Date(clock);
        const mine = current.get(attempt.buyerId) ?? null;
        const company = companies.get(attempt.buyerId);
        const who = {
          buyerId: attempt.buyerId,
          buyerRegion: company?.regionCode ?? null,
          isBuyer: !!company?.kinds.includes('buyer'),
          at,
        };
        const raise = attempt.quantity !== null && attempt.quantity > (mine?.quantity ?? 0n);
        if (raise && !attempt.approved && gated.has(attempt.buyerId) && pool.status === 'open') {
          outcomes.push({ kind: 'needs_approval' });
          continue;
        }
        const decided =
          attempt.quantity === null
            ? judgeWithdrawal(terms, { status: pool.status, total }, mine, who)
            : judgeCommitment(terms, { status: pool.status, total }, mine, {
                ...who,
                quantity: attempt.quantity,
                deliveryMonth: attempt.deliveryMonth,
              });
        if (!decided.ok) {
          outcomes.push({ kind: 'refused', error: decided.error });
          continue;
        }
        const d = decided.value;
        done.push(outcomes.length);
        outcomes.push({
          kind: 'done',
          decision: d,
          at,
          pool: { status: pool.status, total: '', participants: 0, version: 0 },
          terms: poolTerms,
        });
        if (d.kind === 'unchanged') continue;
        if (d.kind === 'joined') participants++;
        if (d.kind === 'withdrawn') {
          participants--;
          current.delete(attempt.buyerId);
        } else {
          current.set(attempt.buyerId, { quantity: d.quantity, deliveryMonth: d.deliveryMonth });
        }
        total = d.total;
        writes.push({
          buyerId: attempt.buyerId,
          userId: attempt.userId,
          departmentId: attempt.departmentId,
          kind: d.kind,
          quantity: quantityText(d.quantity),
          delta: quantityText(d.delta),
          total: quantityText(d.total),
          deliveryMonth: d.deliveryMonth,
          depositMinor: d.depositMinor,
          at,
        });
      }
      const after: PoolAfter = {
        status: pool.status,
        total: quantityText(total),
        participants,
        version: writes.length === 0 ? pool.version : pool.version + 1,
      };
      for (const i of done) {
        const o = outcomes[i];
        if (o?.kind === 'done') outcomes[i] = { ...o, pool: after };
      }
      if (writes.length === 0) return { outcomes, wrote: null };
      const ok = await this.repo.writeCommitments(tx, campaignId, pool.version, writes, {
        total: after.total,
        participants,
      });
      if (!ok) throw new Error(`campaign ${campaignId} changed under its lock`);
      return { outcomes, wrote: after };
    });
    // committed: tell the watchers (every API process), without holding the next batch up
    if (result.wrote && this.feed) void this.feed.publish({ campaignId, ...result.wrote });
    return result.outcomes;
  }
}

import { Injectable, Logger, Optional } from '@nestjs/common';
import {
  judgeCommitment,
  judgeWithdrawal,
  type CommitDecision,
  type CurrentCommitment,
  type GroupBuyError,
} from '@tradeway/server/group-buy/domain';
import { GroupBuyRepository, type CommitmentWrite } from '@tradeway/server/group-buy/data-access';
import { ApprovalGateway, Contention, KeyedBatcher, type RawSql } from '@tradeway/server/platform';
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

/** At most this many attempts are judged and written in one statement. */
const MAX_BATCH = 500;

/**
 * Where commitments are judged (DESIGN.md §7), like the auctions' bid desk: per campaign, the
 * attempts that arrive while a batch is being written are judged together in the next one, in
 * arrival order, each by the pure rules against the pool the previous one left. A batch reads the
 * pool, the buyers' commitments and who they are in one statement, and writes the whole batch in
 * one statement guarded by the pool's version: if another API process, a cancellation or the
 * settlement changed the pool in between, nothing is written and the batch is judged again on
 * what is there now, this time holding the campaign row's lock so it cannot lose twice. So the
 * total is exact across every process; a database check refuses any total above the maximum
 * besides. Nothing is answered before the write has committed.
 */
@Injectable()
export class JoinDesk {
  private readonly logger = new Logger(JoinDesk.name);
  private readonly contention = new Contention();
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
    // whose joins their approval policy decides: read once a batch, not once a request
    const gated =
      this.approvals && batch.some((a) => a.quantity !== null && !a.approved)
        ? this.approvals.companiesWithPolicies(buyers, 'group_buy_commitment')
        : Promise.resolve(new Set<string>());
    // awaited below; a failure before that must not go unhandled (it would stop the process)
    gated.catch(() => undefined);
    // first without a lock: one read and one guarded write (unless another process writes too);
    // a batch that lost to another writer (another API process, the settlement) is judged again
    // holding the campaign row's lock, so that a busy campaign cannot make it lose again and again
    const judged = await this.contention.attempt(
      campaignId,
      () => this.judgeOnce(this.repo.sql, campaignId, buyers, batch, gated, false),
      () => this.repo.sql.transaction((tx) => this.judgeOnce(tx, campaignId, buyers, batch, gated, true)),
    );
    // committed: tell the watchers (every API process), without holding the next batch up
    if (judged.wrote && this.feed) void this.feed.publish({ campaignId, ...judged.wrote });
    return judged.outcomes;
  }

  /**
   * One read, judge and guarded write of a batch (with `lock`, the campaign row is locked first:
   * `db` is a transaction); null when the pool changed in between.
   */
  private async judgeOnce(
    db: RawSql,
    campaignId: string,
    buyers: readonly string[],
    batch: readonly CommitAttempt[],
    gated: Promise<Set<string>>,
    lock: boolean,
  ): Promise<{ outcomes: CommitOutcome[]; wrote: PoolAfter | null } | null> {
    if (lock) await this.repo.lockCampaign(db, campaignId);
    const [snapshot, gatedNow] = await Promise.all([this.repo.joinSnapshot(db, campaignId, buyers), gated]);
    if (!snapshot || snapshot.pool.status === 'draft') {
      return { outcomes: batch.map((): CommitOutcome => ({ kind: 'not_found' })), wrote: null };
    }
    const judged = this.judgeBatch(snapshot, gatedNow, batch);
    if (!judged.wrote) return { outcomes: judged.outcomes, wrote: null };
    // one statement, guarded by the version the batch was judged on: all of it or nothing
    const ok = await this.repo.writeCommitments(db, campaignId, snapshot.pool.version, judged.writes, {
      total: judged.wrote.total,
      participants: judged.wrote.participants,
    });
    return ok ? { outcomes: judged.outcomes, wrote: judged.wrote } : null;
  }

  /** Judges a batch in arrival order against the pool as the snapshot shows it (pure but for the clock). */
  private judgeBatch(
    snapshot: NonNullable<Awaited<ReturnType<GroupBuyRepository['joinSnapshot']>>>,
    gated: ReadonlySet<string>,
    batch: readonly CommitAttempt[],
  ): { outcomes: CommitOutcome[]; writes: CommitmentWrite[]; wrote: PoolAfter | null } {
    const { pool, companies } = snapshot;
    const terms = termsOf(pool);
    const poolTerms: PoolTerms = { ladder: pool.ladder, minTotal: pool.minTotal, maxTotal: pool.maxTotal };
    const current = new Map<string, CurrentCommitment>(
      snapshot.commitments.map((c) => [
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
    return { outcomes, writes, wrote: writes.length === 0 ? null : after };
  }
}

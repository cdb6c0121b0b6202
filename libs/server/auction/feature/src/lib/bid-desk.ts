import { Injectable, Logger, Optional } from '@nestjs/common';
import {
  entryHash,
  judgeBid,
  rankOf,
  type AuctionError,
  type AuctionLiveState,
  type BidderStanding,
  type BidRejectionCode,
} from '@tradeway/server/auction/domain';
import {
  AuctionRepository,
  type AuctionBidRow,
  type BidRowInput,
} from '@tradeway/server/auction/data-access';
import { formatDecimal, PRICE_PLACES } from '@tradeway/server/pricing/domain';
import { Contention, type RawSql } from '@tradeway/server/platform';
import { AuctionFeed, pulseOf } from './auction-feed';
import { aliasOf, liveStateOf, rulesOf } from './auction-rules-of';

/** What a bid attempt asks. */
export interface BidRequest {
  readonly companyId: string;
  readonly userId: string | null;
  /** Scaled 10^4. */
  readonly price: bigint;
}

/** What the desk decided, once it is committed. */
export type BidReceipt =
  | { readonly kind: 'not_found' }
  | {
      readonly kind: 'judged';
      readonly seq: number;
      /** The log entry's hash: the bidder's receipt (bid-log.ts). */
      readonly hash: string;
      readonly receivedAt: Date;
      readonly accepted: boolean;
      readonly error: AuctionError<BidRejectionCode> | null;
      /** The bidder's rank after this bid (null without an accepted bid). */
      readonly rank: number | null;
      readonly currentEnd: Date;
      readonly extended: boolean;
      readonly alias: string;
    };

interface Pending {
  readonly request: BidRequest;
  readonly arrivedAt: Date;
  readonly resolve: (receipt: BidReceipt) => void;
  readonly reject: (error: unknown) => void;
}

interface Live {
  readonly headHash: string;
  readonly lastSeq: number;
  readonly version: number;
  readonly state: AuctionLiveState;
  readonly participants: ReadonlyMap<string, { aliasNo: number; status: 'invited' | 'suspended' }>;
}

/** At most this many attempts are judged and written in one statement. */
const MAX_BATCH = 500;

/**
 * Where bids are judged (DESIGN.md §6, decision 0022): per auction, the attempts that arrive
 * while a batch is being written queue up and are judged together in the next one, in arrival
 * order, each by the pure rules (bid-rules.ts) against the state the previous one left. A batch
 * reads the auction's row, judges, and writes everything in one statement guarded by the row's
 * last sequence number and version: if another API process, the close or a suspension wrote in
 * between, nothing is written and the batch is judged again on the new state, this time holding
 * the row's lock (`SELECT … FOR UPDATE`) so it cannot lose twice. Judging is thus serial per
 * auction across every process, and one commit (one fsync) carries a whole batch, so the auction
 * takes far more than one bid per commit latency (decision 0024).
 *
 * The receive time of an attempt is when it reached the desk (never earlier than the attempt
 * before it). Nothing is answered before the commit: a receipt names a bid that is in the log.
 * The live state is cached per auction while its row's last sequence number, version, end and
 * status are the cache's; any other writer (another process, a suspension, the close job)
 * makes the next batch reload.
 */
@Injectable()
export class BidDesk {
  private readonly logger = new Logger(BidDesk.name);
  private readonly queues = new Map<string, Pending[]>();
  private readonly cache = new Map<string, Live>();
  private readonly contention = new Contention();

  constructor(
    private readonly repo: AuctionRepository,
    @Optional() private readonly feed?: AuctionFeed,
  ) {}

  place(auctionId: string, request: BidRequest): Promise<BidReceipt> {
    return new Promise<BidReceipt>((resolve, reject) => {
      const queue = this.queues.get(auctionId);
      const pending: Pending = { request, arrivedAt: new Date(), resolve, reject };
      if (queue) {
        queue.push(pending);
        return;
      }
      this.queues.set(auctionId, [pending]);
      void this.drain(auctionId);
    });
  }

  /** Forgets an auction's cached state (after a change outside the bid path). */
  forget(auctionId: string): void {
    this.cache.delete(auctionId);
  }

  private async drain(auctionId: string): Promise<void> {
    // the queue stays in the map while draining: new attempts join it for the next batch
    for (;;) {
      const queue = this.queues.get(auctionId) ?? [];
      if (queue.length === 0) {
        this.queues.delete(auctionId);
        return;
      }
      const batch = queue.splice(0, MAX_BATCH);
      try {
        const { receipts, live, wrote } = await this.judge(auctionId, batch);
        if (live) this.cache.set(auctionId, live);
        else this.cache.delete(auctionId);
        batch.forEach((p, i) => p.resolve(receipts[i] as BidReceipt));
        // committed: tell the watchers (every API process), without holding the next batch up
        if (live && wrote && this.feed) void this.feed.publish(pulseOf(auctionId, live.state, live.headHash));
      } catch (e) {
        this.cache.delete(auctionId);
        this.logger.error({ msg: 'bid batch failed', auctionId, size: batch.length, error: String(e) });
        for (const p of batch) p.reject(e);
      }
    }
  }

  private async judge(
    auctionId: string,
    batch: readonly Pending[],
  ): Promise<{ receipts: BidReceipt[]; live: Live | null; wrote: boolean }> {
    // first without a lock: one read and one guarded write (unless another process writes too);
    // a batch that lost to another writer (another API process, the close) is judged again holding
    // the row's lock, so that a busy auction cannot make it lose again and again
    return this.contention.attempt(
      auctionId,
      () => this.judgeOnce(this.repo.sql, auctionId, batch, false),
      () => {
        this.cache.delete(auctionId);
        return this.repo.sql.transaction((tx) => this.judgeOnce(tx, auctionId, batch, true));
      },
    );
  }

  /**
   * One read, judge and guarded write of a batch (with `lock`, the row is locked first: `db` is a
   * transaction); null when the auction changed in between.
   */
  private async judgeOnce(
    db: RawSql,
    auctionId: string,
    batch: readonly Pending[],
    lock: boolean,
  ): Promise<{ receipts: BidReceipt[]; live: Live | null; wrote: boolean } | null> {
    const row = lock ? await this.repo.lockForBids(db, auctionId) : await this.repo.bidRow(db, auctionId);
    // a draft is its owner's alone: to bidders it does not exist yet, and nothing is recorded
    if (!row || row.status === 'draft') {
      return { receipts: batch.map(() => ({ kind: 'not_found' as const })), live: null, wrote: false };
    }
    let live = this.cache.get(auctionId);
    if (
      !live ||
      live.lastSeq !== row.lastSeq ||
      live.version !== row.version ||
      live.state.currentEnd.getTime() !== row.currentEnd.getTime() ||
      live.state.status !== row.status
    ) {
      live = await this.load(db, row);
    }
    const rules = rulesOf(row);
    let state = live.state;
    let hash = row.headHash;
    let accepted = row.acceptedBids;
    let clock = 0;
    const rows: BidRowInput[] = [];
    const bests = new Map<string, { companyId: string; price: string; seq: number }>();
    const receipts: BidReceipt[] = batch.map((p) => {
      const participant = live.participants.get(p.request.companyId);
      // not a participant: the auction does not exist for it, and nothing is recorded
      if (!participant) return { kind: 'not_found' as const };
      clock = Math.max(clock, p.arrivedAt.getTime());
      const receivedAt = new Date(clock);
      const standing: BidderStanding = participant.status === 'suspended' ? 'suspended' : 'invited';
      const outcome = judgeBid(rules, state, {
        bidderId: p.request.companyId,
        price: p.request.price,
        receivedAt,
        standing,
      });
      state = outcome.state;
      const price = formatDecimal(p.request.price, PRICE_PLACES);
      const alias = aliasOf(rules.direction, participant.aliasNo);
      const decision = outcome.accepted ? 'accepted' : outcome.error.code;
      hash = entryHash(hash, {
        auctionId,
        seq: outcome.seq,
        alias,
        price,
        receivedAt: receivedAt.toISOString(),
        outcome: decision,
      });
      rows.push({
        seq: outcome.seq,
        companyId: p.request.companyId,
        userId: p.request.userId,
        aliasNo: participant.aliasNo,
        price,
        receivedAt,
        outcome: decision,
        hash,
      });
      if (outcome.accepted) {
        accepted += 1;
        bests.set(p.request.companyId, { companyId: p.request.companyId, price, seq: outcome.seq });
      }
      return {
        kind: 'judged' as const,
        seq: outcome.seq,
        hash,
        receivedAt,
        accepted: outcome.accepted,
        error: outcome.accepted ? null : outcome.error,
        rank: rankOf(rules.direction, state, p.request.companyId),
        currentEnd: state.currentEnd,
        extended: outcome.accepted && outcome.extended,
        alias,
      };
    });
    if (rows.length === 0) return { receipts, live, wrote: false };
    const written = await this.repo.writeBids(
      db,
      auctionId,
      { lastSeq: row.lastSeq, version: row.version },
      rows,
      {
        status: state.status,
        currentEnd: state.currentEnd,
        extensions: state.extensions,
        lastSeq: state.lastSeq,
        headHash: hash,
        acceptedBids: accepted,
      },
      [...bests.values()],
    );
    if (!written) return null;
    return {
      receipts,
      live: {
        headHash: hash,
        lastSeq: state.lastSeq,
        version: row.version,
        state,
        participants: live.participants,
      },
      wrote: true,
    };
  }

  private async load(db: RawSql, row: AuctionBidRow) {
    const participants = await this.repo.participants(db, row.id);
    return {
      headHash: row.headHash,
      lastSeq: row.lastSeq,
      version: row.version,
      state: liveStateOf(row, participants),
      participants: new Map(participants.map((p) => [p.companyId, { aliasNo: p.aliasNo, status: p.status }])),
    } satisfies Live;
  }
}

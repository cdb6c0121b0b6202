import { Injectable } from '@nestjs/common';
import type { AcceptedBid, AuctionLiveState, AuctionStatus } from '@tradeway/server/auction/domain';
import { AuctionRepository } from '@tradeway/server/auction/data-access';
import { LiveBus } from '@tradeway/server/platform';
import { formatDecimal, PRICE_PLACES } from '@tradeway/server/pricing/domain';
import { bidRowOf, liveStateOf, storedPrice } from './auction-rules-of';

/**
 * A pulse: the auction's committed live state after a batch of bids or a change of status,
 * sent between processes (never to a browser as is: each watcher's stream shows only what its
 * viewer may see, auction-views.ts). Bests are [company, price, seq, receivedAt].
 */
export interface AuctionPulse {
  readonly auctionId: string;
  readonly status: AuctionStatus;
  readonly lastSeq: number;
  readonly headHash: string;
  readonly currentEnd: string;
  readonly extensions: number;
  readonly bests: ReadonlyArray<readonly [string, string, number, string]>;
}

export function pulseOf(auctionId: string, state: AuctionLiveState, headHash: string): AuctionPulse {
  return {
    auctionId,
    status: state.status,
    lastSeq: state.lastSeq,
    headHash,
    currentEnd: state.currentEnd.toISOString(),
    extensions: state.extensions,
    bests: [...state.bestByBidder.values()].map(
      (b) => [b.bidderId, formatDecimal(b.price, PRICE_PLACES), b.seq, b.receivedAt.toISOString()] as const,
    ),
  };
}

export function stateOfPulse(pulse: AuctionPulse): AuctionLiveState {
  return {
    status: pulse.status,
    currentEnd: new Date(pulse.currentEnd),
    extensions: pulse.extensions,
    lastSeq: pulse.lastSeq,
    bestByBidder: new Map(
      pulse.bests.map(([bidderId, price, seq, at]): [string, AcceptedBid] => [
        bidderId,
        { bidderId, price: storedPrice(price), seq, receivedAt: new Date(at) },
      ]),
    ),
  };
}

/** Pulses of auctions over the live bus (one channel per auction). */
@Injectable()
export class AuctionFeed {
  constructor(
    private readonly bus: LiveBus,
    private readonly repo: AuctionRepository,
  ) {}

  publish(pulse: AuctionPulse): Promise<void> {
    return this.bus.publish(`auction:${pulse.auctionId}`, pulse);
  }

  /** After a change outside the bid path (start, close, cancel): the state as committed. */
  async announce(auctionId: string): Promise<void> {
    const row = await this.repo.findAuction(this.repo.db, auctionId);
    if (!row) return;
    const participants = await this.repo.participants(this.repo.db, auctionId);
    await this.publish(pulseOf(auctionId, liveStateOf(bidRowOf(row), participants), row.headHash));
  }

  watch(auctionId: string, handler: (pulse: AuctionPulse) => void): () => void {
    return this.bus.subscribe(`auction:${auctionId}`, (m) => handler(m as AuctionPulse));
  }
}

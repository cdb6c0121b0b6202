import {
  type AcceptedBid,
  type AuctionLiveState,
  type AuctionRules,
  type StepRule,
} from '@tradeway/server/auction/domain';
import type { AuctionBidRow, ParticipantRow } from '@tradeway/server/auction/data-access';
import type { Prisma } from '@tradeway/server/platform';
import { parseDecimal, PRICE_PLACES } from '@tradeway/server/pricing/domain';

/** A stored price (numeric as text) as the domain's scaled bigint. */
export function storedPrice(text: string): bigint {
  const v = parseDecimal(text, PRICE_PLACES);
  if (v === null) throw new RangeError(`A stored auction price is not a decimal: ${text}`);
  return v;
}

function step(amount: string | null, bps: number | null): StepRule | null {
  if (amount !== null) return { kind: 'absolute', amount: storedPrice(amount) };
  if (bps !== null) return { kind: 'percent', bps };
  return null;
}

type AuctionRow = Prisma.AuctionGetPayload<object>;

/** A Prisma row in the bid path's shape (decimals as text). */
export function bidRowOf(row: AuctionRow): AuctionBidRow {
  const text = (d: { toFixed(places: number): string } | null) =>
    d === null ? null : d.toFixed(PRICE_PLACES);
  return {
    ...row,
    openingPrice: row.openingPrice.toFixed(PRICE_PLACES),
    reservePrice: text(row.reservePrice),
    minStepAmount: text(row.minStepAmount),
    maxStepAmount: text(row.maxStepAmount),
  };
}

/** The auction's rules as the domain judges bids by them. */
export function rulesOf(row: AuctionBidRow): AuctionRules {
  const minStep = step(row.minStepAmount, row.minStepBps);
  if (!minStep) throw new RangeError(`Auction ${row.id} has no minimum step`);
  return {
    direction: row.direction,
    visibility: row.visibility,
    openingPrice: storedPrice(row.openingPrice),
    minStep,
    maxStep: step(row.maxStepAmount, row.maxStepBps),
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    sniping: {
      windowMs: row.snipingWindowSeconds * 1000,
      extensionMs: row.extensionSeconds * 1000,
      maxExtensions: row.maxExtensions,
      hardStopAt: row.hardStopAt,
      triggerRank: row.triggerRank,
    },
    reservePrice: row.reservePrice === null ? null : storedPrice(row.reservePrice),
  };
}

/** The live state of the row and its participants' best bids. */
export function liveStateOf(row: AuctionBidRow, participants: readonly ParticipantRow[]): AuctionLiveState {
  const bestByBidder = new Map<string, AcceptedBid>();
  for (const p of participants) {
    if (p.bestPrice === null || p.bestSeq === null || p.bestAt === null) continue;
    bestByBidder.set(p.companyId, {
      seq: p.bestSeq,
      bidderId: p.companyId,
      price: storedPrice(p.bestPrice),
      receivedAt: p.bestAt,
    });
  }
  return {
    status: row.status,
    currentEnd: row.currentEnd,
    extensions: row.extensions,
    lastSeq: row.lastSeq,
    bestByBidder,
  };
}

/** How bidders appear to each other: sellers in a reverse auction, buyers in a forward one. */
export function aliasOf(direction: AuctionRules['direction'], aliasNo: number): string {
  return `${direction === 'reverse' ? 'Supplier' : 'Buyer'} ${aliasNo}`;
}

import {
  bestBid,
  rankOf,
  ranking,
  type AuctionLiveState,
  type AuctionRules,
} from '@tradeway/server/auction/domain';
import type { ParticipantRow } from '@tradeway/server/auction/data-access';
import type { CompanyNames, Prisma } from '@tradeway/server/platform';
import { formatDecimal, PRICE_PLACES } from '@tradeway/server/pricing/domain';
import type { Auction, AuctionSummary, PaymentTerm, Step } from '@tradeway/shared/contracts';
import { aliasOf } from './auction-rules-of';

type AuctionRow = Prisma.AuctionGetPayload<object>;

const price = (v: bigint) => formatDecimal(v, PRICE_PLACES);
const fixed = (d: { toFixed(places: number): string } | null) =>
  d === null ? null : d.toFixed(PRICE_PLACES);

function stepOf(amount: AuctionRow['minStepAmount'], bps: number | null): Step | null {
  if (amount !== null) return { kind: 'absolute', amount: amount.toFixed(PRICE_PLACES) };
  if (bps !== null) return { kind: 'percent', bps };
  return null;
}

export function summaryView(
  row: AuctionRow,
  side: 'owner' | 'bidder',
  owner: CompanyNames | undefined,
): AuctionSummary {
  return {
    id: row.id,
    number: row.number,
    side,
    ownerName: owner?.name ?? '',
    ownerNameEn: owner?.nameEn ?? null,
    direction: row.direction,
    visibility: row.visibility,
    status: row.status,
    title: row.title,
    quantity: row.quantity.toFixed(3),
    unit: row.unit,
    openingPrice: row.openingPrice.toFixed(PRICE_PLACES),
    startsAt: row.startsAt.toISOString(),
    currentEnd: row.currentEnd.toISOString(),
  };
}

/** What a viewer may see of the bids now (DESIGN.md §6): the part of a view that moves with every bid. */
export interface Standings {
  myRank: number | null;
  myBestPrice: string | null;
  bestPrice: string | null;
  ranking: Auction['ranking'];
}

export type Viewer = { side: 'owner' } | { side: 'bidder'; companyId: string };

/**
 * - the owner sees the whole ranking with names and prices — except in a `sealed` auction
 *   before its end, where it sees no bid at all;
 * - a bidder sees its own best price and (unless sealed and running) its rank; the best price
 *   only in `best_price`; never another bidder's name or price.
 */
export function standingsOf(input: {
  rules: Pick<AuctionRules, 'direction' | 'visibility'>;
  status: string;
  state: AuctionLiveState;
  aliasNos: ReadonlyMap<string, number>;
  names: ReadonlyMap<string, CompanyNames>;
  viewer: Viewer;
  now: Date;
}): Standings {
  const { rules, status, state, aliasNos, names, viewer, now } = input;
  const ended = now.getTime() >= state.currentEnd.getTime() || !['scheduled', 'running'].includes(status);
  const hidden = rules.visibility === 'sealed' && !ended;
  const best = bestBid(rules.direction, state);
  const owner = viewer.side === 'owner';
  const mine = viewer.side === 'bidder' ? state.bestByBidder.get(viewer.companyId) : undefined;
  return {
    myRank: viewer.side === 'bidder' && !hidden ? rankOf(rules.direction, state, viewer.companyId) : null,
    myBestPrice: mine ? price(mine.price) : null,
    bestPrice: best && !hidden && (owner || rules.visibility === 'best_price') ? price(best.price) : null,
    ranking:
      owner && !hidden
        ? ranking(rules.direction, state).map((b, i) => ({
            rank: i + 1,
            alias: aliasOf(rules.direction, aliasNos.get(b.bidderId) ?? 0),
            price: price(b.price),
            companyId: b.bidderId,
            companyName: names.get(b.bidderId)?.name ?? null,
            companyNameEn: names.get(b.bidderId)?.nameEn ?? null,
            seq: b.seq,
            at: b.receivedAt.toISOString(),
          }))
        : [],
  };
}

/** An auction as the viewer may see it: the owner alone sees the reserve and its last price. */
export function auctionView(input: {
  row: AuctionRow;
  rules: AuctionRules;
  state: AuctionLiveState;
  participants: readonly ParticipantRow[];
  names: ReadonlyMap<string, CompanyNames>;
  viewer: Viewer;
  award: Auction['award'];
  now: Date;
}): Auction {
  const { row, rules, state, participants, names, viewer, award, now } = input;
  const aliasNos = new Map(participants.map((p) => [p.companyId, p.aliasNo]));
  const minStep = stepOf(row.minStepAmount, row.minStepBps);
  if (!minStep) throw new RangeError(`Auction ${row.id} has no minimum step`);
  const owner = viewer.side === 'owner';
  return {
    ...summaryView(row, viewer.side, names.get(row.ownerId)),
    description: row.description,
    currency: row.currency,
    skuId: row.skuId,
    deliveryRegion: row.deliveryRegion,
    deliveryDate: row.deliveryDate.toISOString().slice(0, 10),
    paymentTerm: row.paymentTerm as PaymentTerm,
    reservePrice: owner ? fixed(row.reservePrice) : null,
    lastPrice: owner ? fixed(row.lastPrice) : null,
    minStep,
    maxStep: stepOf(row.maxStepAmount, row.maxStepBps),
    endsAt: row.endsAt.toISOString(),
    currentEnd: state.currentEnd.toISOString(),
    extensions: state.extensions,
    snipingWindowMinutes: row.snipingWindowSeconds / 60,
    extensionMinutes: row.extensionSeconds / 60,
    maxExtensions: row.maxExtensions,
    hardStopAt: row.hardStopAt?.toISOString() ?? null,
    triggerRank: row.triggerRank,
    lastSeq: state.lastSeq,
    headHash: row.headHash,
    myAlias: viewer.side === 'bidder' ? aliasOf(rules.direction, aliasNos.get(viewer.companyId) ?? 0) : null,
    ...standingsOf({ rules, status: row.status, state, aliasNos, names, viewer, now }),
    participants: participants.length,
    award,
    serverTime: now.toISOString(),
  };
}

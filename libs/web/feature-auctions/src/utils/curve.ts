import type { AuctionDirection, AuctionCurvePoint, AuctionLiveEventView, AuctionView } from '../data/types';
import { Dec } from './decimal';

/**
 * The price curve of an auction: the accepted bids over time and the best price they made, as
 * a step line. After the close it comes from the result report (`curve`: every accepted bid);
 * while the auction runs, from the live events the owner receives (the best price at each).
 */
export interface CurvePoint {
  /** Milliseconds since the epoch (the chart's time axis). */
  at: number;
  seq: number;
  /** The best price after this point, as a number for the chart's axis only (never computed with). */
  best: number;
  bestText: string;
  /** The bid's own price (result curve), when it is a bid. */
  price?: number;
  priceText?: string;
  alias?: string;
}

const better = (direction: AuctionDirection, a: string, b: string) =>
  direction === 'reverse' ? new Dec(a).lessThan(b) : new Dec(a).greaterThan(b);

/** The result's accepted bids as points, each with the best price so far. */
export function curveOfResult(
  direction: AuctionDirection,
  curve: readonly AuctionCurvePoint[],
): CurvePoint[] {
  let best: string | null = null;
  return curve.map((c) => {
    if (best === null || better(direction, c.price, best)) best = c.price;
    return {
      at: Date.parse(c.at),
      seq: c.seq,
      best: Number(best),
      bestText: best,
      price: Number(c.price),
      priceText: c.price,
      alias: c.alias,
    };
  });
}

/** The best price the owner sees in an auction or a live event: the first of its ranking with a price, or the best price. */
export function bestOf(
  view: Pick<AuctionView, 'ranking' | 'bestPrice'> | AuctionLiveEventView,
): string | null {
  return view.ranking.find((r) => r.price !== null)?.price ?? view.bestPrice;
}

/** The series with one more live point: only when the sequence moved on and the best price is known. */
export function withLivePoint(
  series: readonly CurvePoint[],
  view: Pick<AuctionView, 'ranking' | 'bestPrice' | 'lastSeq' | 'serverTime'>,
): CurvePoint[] {
  const best = bestOf(view);
  const last = series.at(-1);
  if (best === null || (last && view.lastSeq <= last.seq)) return [...series];
  if (last && last.bestText === best) return [...series];
  return [
    ...series,
    { at: Date.parse(view.serverTime), seq: view.lastSeq, best: Number(best), bestText: best },
  ];
}

/**
 * A running auction's curve for its owner: the accepted bids so far (the result report, read
 * once) followed by the live points that came after them.
 */
export function extendCurve(history: readonly CurvePoint[], live: readonly CurvePoint[]): CurvePoint[] {
  const lastSeq = history.at(-1)?.seq ?? 0;
  return [...history, ...live.filter((p) => p.seq > lastSeq)];
}

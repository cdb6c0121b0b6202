import type { AuctionLiveEventView, AuctionStatus, AuctionView } from '../data/types';

/**
 * The live view of an auction (`GET /api/auctions/{id}/live`, server-sent events): each event is
 * the auction's state after the sequence number `lastSeq` as the viewer may see it — status,
 * end, extensions, standings. The portal applies it to the auction in its cache and, when the
 * stream breaks, reconnects with a back-off, resuming from the last sequence number it received
 * (`Last-Event-ID`): the server then starts from the state as it is, which is never older.
 */

/** Where a status stands in the lifecycle (draft → scheduled → running → closed → awarded; cancelled and expired end it). */
const STATUS_ORDER: Record<AuctionStatus, number> = {
  draft: 0,
  scheduled: 1,
  running: 2,
  closed: 3,
  expired: 3,
  cancelled: 4,
  awarded: 4,
};

/** Whether an event is older than what the auction already shows (an earlier sequence, or the same one in an earlier state). */
export function isStale(
  auction: Pick<AuctionView, 'lastSeq' | 'status'>,
  event: AuctionLiveEventView,
): boolean {
  if (event.lastSeq !== auction.lastSeq) return event.lastSeq < auction.lastSeq;
  return STATUS_ORDER[event.status] < STATUS_ORDER[auction.status];
}

/** The auction after a live event; the same object when the event is stale. */
export function applyLiveEvent(auction: AuctionView, event: AuctionLiveEventView): AuctionView {
  if (isStale(auction, event)) return auction;
  return {
    ...auction,
    status: event.status,
    currentEnd: event.currentEnd,
    extensions: event.extensions,
    lastSeq: event.lastSeq,
    headHash: event.headHash,
    myRank: event.myRank,
    myBestPrice: event.myBestPrice,
    bestPrice: event.bestPrice,
    ranking: event.ranking,
    serverTime: event.serverTime,
  };
}

/** What changed with an event, for the page: a new status (read the auction again), an end moved later. */
export function liveChange(before: AuctionView, after: AuctionView) {
  return {
    status: before.status !== after.status,
    extended: Date.parse(after.currentEnd) > Date.parse(before.currentEnd),
  };
}

/**
 * Statuses during which the auction changes without the viewer (bids, the clock, an award decided
 * in the approvals inbox): the live view is open.
 */
export const isLive = (status: AuctionStatus) =>
  status === 'scheduled' || status === 'running' || status === 'closed';

/** Statuses after the end: the bid log can be downloaded. */
export const isEnded = (status: AuctionStatus) =>
  status === 'closed' || status === 'awarded' || status === 'expired' || status === 'cancelled';

/** The wait before the `attempt`-th reconnection (0-based): 1 s, 2 s, 4 s … at most 30 s. */
export function reconnectDelay(attempt: number, baseMs = 1_000, maxMs = 30_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.min(Math.max(0, attempt), 16));
}

export type LiveConnection = 'connecting' | 'live' | 'reconnecting' | 'stopped';

export interface LiveStreamOptions {
  /** Opens the stream, resuming after `lastEventId` when there is one. */
  open: (
    lastEventId: string | undefined,
    signal: AbortSignal,
  ) => Promise<AsyncIterable<AuctionLiveEventView>>;
  onEvent: (event: AuctionLiveEventView) => void;
  onConnection: (state: LiveConnection) => void;
  /** Whether an error ends the watch for good (the auction is gone, the session ended). */
  isFatal: (error: unknown) => boolean;
  signal: AbortSignal;
  /** The last sequence number already known (the auction as read), resumed from on the first connection. */
  lastSeq?: number | undefined;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  delay?: (attempt: number) => number;
}

/** Waits `ms`, or less when `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Watches an auction until `signal` aborts: opens the stream, hands every event on, and when the
 * stream breaks or ends, waits (1 s, 2 s, 4 s … 30 s; back to 1 s once an event came through)
 * and opens it again from the highest sequence number seen. A fatal error stops it.
 */
export async function watchLive({
  open,
  onEvent,
  onConnection,
  isFatal,
  signal,
  lastSeq,
  sleep: wait = sleep,
  delay = reconnectDelay,
}: LiveStreamOptions): Promise<void> {
  let seen = lastSeq;
  let attempt = 0;
  onConnection('connecting');
  while (!signal.aborted) {
    try {
      const events = await open(seen === undefined ? undefined : String(seen), signal);
      for await (const event of events) {
        if (signal.aborted) break;
        attempt = 0;
        if (seen === undefined || event.lastSeq > seen) seen = event.lastSeq;
        onConnection('live');
        onEvent(event);
      }
    } catch (error) {
      if (signal.aborted) break;
      if (isFatal(error)) {
        onConnection('stopped');
        return;
      }
    }
    if (signal.aborted) break;
    onConnection('reconnecting');
    await wait(delay(attempt), signal);
    attempt += 1;
  }
  onConnection('stopped');
}

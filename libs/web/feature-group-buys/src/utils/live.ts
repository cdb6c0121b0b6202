import type { CampaignProgressView, CampaignStatus, CampaignView } from '../data/types';

/**
 * The live progress of a campaign (`GET /api/group-buys/{id}/live`, server-sent events): each
 * event is the campaign's progress (status, pooled total, participants, current price, next
 * tier, room, server time), its event id the pool's version. The portal applies it to the
 * campaign in its cache and, when the stream breaks, reconnects with a back-off, sending the
 * last version it received (`Last-Event-ID`); the server starts again from the pool as it is,
 * which is never older, and events at or below the version already shown are dropped.
 */

/** Where a status stands in the lifecycle: an event never takes a campaign back. */
const STATUS_ORDER: Record<CampaignStatus, number> = {
  draft: 0,
  pending_seller: 1,
  open: 2,
  settling: 3,
  succeeded: 4,
  failed: 4,
  cancelled: 4,
};

/** Whether an event's status is earlier in the lifecycle than the campaign's (an old event). */
export const isStale = (campaign: Pick<CampaignView, 'progress'>, event: CampaignProgressView) =>
  STATUS_ORDER[event.status] < STATUS_ORDER[campaign.progress.status];

/** The campaign after a live event; the same object when the event is stale. */
export function applyProgress(campaign: CampaignView, event: CampaignProgressView): CampaignView {
  if (isStale(campaign, event)) return campaign;
  return { ...campaign, progress: { ...event } };
}

/** What changed with an event, for the page: a new status (read the campaign again), the pool moved. */
export function progressChange(before: CampaignView, after: CampaignView) {
  return {
    status: before.progress.status !== after.progress.status,
    pool:
      before.progress.total !== after.progress.total ||
      before.progress.participants !== after.progress.participants,
  };
}

/**
 * Statuses during which the campaign changes without the viewer (others join, the seller
 * confirms, the deadline job settles it): the live view is open.
 */
export const isLive = (status: CampaignStatus) =>
  status === 'pending_seller' || status === 'open' || status === 'settling';

/** Statuses after which nothing moves any more. */
export const isFinished = (status: CampaignStatus) =>
  status === 'succeeded' || status === 'failed' || status === 'cancelled';

/** The wait before the `attempt`-th reconnection (0-based): 1 s, 2 s, 4 s … at most 30 s. */
export function reconnectDelay(attempt: number, baseMs = 1_000, maxMs = 30_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.min(Math.max(0, attempt), 16));
}

export type LiveConnection = 'connecting' | 'live' | 'reconnecting' | 'stopped';

export interface LiveStreamOptions<E> {
  /** Opens the stream, resuming after `lastEventId` when there is one. */
  open: (lastEventId: string | undefined, signal: AbortSignal) => Promise<AsyncIterable<E>>;
  /** The pool's version an event carries (its event id), when it has one. */
  versionOf: (event: E) => number | undefined;
  onEvent: (event: E, version: number | undefined) => void;
  onConnection: (state: LiveConnection) => void;
  /** Whether an error ends the watch for good (the campaign is gone, the session ended). */
  isFatal: (error: unknown) => boolean;
  signal: AbortSignal;
  /** The version already shown, resumed from on the first connection. */
  lastVersion?: number | undefined;
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
 * Watches a campaign until `signal` aborts: opens the stream, hands on every event newer than
 * what was seen, and when the stream breaks or ends waits (1 s, 2 s, 4 s … 30 s; back to 1 s
 * once an event came through) and opens it again from the highest version seen. A fatal error
 * stops it.
 */
export async function watchLive<E>({
  open,
  versionOf,
  onEvent,
  onConnection,
  isFatal,
  signal,
  lastVersion,
  sleep: wait = sleep,
  delay = reconnectDelay,
}: LiveStreamOptions<E>): Promise<void> {
  let seen = lastVersion;
  let attempt = 0;
  onConnection('connecting');
  while (!signal.aborted) {
    try {
      const events = await open(seen === undefined ? undefined : String(seen), signal);
      for await (const event of events) {
        if (signal.aborted) break;
        attempt = 0;
        onConnection('live');
        const version = versionOf(event);
        if (version !== undefined) {
          if (seen !== undefined && version <= seen) continue;
          seen = version;
        }
        onEvent(event, version);
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

/** An event id as a version: a whole number, else undefined. */
export function versionFromId(id: string | undefined): number | undefined {
  if (id === undefined || !/^\d{1,15}$/.test(id)) return undefined;
  return Number(id);
}

import { describe, expect, it, vi } from 'vitest';
import type { AuctionLiveEventView } from '../data/types';
import { bidderAuction, inMinutes, liveEvent, ownerAuction } from '../testing/auction-fixtures';
import { applyLiveEvent, isStale, liveChange, type LiveConnection, reconnectDelay, watchLive } from './live';

describe('a live event applied to the auction', () => {
  it('takes the new standings, end and clock, and keeps the rest', () => {
    const before = bidderAuction();
    const end = inMinutes(35);
    const after = applyLiveEvent(
      before,
      liveEvent(before, {
        lastSeq: 6,
        myRank: 1,
        myBestPrice: '5950.0000',
        currentEnd: end,
        extensions: 1,
        serverTime: '2026-11-26T08:00:00.000Z',
      }),
    );
    expect(after).toMatchObject({
      lastSeq: 6,
      myRank: 1,
      myBestPrice: '5950.0000',
      currentEnd: end,
      extensions: 1,
    });
    expect(after.serverTime).toBe('2026-11-26T08:00:00.000Z');
    expect([after.title, after.myAlias, after.openingPrice]).toEqual([
      before.title,
      'Supplier 3',
      '6000.0000',
    ]);
    expect(liveChange(before, after)).toEqual({ status: false, extended: true });
  });

  it('ignores an event older than what is shown, and an earlier state at the same sequence', () => {
    const now = ownerAuction({ lastSeq: 9, status: 'closed' });
    expect(applyLiveEvent(now, liveEvent(now, { lastSeq: 8, status: 'closed' }))).toBe(now);
    expect(isStale(now, liveEvent(now, { lastSeq: 9, status: 'running' }))).toBe(true);
    // the same sequence number, a later status: the close of the auction
    const running = ownerAuction({ lastSeq: 9 });
    const closed = applyLiveEvent(running, liveEvent(running, { status: 'closed' }));
    expect(closed.status).toBe('closed');
    expect(liveChange(running, closed)).toEqual({ status: true, extended: false });
  });

  it('shows the owner the whole ranking of the event', () => {
    const before = ownerAuction();
    const ranking = [
      { ...(before.ranking[0] as (typeof before.ranking)[number]), price: '5940.0000', seq: 5 },
    ];
    expect(applyLiveEvent(before, liveEvent(before, { lastSeq: 5, ranking })).ranking).toEqual(ranking);
  });
});

/** A stream that yields `events`, then breaks (throws) or ends. */
async function* stream(events: AuctionLiveEventView[], ending: 'break' | 'end') {
  for (const e of events) yield e;
  await Promise.resolve();
  if (ending === 'break') throw new TypeError('network error');
}

describe('watching an auction live', () => {
  it('reconnects after a break from the last sequence number seen, with a growing wait', async () => {
    const base = ownerAuction({ lastSeq: 4 });
    const controller = new AbortController();
    const opened: Array<string | undefined> = [];
    const waits: number[] = [];
    const connection: LiveConnection[] = [];
    const seen: number[] = [];
    const sessions = [
      () => stream([liveEvent(base, { lastSeq: 4 }), liveEvent(base, { lastSeq: 6 })], 'break'),
      () => {
        throw new TypeError('refused');
      },
      () => stream([liveEvent(base, { lastSeq: 9 })], 'end'),
      () => {
        controller.abort();
        return stream([], 'end');
      },
    ];
    await watchLive({
      open: (lastEventId) => {
        opened.push(lastEventId);
        const next = sessions[opened.length - 1];
        return Promise.resolve(next ? next() : stream([], 'end'));
      },
      onEvent: (e) => seen.push(e.lastSeq),
      onConnection: (c) => connection.push(c),
      isFatal: () => false,
      signal: controller.signal,
      lastSeq: 4,
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    });
    expect(opened).toEqual(['4', '6', '6', '9']);
    expect(seen).toEqual([4, 6, 9]);
    // 1 s after the first break; 2 s after a failed attempt; back to 1 s once events came again
    expect(waits).toEqual([1000, 2000, 1000]);
    expect(connection).toEqual([
      'connecting',
      'live',
      'live',
      'reconnecting',
      'reconnecting',
      'live',
      'reconnecting',
      'stopped',
    ]);
  });

  it('starts without a Last-Event-ID when nothing is known, and never goes back to an older sequence', async () => {
    const base = ownerAuction();
    const controller = new AbortController();
    const opened: Array<string | undefined> = [];
    await watchLive({
      open: (id) => {
        opened.push(id);
        if (opened.length === 2) controller.abort();
        return Promise.resolve(
          stream([liveEvent(base, { lastSeq: 7 }), liveEvent(base, { lastSeq: 5 })], 'end'),
        );
      },
      onEvent: () => undefined,
      onConnection: () => undefined,
      isFatal: () => false,
      signal: controller.signal,
      sleep: () => Promise.resolve(),
    });
    expect(opened).toEqual([undefined, '7']);
  });

  it('stops for good on a fatal error (the auction is gone)', async () => {
    const controller = new AbortController();
    const open = vi.fn(() => Promise.reject(new Error('404')));
    const connection: LiveConnection[] = [];
    await watchLive({
      open,
      onEvent: () => undefined,
      onConnection: (c) => connection.push(c),
      isFatal: () => true,
      signal: controller.signal,
      sleep: () => Promise.resolve(),
    });
    expect(open).toHaveBeenCalledTimes(1);
    expect(connection).toEqual(['connecting', 'stopped']);
  });

  it('waits 1, 2, 4 … seconds, at most 30', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 40].map((a) => reconnectDelay(a))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });
});

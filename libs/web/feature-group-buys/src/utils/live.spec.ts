import { describe, expect, it, vi } from 'vitest';
import type { CampaignProgressView } from '../data/types';
import { buyerCampaign, progress } from '../testing/campaign-fixtures';
import {
  applyProgress,
  isLive,
  isStale,
  type LiveConnection,
  progressChange,
  reconnectDelay,
  versionFromId,
  watchLive,
} from './live';

describe('a live event applied to the campaign', () => {
  it('takes the new pool, price, next tier, room and clock, and keeps the terms', () => {
    const before = buyerCampaign();
    const event = progress({
      total: '1000.000',
      participants: 4,
      currentPrice: '4800.0000',
      nextTier: null,
      room: '500.000',
      minReachedBps: 10_000,
      serverTime: '2026-11-26T08:00:00.000Z',
    });
    const after = applyProgress(before, event);
    expect(after.progress).toEqual(event);
    expect([after.title, after.ladder, after.mine, after.maxTotal]).toEqual([
      before.title,
      before.ladder,
      null,
      '1500.000',
    ]);
    expect(progressChange(before, after)).toEqual({ status: false, pool: true });
  });

  it('never takes the campaign back in its lifecycle', () => {
    const settled = buyerCampaign({ progress: progress({ status: 'succeeded' }) });
    expect(isStale(settled, progress({ status: 'open' }))).toBe(true);
    expect(applyProgress(settled, progress({ status: 'open', total: '1.000' }))).toBe(settled);
    const open = buyerCampaign();
    const settling = applyProgress(open, progress({ status: 'settling' }));
    expect(settling.progress.status).toBe('settling');
    expect(progressChange(open, settling)).toEqual({ status: true, pool: false });
  });

  it('is live while waiting for the seller, open or settling', () => {
    expect(
      (['draft', 'pending_seller', 'open', 'settling', 'succeeded', 'failed', 'cancelled'] as const).map(
        isLive,
      ),
    ).toEqual([false, true, true, true, false, false, false]);
  });

  it('reads the pool’s version from the event id', () => {
    expect([versionFromId('42'), versionFromId(undefined), versionFromId('x'), versionFromId('-1')]).toEqual([
      42,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

type Event = { version: number; progress: CampaignProgressView };
const ev = (version: number, total = `${version}.000`): Event => ({ version, progress: progress({ total }) });

/** A stream that yields `events`, then breaks (throws) or ends. */
async function* stream(events: Event[], ending: 'break' | 'end') {
  for (const e of events) yield e;
  await Promise.resolve();
  if (ending === 'break') throw new TypeError('network error');
}

describe('watching a campaign live', () => {
  it('reconnects after a break from the last version seen, with a growing wait, and drops what is not newer', async () => {
    const controller = new AbortController();
    const opened: Array<string | undefined> = [];
    const waits: number[] = [];
    const connection: LiveConnection[] = [];
    const seen: number[] = [];
    const sessions = [
      () => stream([ev(4), ev(6)], 'break'),
      () => {
        throw new TypeError('refused');
      },
      // on reconnecting the server starts from the pool as it is: version 6 again, then newer
      () => stream([ev(6), ev(9), ev(8)], 'end'),
      () => {
        controller.abort();
        return stream([], 'end');
      },
    ];
    await watchLive<Event>({
      open: (lastEventId) => {
        opened.push(lastEventId);
        const next = sessions[opened.length - 1];
        return Promise.resolve(next ? next() : stream([], 'end'));
      },
      versionOf: (e) => e.version,
      onEvent: (e, v) => {
        expect(v).toBe(e.version);
        seen.push(e.version);
      },
      onConnection: (c) => connection.push(c),
      isFatal: () => false,
      signal: controller.signal,
      lastVersion: 3,
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    });
    expect(opened).toEqual(['3', '6', '6', '9']);
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
      'live',
      'live',
      'reconnecting',
      'stopped',
    ]);
  });

  it('starts without a Last-Event-ID when nothing is known, and hands on events without a version', async () => {
    const controller = new AbortController();
    const opened: Array<string | undefined> = [];
    const seen: number[] = [];
    await watchLive<Event>({
      open: (id) => {
        opened.push(id);
        controller.abort();
        return Promise.resolve(stream([ev(7), ev(7)], 'end'));
      },
      versionOf: () => undefined,
      onEvent: (e) => seen.push(e.version),
      onConnection: () => undefined,
      isFatal: () => false,
      signal: controller.signal,
      sleep: () => Promise.resolve(),
    });
    expect(opened).toEqual([undefined]);
    expect(seen).toEqual([]);
  });

  it('stops for good on a fatal error (the campaign is gone)', async () => {
    const controller = new AbortController();
    const open = vi.fn(() => Promise.reject(new Error('404')));
    const connection: LiveConnection[] = [];
    await watchLive<Event>({
      open,
      versionOf: (e) => e.version,
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

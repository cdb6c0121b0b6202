import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleCompanyIds } from './company-visibility';
import { newSessionTimes, SESSION_IDLE_MS, sessionIsLive, touchSession } from './session-lifetime';
import { ACCOUNT_THROTTLE, strictest, throttleDecision } from './throttle';

const t0 = new Date('2026-11-25T08:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('sign-in throttle', () => {
  it('lets four failures through and blocks at the fifth until the oldest leaves the window', () => {
    const four = [0, 1000, 2000, 3000].map(at);
    expect(throttleDecision(four, at(4000), ACCOUNT_THROTTLE)).toEqual({ blocked: false });
    const five = [...four, at(4000)];
    expect(throttleDecision(five, at(5000), ACCOUNT_THROTTLE)).toEqual({
      blocked: true,
      retryAfterSeconds: 15 * 60 - 5,
    });
    // 15 minutes after the first failure only four remain in the window
    expect(throttleDecision(five, at(15 * 60_000 + 1), ACCOUNT_THROTTLE)).toEqual({ blocked: false });
  });

  it('never blocks below the limit and always names a positive wait when it blocks', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 * 60_000 }), { maxLength: 30 }), (offsets) => {
        const now = at(30 * 60_000);
        const d = throttleDecision(offsets.map(at), now, ACCOUNT_THROTTLE);
        const inWindow = offsets.filter((o) => o > 15 * 60_000).length;
        expect(d.blocked).toBe(inWindow >= ACCOUNT_THROTTLE.limit);
        if (d.blocked) expect(d.retryAfterSeconds).toBeGreaterThan(0);
      }),
    );
  });

  it('takes the longest wait of the account and address rules', () => {
    expect(
      strictest([
        { blocked: true, retryAfterSeconds: 5 },
        { blocked: false },
        { blocked: true, retryAfterSeconds: 60 },
      ]),
    ).toEqual({ blocked: true, retryAfterSeconds: 60 });
    expect(strictest([{ blocked: false }])).toEqual({ blocked: false });
  });
});

describe('session lifetime', () => {
  it('ends after 12 idle hours, slides on use, and never beyond 7 days', () => {
    const s = { ...newSessionTimes(t0), revokedAt: null };
    expect(sessionIsLive(s, at(SESSION_IDLE_MS - 1))).toBe(true);
    expect(sessionIsLive(s, at(SESSION_IDLE_MS))).toBe(false);
    expect(touchSession(s, at(30_000))).toBeNull();
    const touched = touchSession(s, at(11 * 3600_000));
    expect(touched?.idleExpiresAt).toEqual(at(23 * 3600_000));
    const late = { ...s, lastSeenAt: at(6.9 * 24 * 3600_000) };
    expect(touchSession(late, at(7 * 24 * 3600_000 - 1000))?.idleExpiresAt).toEqual(s.expiresAt);
    expect(sessionIsLive({ ...s, revokedAt: at(1) }, at(2))).toBe(false);
  });
});

describe('company visibility', () => {
  const tree = new Map<string, string | null>([
    ['group', null],
    ['sub-a', 'group'],
    ['sub-b', 'group'],
    ['plant-a1', 'sub-a'],
    ['other', null],
  ]);

  it('lets a parent admin see the whole group below it, a child only itself', () => {
    expect(visibleCompanyIds('group', tree, true).sort()).toEqual(['group', 'plant-a1', 'sub-a', 'sub-b']);
    expect(visibleCompanyIds('sub-a', tree, true).sort()).toEqual(['plant-a1', 'sub-a']);
    expect(visibleCompanyIds('group', tree, false)).toEqual(['group']);
  });

  it('stops on a cycle in the data', () => {
    const loop = new Map<string, string | null>([
      ['a', 'b'],
      ['b', 'a'],
    ]);
    expect(visibleCompanyIds('a', loop, true).sort()).toEqual(['a', 'b']);
  });
});

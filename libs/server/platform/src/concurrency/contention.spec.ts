import { describe, expect, it } from 'vitest';
import { Contention } from './contention';

describe('Contention', () => {
  it('holds a key that lost a race for the hold time, then lets it go', () => {
    let t = 1_000;
    const c = new Contention(2_000, () => t);
    expect(c.has('a')).toBe(false);
    c.lost('a');
    expect(c.has('a')).toBe(true);
    expect(c.has('b')).toBe(false);
    t += 1_999;
    expect(c.has('a')).toBe(true);
    t += 1;
    expect(c.has('a')).toBe(false);
  });

  it('a new loss extends the hold', () => {
    let t = 0;
    const c = new Contention(100, () => t);
    c.lost('a');
    t = 90;
    c.lost('a');
    t = 150;
    expect(c.has('a')).toBe(true);
    t = 190;
    expect(c.has('a')).toBe(false);
  });

  it('forgets expired keys when many are held, and keeps the live ones', () => {
    let t = 0;
    const c = new Contention(10, () => t);
    for (let i = 0; i < 10_000; i++) c.lost(`old-${i}`);
    t = 5;
    c.lost('live');
    t = 11;
    c.lost('fresh'); // the map is full: expired keys go
    expect(c.has('old-0')).toBe(false);
    expect(c.has('live')).toBe(true);
    expect(c.has('fresh')).toBe(true);
    expect((c as unknown as { until: Map<string, number> }).until.size).toBe(2);
  });

  it('attempt: the optimistic path while it wins; after a loss the locked path, then optimistic again', async () => {
    let t = 0;
    const c = new Contention(100, () => t);
    const calls: string[] = [];
    const run = (wins: boolean) =>
      c.attempt(
        'k',
        async () => (calls.push('optimistic'), wins ? 'quick' : null),
        async () => (calls.push('locked'), 'locked'),
      );
    expect(await run(true)).toBe('quick');
    expect(await run(false)).toBe('locked');
    expect(calls).toEqual(['optimistic', 'optimistic', 'locked']);
    // held: straight to the lock
    calls.length = 0;
    expect(await run(true)).toBe('locked');
    expect(calls).toEqual(['locked']);
    t = 100;
    calls.length = 0;
    expect(await run(true)).toBe('quick');
    expect(calls).toEqual(['optimistic']);
    await expect(
      c.attempt(
        'j',
        async () => null,
        async () => null,
      ),
    ).rejects.toThrow(/changed under its lock/);
  });
});

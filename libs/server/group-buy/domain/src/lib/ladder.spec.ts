import { describe, expect, it } from 'vitest';
import { checkLadder, depositFor, ladderProgress, priceAt, tierIndexAt, type Tier } from './ladder';
import { settlementOf } from './settlement';

const t = (n: number) => BigInt(n) * 1000n; // tonnes, 3 places
const p = (n: number) => BigInt(n) * 10_000n; // yuan, 4 places
/** The sugar example of DESIGN.md §7: < 500 t: 5000; ≥ 500 t: 4900; ≥ 1000 t: 4800. */
const SUGAR: Tier[] = [
  { minQuantity: 0n, unitPrice: p(5000) },
  { minQuantity: t(500), unitPrice: p(4900) },
  { minQuantity: t(1000), unitPrice: p(4800) },
];

describe('ladder', () => {
  it('prices the total at the tier it reached, at every boundary', () => {
    expect([0, 499, 500, 999, 1000, 5000].map((x) => priceAt(SUGAR, t(x)))).toEqual([
      p(5000),
      p(5000),
      p(4900),
      p(4900),
      p(4800),
      p(4800),
    ]);
    expect(priceAt(SUGAR, t(500) - 1n)).toBe(p(5000));
    expect(tierIndexAt(SUGAR, t(1000))).toBe(2);
  });

  it('ten factories of 100 t reach the 1 000 t tier; all pay 4 800', () => {
    const total = Array.from({ length: 10 }, () => t(100)).reduce((a, b) => a + b, 0n);
    expect(settlementOf(SUGAR, t(600), total)).toEqual({
      succeeded: true,
      finalPrice: p(4800),
      total: t(1000),
    });
    expect(settlementOf(SUGAR, t(600), t(599))).toMatchObject({ succeeded: false });
  });

  it('tells how much more reaches the next tier, the room left and the minimum reached', () => {
    expect(ladderProgress(SUGAR, t(420), t(600), t(1500))).toEqual({
      tierIndex: 0,
      currentPrice: p(5000),
      nextTier: { unitPrice: p(4900), minQuantity: t(500), needed: t(80) },
      room: t(1080),
      minReachedBps: 7000,
    });
    expect(ladderProgress(SUGAR, t(1200), t(600), null)).toMatchObject({
      nextTier: null,
      room: null,
      minReachedBps: 10_000,
    });
  });

  it('refuses a ladder not from 0, not ascending, or dearer with more quantity', () => {
    expect(checkLadder([{ minQuantity: t(1), unitPrice: p(1) }])).toMatchObject({
      ok: false,
      error: { code: 'CAMPAIGN_LADDER_FIRST_NOT_ZERO', field: 'ladder.0.minQuantity' },
    });
    expect(checkLadder([SUGAR[0] as Tier, { minQuantity: 0n, unitPrice: p(4900) }])).toMatchObject({
      error: { code: 'CAMPAIGN_LADDER_NOT_ASCENDING', field: 'ladder.1.minQuantity' },
    });
    expect(checkLadder([SUGAR[0] as Tier, { minQuantity: t(5), unitPrice: p(5001) }])).toMatchObject({
      error: { code: 'CAMPAIGN_LADDER_PRICE_RISES', field: 'ladder.1.unitPrice', params: { tier: '2' } },
    });
    expect(checkLadder([{ minQuantity: 0n, unitPrice: 0n }])).toMatchObject({
      error: { code: 'CAMPAIGN_PRICE_ZERO' },
    });
    expect(checkLadder(SUGAR).ok).toBe(true);
  });

  it('holds a deposit of the commitment at the first tier’s price, rounded half-up to the fen', () => {
    // 100 t × 5 000 × 10 % = 50 000.00 yuan
    expect(depositFor(SUGAR, t(100), 1000)).toBe(5_000_000n);
    // 0.001 t × 5 000 × 0.01 % = 0.0005 yuan → 0.00 (half-up of 0.05 fen)
    expect(depositFor(SUGAR, 1n, 1)).toBe(0n);
    // 0.001 t × 5 000 × 1 % = 0.05 yuan = 5 fen
    expect(depositFor(SUGAR, 1n, 100)).toBe(5n);
    expect(depositFor(SUGAR, t(100), 0)).toBe(0n);
  });
});

import { describe, expect, it } from 'vitest';
import { buyerCampaign, progress } from '../testing/campaign-fixtures';
import { barScale, minReachedPercent, percentOf, progressBar } from './progress';

describe('the progress bar over the ladder', () => {
  it('spans the maximum total, with a mark at each tier and at the minimum', () => {
    const bar = progressBar(buyerCampaign());
    expect(bar.scale).toBe('1500');
    // 550 of 1 500
    expect(bar.percent).toBe(36.67);
    expect(bar.tierIndex).toBe(1);
    expect(bar.marks.map((m) => [m.kind, m.quantity, m.percent, m.reached])).toEqual([
      ['tier', '500', 33.33, true],
      ['min', '600.000', 40, false],
      ['tier', '1000', 66.67, false],
    ]);
  });

  it('without a maximum spans a quarter beyond the last tier, the minimum or the total', () => {
    expect(barScale(buyerCampaign({ maxTotal: null })).toFixed()).toBe('1250');
    expect(
      barScale(buyerCampaign({ maxTotal: null, progress: progress({ total: '2000.000' }) })).toFixed(),
    ).toBe('2500');
    expect(
      barScale(
        buyerCampaign({
          maxTotal: null,
          ladder: [{ minQuantity: '0', unitPrice: '5' }],
          minTotal: '0',
          progress: progress({ total: '0.000' }),
        }),
      ).toFixed(),
    ).toBe('1');
  });

  it('keeps the fill within the bar', () => {
    const s = barScale(buyerCampaign());
    expect(percentOf('0', s)).toBe(0);
    expect(percentOf('1500', s)).toBe(100);
    expect(percentOf('99999', s)).toBe(100);
  });

  it('says the share of the minimum in whole percent, never 100 before it is reached', () => {
    expect(minReachedPercent(9166)).toBe(91);
    expect(minReachedPercent(9999)).toBe(99);
    expect(minReachedPercent(10_000)).toBe(100);
    expect(minReachedPercent(0)).toBe(0);
  });
});

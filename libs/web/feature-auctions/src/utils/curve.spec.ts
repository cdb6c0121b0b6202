import { describe, expect, it } from 'vitest';
import { ownerAuction, result } from '../testing/auction-fixtures';
import { bestOf, curveOfResult, extendCurve, withLivePoint, type CurvePoint } from './curve';

describe('the price curve', () => {
  it('follows the best price through the accepted bids of the result', () => {
    const points = curveOfResult('reverse', result().curve);
    expect(points.map((p) => [p.seq, p.priceText, p.bestText])).toEqual([
      [1, '5995.0000', '5995.0000'],
      [2, '5990.0000', '5990.0000'],
      [3, '5960.0000', '5960.0000'],
      [4, '5980.0000', '5960.0000'],
    ]);
    expect(curveOfResult('forward', result().curve).map((p) => p.bestText)).toEqual([
      '5995.0000',
      '5995.0000',
      '5995.0000',
      '5995.0000',
    ]);
  });

  it('adds a live point when the best price moves', () => {
    const a = ownerAuction({ serverTime: '2026-11-26T08:00:00.000Z' });
    expect(bestOf(a)).toBe('5960.0000');
    const one = withLivePoint([], a);
    expect(one.map((p) => [p.seq, p.bestText])).toEqual([[4, '5960.0000']]);
    // a later sequence, the same best: nothing new; an older sequence: nothing
    expect(withLivePoint(one, { ...a, lastSeq: 5 })).toHaveLength(1);
    expect(withLivePoint(one, { ...a, lastSeq: 3, bestPrice: '5000.0000', ranking: [] })).toHaveLength(1);
    const two = withLivePoint(one, { ...a, lastSeq: 6, ranking: [], bestPrice: '5940.0000' });
    expect(two.map((p) => p.bestText)).toEqual(['5960.0000', '5940.0000']);
    // sealed: no price is known, no point
    expect(withLivePoint([], { ...a, ranking: [], bestPrice: null })).toEqual([]);
  });

  it('extends the bids so far with the live points that came after them', () => {
    const point = (seq: number, best: string): CurvePoint => ({
      at: seq * 1000,
      seq,
      best: Number(best),
      bestText: best,
    });
    const history = [point(1, '6000'), point(3, '5990')];
    const live = [point(3, '5990'), point(5, '5980'), point(6, '5970')];
    expect(extendCurve(history, live).map((p) => p.seq)).toEqual([1, 3, 5, 6]);
    expect(extendCurve([], live)).toEqual(live);
    expect(extendCurve(history, [])).toEqual(history);
  });
});

import { describe, expect, it } from 'vitest';
import { auctionResult } from './auction-result';
import { judgeBid, openingState, type AuctionRules, type AuctionLiveState } from './bid-rules';
import { bid, reverseRules, yuan } from './testing/fixtures';

function after(rules: AuctionRules, bids: ReturnType<typeof bid>[]): AuctionLiveState {
  return bids.reduce((s, b) => judgeBid(rules, s, b).state, openingState(rules));
}

describe('auction result', () => {
  it('reverse: ranks the bidders, says whether the reserve was met, and the savings on 500 t', () => {
    const rules = reverseRules({ visibility: 'rank_only', reservePrice: yuan(5850) });
    const state = after(rules, [bid('a', yuan(5900), 1), bid('b', yuan(5880), 2), bid('c', yuan(5880), 3)]);
    const r = auctionResult(rules, state, 500_000n, yuan(5950));
    expect(r.ranking.map((b) => b.bidderId)).toEqual(['b', 'c', 'a']);
    expect(r.best?.price).toBe(yuan(5880));
    expect(r.reserveMet).toBe(false);
    // 6 000 − 5 880 = 120 yuan/t × 500 t = 60 000 yuan; 2.00 % of the opening
    expect(r.vsOpening).toEqual({ perUnit: yuan(120), totalMinor: 6_000_000n, bps: 200n });
    // 5 950 − 5 880 = 70 yuan/t; 1.18 % of the last price (117.6 bps → 118)
    expect(r.vsLastPrice).toEqual({ perUnit: yuan(70), totalMinor: 3_500_000n, bps: 118n });
    expect(auctionResult({ ...rules, reservePrice: yuan(5880) }, state, 500_000n, null)).toMatchObject({
      reserveMet: true,
      vsLastPrice: null,
    });
  });

  it('forward: a higher price is the gain; no bid, no result', () => {
    const rules = reverseRules({ direction: 'forward', openingPrice: yuan(5000), reservePrice: yuan(5100) });
    const state = after(rules, [bid('x', yuan(5000), 1), bid('y', yuan(5150), 2)]);
    const r = auctionResult(rules, state, 100_000n, yuan(5200));
    expect(r.reserveMet).toBe(true);
    expect(r.vsOpening).toEqual({ perUnit: yuan(150), totalMinor: 1_500_000n, bps: 300n });
    expect(r.vsLastPrice?.perUnit).toBe(yuan(-50));
    expect(auctionResult(rules, openingState(rules), 100_000n, null)).toEqual({
      ranking: [],
      best: null,
      reserveMet: null,
      vsOpening: null,
      vsLastPrice: null,
    });
  });
});

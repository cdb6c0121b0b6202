import { describe, expect, it } from 'vitest';
import {
  bestBid,
  judgeBid,
  openingState,
  rankOf,
  ranking,
  type AuctionLiveState,
  type AuctionRules,
  type BidAttempt,
  type BidOutcome,
} from './bid-rules';
import { at, bid, MIN, reverseRules, yuan } from './testing/fixtures';

/** Judges attempts one after the other from the opening state. */
function run(rules: AuctionRules, attempts: BidAttempt[], start: AuctionLiveState = openingState(rules)) {
  let state = start;
  const outcomes: BidOutcome[] = [];
  for (const a of attempts) {
    const o = judgeBid(rules, state, a);
    outcomes.push(o);
    state = o.state;
  }
  return { state, outcomes, codes: outcomes.map((o) => (o.accepted ? 'accepted' : o.error.code)) };
}

describe('bid acceptance: the clock and the bidder', () => {
  const rules = reverseRules();

  it('takes bids from the start to just before the end, by the server receive time', () => {
    expect(
      run(rules, [
        bid('a', yuan(5990), -1),
        bid('a', yuan(5990), 0),
        bid('b', yuan(5980), 59, 59_999 - 5 * MIN), // 54:59.999, outside the window
        bid('c', yuan(5970), 60),
      ]).codes,
    ).toEqual(['BID_AUCTION_NOT_RUNNING', 'accepted', 'accepted', 'BID_AUCTION_ENDED']);
  });

  it('refuses every bid of a draft, closed or cancelled auction, whatever the time', () => {
    for (const status of ['draft', 'closed', 'awarded', 'cancelled', 'expired'] as const) {
      const o = judgeBid(rules, openingState(rules, status), bid('a', yuan(5990), 10));
      expect(o.accepted ? 'accepted' : o.error.code, status).toBe('BID_AUCTION_NOT_RUNNING');
    }
    // a start job that has not run yet does not hold a bidder back: the state becomes running
    const early = judgeBid(rules, openingState(rules, 'scheduled'), bid('a', yuan(5990), 1));
    expect(early.accepted && early.state.status).toBe('running');
  });

  it('refuses a bidder not invited or suspended, and still numbers the attempt', () => {
    const { codes, state } = run(rules, [
      { ...bid('x', yuan(5990), 1), standing: 'not_invited' },
      { ...bid('y', yuan(5990), 1), standing: 'suspended' },
      bid('a', yuan(5990), 2),
    ]);
    expect(codes).toEqual(['BID_BIDDER_NOT_INVITED', 'BID_BIDDER_SUSPENDED', 'accepted']);
    expect(state.lastSeq).toBe(3);
    expect([...state.bestByBidder.keys()]).toEqual(['a']);
  });
});

describe('bid acceptance: prices and steps', () => {
  it('reverse, best price visible: at or under the opening, then at least one step under the best', () => {
    const r = run(reverseRules(), [
      bid('a', yuan(6000.0001), 1),
      bid('a', yuan(0), 1),
      bid('a', yuan(6000), 1), // the opening itself is a valid first bid
      bid('b', yuan(5990.0001), 2), // less than one step
      bid('b', yuan(5990), 2), // exactly one step
      bid('a', yuan(5990), 3), // equal to the best: not a step
    ]);
    expect(r.codes).toEqual([
      'BID_BEYOND_OPENING',
      'BID_PRICE_INVALID',
      'accepted',
      'BID_STEP_TOO_SMALL',
      'accepted',
      'BID_STEP_TOO_SMALL',
    ]);
    const refused = r.outcomes[3];
    expect(refused?.accepted === false && refused.error.params).toEqual({
      limit: '5990.0000',
      reference: '6000.0000',
    });
  });

  it('forward: at or over the opening floor, then at least one step over the best', () => {
    const rules = reverseRules({ direction: 'forward', openingPrice: yuan(5000) });
    expect(
      run(rules, [
        bid('a', yuan(4999.9999), 1),
        bid('a', yuan(5000), 1),
        bid('b', yuan(5009.9999), 2),
        bid('b', yuan(5010), 2),
      ]).codes,
    ).toEqual(['BID_BEYOND_OPENING', 'accepted', 'BID_STEP_TOO_SMALL', 'accepted']);
  });

  it('a percentage step is exact: 0.5 % under 6 000 is 5 970, not a cent more', () => {
    const rules = reverseRules({ minStep: { kind: 'percent', bps: 50 } });
    const r = run(rules, [bid('a', yuan(6000), 1), bid('b', yuan(5970.0001), 2), bid('b', yuan(5970), 2)]);
    expect(r.codes).toEqual(['accepted', 'BID_STEP_TOO_SMALL', 'accepted']);
    // 0.5 % under 5 970 is 5 940.15; the message rounds the limit to a price one can bid
    const next = judgeBid(rules, r.state, bid('c', yuan(5940.16), 3));
    expect(next.accepted === false && next.error.params?.['limit']).toBe('5940.1500');
  });

  it('a maximum step guards against fat fingers: at most 100 yuan better than the reference', () => {
    const rules = reverseRules({ maxStep: { kind: 'absolute', amount: yuan(100) } });
    const r = run(rules, [
      bid('a', yuan(5899.9999), 1), // 100.0001 under the opening
      bid('a', yuan(5900), 1), // exactly 100 under
      bid('b', yuan(580), 2), // a zero missing
      bid('b', yuan(5800), 2),
    ]);
    expect(r.codes).toEqual(['BID_STEP_TOO_LARGE', 'accepted', 'BID_STEP_TOO_LARGE', 'accepted']);
    const fat = r.outcomes[2];
    expect(fat?.accepted === false && fat.error.params).toEqual({
      limit: '5800.0000',
      reference: '5900.0000',
    });
  });

  it('rank only and sealed: a bidder must beat its own best, not a best it cannot see', () => {
    for (const visibility of ['rank_only', 'sealed'] as const) {
      const rules = reverseRules({ visibility });
      const r = run(rules, [
        bid('a', yuan(5900), 1),
        bid('b', yuan(5950), 2), // worse than a's, but b's first bid: accepted, rank 2
        bid('b', yuan(5945), 3), // less than a step under its own 5 950
        bid('b', yuan(5900), 4), // ties a: ranks after a (later)
        bid('a', yuan(5895), 5), // less than a step under its own
      ]);
      expect(r.codes, visibility).toEqual([
        'accepted',
        'accepted',
        'BID_STEP_TOO_SMALL',
        'accepted',
        'BID_STEP_TOO_SMALL',
      ]);
      expect(r.outcomes.map((o) => (o.accepted ? o.rank : null))).toEqual([1, 2, null, 2, null]);
    }
  });

  it('ranks bidders by their best price, equal prices by the earlier sequence number', () => {
    const rules = reverseRules({ visibility: 'rank_only' });
    const { state } = run(rules, [
      bid('a', yuan(5950), 1),
      bid('b', yuan(5900), 2),
      bid('c', yuan(5900), 3),
      bid('a', yuan(5900), 4),
    ]);
    expect(ranking('reverse', state).map((b) => [b.bidderId, b.seq])).toEqual([
      ['b', 2],
      ['c', 3],
      ['a', 4],
    ]);
    expect(bestBid('reverse', state)?.bidderId).toBe('b');
    expect(rankOf('reverse', state, 'a')).toBe(3);
    expect(rankOf('reverse', state, 'nobody')).toBeNull();
  });
});

describe('anti-sniping', () => {
  it('a new best bid in the last 5 minutes moves the end to 5 minutes after it', () => {
    const rules = reverseRules();
    const r = run(rules, [
      bid('a', yuan(5990), 54, 59_999), // 54:59.999: outside the window
      bid('b', yuan(5980), 55), // 55:00: inside → end 60:00 (not later: no extension)
      bid('a', yuan(5970), 57, 30_000), // 57:30 → end 62:30
      bid('b', yuan(5960), 62, 29_999), // 62:29.999 → end 67:29.999
      bid('c', yuan(5950), 67, 29_999), // at the end: refused
    ]);
    expect(r.codes).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'BID_AUCTION_ENDED']);
    expect(r.outcomes.map((o) => o.accepted && o.extended)).toEqual([false, false, true, true, false]);
    expect(r.state.currentEnd).toEqual(at(67, 29_999));
    expect(r.state.extensions).toBe(2);
  });

  it('only a bid reaching the trigger rank extends; a bid at rank 2 does not', () => {
    const rules = reverseRules({ visibility: 'rank_only' });
    const r = run(rules, [bid('a', yuan(5900), 10), bid('b', yuan(5950), 58)]);
    expect(r.outcomes[1]?.accepted && r.outcomes[1].extended).toBe(false);
    const wider = reverseRules({
      visibility: 'rank_only',
      sniping: { ...rules.sniping, triggerRank: 2 },
    });
    const w = run(wider, [bid('a', yuan(5900), 10), bid('b', yuan(5950), 58)]);
    expect(w.outcomes[1]?.accepted && w.outcomes[1].extended).toBe(true);
    expect(w.state.currentEnd).toEqual(at(63));
  });

  it('stops at the hard stop and after the maximum number of extensions', () => {
    const capped = reverseRules({ sniping: { ...reverseRules().sniping, hardStopAt: at(64) } });
    const c = run(capped, [
      bid('a', yuan(5990), 58),
      bid('b', yuan(5980), 62),
      bid('a', yuan(5970), 63, 59_999),
    ]);
    expect(c.state.currentEnd).toEqual(at(64));
    expect(c.outcomes.map((o) => o.accepted && o.extended)).toEqual([true, true, false]);
    expect(judgeBid(capped, c.state, bid('b', yuan(5960), 64)).accepted).toBe(false);

    const once = reverseRules({ sniping: { ...reverseRules().sniping, maxExtensions: 1 } });
    const o = run(once, [bid('a', yuan(5990), 58), bid('b', yuan(5980), 62)]);
    expect(o.state.currentEnd).toEqual(at(63));
    expect(o.state.extensions).toBe(1);
    expect(judgeBid(once, o.state, bid('a', yuan(5970), 63)).accepted).toBe(false);
  });
});

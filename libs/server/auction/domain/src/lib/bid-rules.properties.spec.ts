import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayBids } from './bid-replay';
import {
  bestBid,
  better,
  judgeBid,
  openingState,
  rankOf,
  type AcceptedBid,
  type AuctionRules,
  type AuctionVisibility,
  type BidAttempt,
  type StepRule,
} from './bid-rules';
import { at, MIN, reverseRules, yuan } from './testing/fixtures';

/**
 * Random auctions under random bursts of bids (many bidders, prices around the opening, times
 * across and past the end), checked against the rules restated independently.
 */
const visibility = fc.constantFrom<AuctionVisibility>('best_price', 'rank_only', 'sealed');
const step = fc.oneof(
  fc.record({ kind: fc.constant('absolute' as const), amount: fc.bigInt({ min: 1n, max: yuan(50) }) }),
  fc.record({ kind: fc.constant('percent' as const), bps: fc.integer({ min: 1, max: 200 }) }),
);
const rulesArb = fc
  .record({
    direction: fc.constantFrom('reverse' as const, 'forward' as const),
    visibility,
    minStep: step,
    maxStep: fc.option(step, { nil: null }),
    maxExtensions: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
    hardStopMinutes: fc.option(fc.integer({ min: 60, max: 80 }), { nil: null }),
    triggerRank: fc.integer({ min: 1, max: 3 }),
    windowMinutes: fc.integer({ min: 1, max: 10 }),
    extensionMinutes: fc.integer({ min: 1, max: 10 }),
  })
  .map((r): AuctionRules =>
    reverseRules({
      direction: r.direction,
      visibility: r.visibility,
      minStep: r.minStep,
      // a maximum step at least as wide as the minimum, as configuration validation demands
      maxStep: r.maxStep === null ? null : widest(r.minStep, r.maxStep),
      sniping: {
        windowMs: r.windowMinutes * MIN,
        extensionMs: r.extensionMinutes * MIN,
        maxExtensions: r.maxExtensions,
        hardStopAt: r.hardStopMinutes === null ? null : at(r.hardStopMinutes),
        triggerRank: r.triggerRank,
      },
    }),
  );

function widest(min: StepRule, max: StepRule): StepRule {
  if (min.kind === 'absolute' && max.kind === 'absolute') return max.amount >= min.amount ? max : min;
  if (min.kind === 'percent' && max.kind === 'percent') return max.bps >= min.bps ? max : min;
  return { kind: 'absolute', amount: yuan(6000) }; // mixed kinds: effectively no maximum
}

/**
 * Bidders react to what they see: each attempt improves on the bidder's view of the price (the
 * best, its own best or the opening) by a random amount, often less than a step, sometimes
 * worse, now and then a fat finger.
 */
const attemptsArb = (bidders: number) =>
  fc.array(
    fc.record({
      bidder: fc.integer({ min: 1, max: bidders }),
      improvementCents: fc.oneof(
        { weight: 8, arbitrary: fc.integer({ min: -2_000, max: 6_000 }) },
        { weight: 1, arbitrary: fc.integer({ min: 10_000, max: 500_000 }) },
      ),
      // when it comes: a while after the previous bid, or within a few seconds of the end or of
      // the sniping window's start
      time: fc.oneof(
        {
          weight: 12,
          arbitrary: fc.record({
            kind: fc.constant('gap' as const),
            ms: fc.integer({ min: 0, max: 40_000 }),
          }),
        },
        {
          weight: 1,
          arbitrary: fc.record({
            kind: fc.constant('end' as const),
            ms: fc.integer({ min: -3_000, max: 500 }),
          }),
        },
        {
          weight: 2,
          arbitrary: fc.record({
            kind: fc.constant('window' as const),
            ms: fc.integer({ min: -1_500, max: 1_500 }),
          }),
        },
      ),
    }),
    { minLength: 20, maxLength: 300 },
  );

/** The step bound restated: the price a bid must be at least as good as. */
function meetsMinStep(rules: AuctionRules, price: bigint, reference: bigint): boolean {
  const s = rules.minStep;
  if (rules.direction === 'reverse') {
    return s.kind === 'absolute'
      ? price <= reference - s.amount
      : price * 10_000n <= reference * (10_000n - BigInt(s.bps));
  }
  return s.kind === 'absolute'
    ? price >= reference + s.amount
    : price * 10_000n >= reference * (10_000n + BigInt(s.bps));
}

describe('bid acceptance properties', () => {
  it('accepted bids improve by at least the step, none comes at or after the end, sequence numbers have no gaps, extensions follow the rule, and a replay decides the same', () => {
    const seen = { accepted: 0, refused: 0, extended: 0, late: 0 };
    fc.assert(
      fc.property(rulesArb, attemptsArb(200), (rules, raw) => {
        let state = openingState(rules, 'running');
        // the server receives bids in order: a time before the previous one is the previous one
        let clock = at(0).getTime();
        const timeOf = (t: (typeof raw)[number]['time']) => {
          const end = state.currentEnd.getTime();
          const wanted =
            t.kind === 'gap'
              ? clock + t.ms
              : t.kind === 'end'
                ? end + t.ms
                : end - rules.sniping.windowMs + t.ms;
          clock = Math.max(clock, wanted);
          return new Date(clock);
        };
        const view = (bidderId: string) =>
          (rules.visibility === 'best_price'
            ? bestBid(rules.direction, state)?.price
            : state.bestByBidder.get(bidderId)?.price) ?? rules.openingPrice;
        const attemptOf = (r: (typeof raw)[number]): BidAttempt => {
          const bidderId = `bidder-${r.bidder}`;
          const move = BigInt(r.improvementCents) * 100n;
          return {
            bidderId,
            price: view(bidderId) + (rules.direction === 'reverse' ? -move : move),
            receivedAt: timeOf(r.time),
            standing: 'invited',
          };
        };
        const accepted: AcceptedBid[] = [];
        const recorded = [];
        for (const r of raw) {
          const attempt = attemptOf(r);
          const before = state;
          const o = judgeBid(rules, before, attempt);
          expect(o.seq).toBe(before.lastSeq + 1);
          recorded.push({ ...attempt, seq: o.seq, outcome: o.accepted ? 'accepted' : o.error.code });
          state = o.state;
          const time = attempt.receivedAt.getTime();
          if (o.accepted) seen.accepted += 1;
          else seen.refused += 1;
          if (o.accepted && o.extended) seen.extended += 1;
          if (!o.accepted && o.error.code === 'BID_AUCTION_ENDED') seen.late += 1;
          if (!o.accepted) {
            expect(state.currentEnd).toEqual(before.currentEnd);
            expect(state.bestByBidder).toBe(before.bestByBidder);
            continue;
          }
          // never at or after the end as it stood when the bid came in
          expect(time).toBeLessThan(before.currentEnd.getTime());
          expect(better(rules.direction, rules.openingPrice, attempt.price)).toBe(false);
          // improves on the reference it had to beat
          const reference =
            rules.visibility === 'best_price'
              ? accepted.at(-1)?.price
              : before.bestByBidder.get(attempt.bidderId)?.price;
          if (reference !== undefined) expect(meetsMinStep(rules, attempt.price, reference)).toBe(true);
          accepted.push({
            seq: o.seq,
            bidderId: attempt.bidderId,
            price: attempt.price,
            receivedAt: attempt.receivedAt,
          });
          // the extension rule, restated
          const rank = rankOf(rules.direction, state, attempt.bidderId) ?? 0;
          const { sniping } = rules;
          let expectedEnd = before.currentEnd.getTime();
          if (
            time >= expectedEnd - sniping.windowMs &&
            rank <= sniping.triggerRank &&
            (sniping.maxExtensions === null || before.extensions < sniping.maxExtensions)
          ) {
            const candidate = Math.min(time + sniping.extensionMs, sniping.hardStopAt?.getTime() ?? Infinity);
            if (candidate > expectedEnd) expectedEnd = candidate;
          }
          expect(state.currentEnd.getTime()).toBe(expectedEnd);
          expect(o.extended).toBe(expectedEnd !== before.currentEnd.getTime());
          if (sniping.hardStopAt)
            expect(state.currentEnd.getTime()).toBeLessThanOrEqual(
              Math.max(sniping.hardStopAt.getTime(), rules.endsAt.getTime()),
            );
        }
        // best-price auctions: the accepted sequence is strictly improving by at least the step
        if (rules.visibility === 'best_price') {
          for (let i = 1; i < accepted.length; i++) {
            const prev = accepted[i - 1] as AcceptedBid;
            const next = accepted[i] as AcceptedBid;
            expect(meetsMinStep(rules, next.price, prev.price)).toBe(true);
          }
        }
        expect(state.lastSeq).toBe(raw.length);
        expect(state.extensions).toBeLessThanOrEqual(rules.sniping.maxExtensions ?? Infinity);
        // the replay of the record through the pure rules decides every attempt the same way
        const replay = replayBids(rules, recorded);
        expect(replay.ok).toBe(true);
        if (replay.ok) {
          expect(replay.state.currentEnd).toEqual(state.currentEnd);
          expect([...replay.state.bestByBidder]).toEqual([...state.bestByBidder]);
        }
      }),
      { numRuns: 300 },
    );
    // the runs exercised every branch, not only refusals
    expect(seen.accepted).toBeGreaterThan(500);
    expect(seen.refused).toBeGreaterThan(500);
    expect(seen.extended).toBeGreaterThan(20);
    expect(seen.late).toBeGreaterThan(20);
  });

  it('a replay detects a record whose decision the rules would not make', () => {
    const rules = reverseRules();
    const recorded = [
      {
        bidderId: 'a',
        price: yuan(5990),
        receivedAt: at(1),
        standing: 'invited' as const,
        seq: 1,
        outcome: 'accepted',
      },
      // recorded as accepted, but it is not a step under 5 990
      {
        bidderId: 'b',
        price: yuan(5985),
        receivedAt: at(2),
        standing: 'invited' as const,
        seq: 2,
        outcome: 'accepted',
      },
    ];
    expect(replayBids(rules, recorded)).toEqual({
      ok: false,
      seq: 2,
      recorded: 'accepted',
      replayed: 'BID_STEP_TOO_SMALL',
    });
  });
});

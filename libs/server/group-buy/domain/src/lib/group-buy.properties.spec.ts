import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeCommitment, judgeWithdrawal, type CurrentCommitment } from './commitment-rules';
import { checkLadder, depositFor, ladderProgress, priceAt, type Tier } from './ladder';
import { settlementOf } from './settlement';
import { hours, sugarTerms, t } from './testing/fixtures';

/** Valid ladders: from 0, ascending starts, prices that never rise. */
const ladderArb: fc.Arbitrary<Tier[]> = fc
  .tuple(
    fc.bigInt({ min: 1n, max: 10n ** 9n }),
    fc.array(fc.tuple(fc.bigInt({ min: 1n, max: 10n ** 7n }), fc.bigInt({ min: 0n, max: 10n ** 6n })), {
      maxLength: 6,
    }),
  )
  .map(([first, steps]) => {
    const tiers: Tier[] = [{ minQuantity: 0n, unitPrice: first }];
    for (const [gap, cut] of steps) {
      const before = tiers[tiers.length - 1] as Tier;
      const price = before.unitPrice - cut;
      if (price <= 0n) break;
      tiers.push({ minQuantity: before.minQuantity + gap, unitPrice: price });
    }
    return tiers;
  });

describe('group-buy rules (properties)', () => {
  it('more pooled quantity never raises the price, and the price is the reached tier’s', () => {
    fc.assert(
      fc.property(
        ladderArb,
        fc.bigInt({ min: 0n, max: 10n ** 8n }),
        fc.bigInt({ min: 0n, max: 10n ** 8n }),
        (ladder, a, b) => {
          expect(checkLadder(ladder).ok).toBe(true);
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(priceAt(ladder, hi) <= priceAt(ladder, lo)).toBe(true);
          const reached = ladder.filter((tier) => tier.minQuantity <= lo).at(-1) as Tier;
          expect(priceAt(ladder, lo)).toBe(reached.unitPrice);
          const progress = ladderProgress(ladder, lo, 1n, null);
          if (progress.nextTier) {
            expect(progress.nextTier.needed > 0n).toBe(true);
            expect(priceAt(ladder, lo + progress.nextTier.needed)).toBe(progress.nextTier.unitPrice);
            expect(priceAt(ladder, lo + progress.nextTier.needed - 1n)).toBe(progress.currentPrice);
          }
        },
      ),
    );
  });

  it('the deposit is never negative, never more than the commitment at the first price, and grows with it', () => {
    fc.assert(
      fc.property(
        ladderArb,
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        fc.bigInt({ min: 0n, max: 10n ** 6n }),
        fc.integer({ min: 0, max: 10_000 }),
        (ladder, q, more, bps) => {
          const d = depositFor(ladder, q, bps);
          const first = (ladder[0] as Tier).unitPrice;
          expect(d >= 0n).toBe(true);
          // the full value at the first price, in minor units rounded half-up
          expect(d <= (q * first + 50_000n) / 100_000n).toBe(true);
          expect(depositFor(ladder, q + more, bps) >= d).toBe(true);
        },
      ),
    );
  });

  it('whatever buyers do in whatever order, the total is the sum of commitments and never above the maximum', () => {
    const buyers = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'];
    const action = fc.record({
      buyer: fc.constantFrom(...buyers),
      withdraw: fc.boolean(),
      quantity: fc.integer({ min: 1, max: 400 }),
      month: fc.constantFrom('2027-01', '2027-02', '2027-03'),
      hour: fc.integer({ min: 0, max: 50 }),
    });
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), fc.integer({ min: 0, max: 2000 }), (actions, max) => {
        const terms = sugarTerms({
          maxTotal: max === 0 ? null : t(max),
          minTotal: t(Math.min(600, max || 600)),
        });
        const mine = new Map<string, CurrentCommitment>();
        let total = 0n;
        for (const a of actions.sort((x, y) => x.hour - y.hour)) {
          const at = hours(a.hour);
          const current = mine.get(a.buyer) ?? null;
          const who = { buyerId: a.buyer, buyerRegion: 'CN-GX', isBuyer: true, at };
          const decision = a.withdraw
            ? judgeWithdrawal(terms, { status: 'open', total }, current, who)
            : judgeCommitment(terms, { status: 'open', total }, current, {
                ...who,
                quantity: t(a.quantity),
                deliveryMonth: a.month,
              });
          if (!decision.ok) {
            // a refusal changes nothing; past the lock, nobody goes down
            if (decision.error.code === 'JOIN_ABOVE_MAX_TOTAL') expect(terms.maxTotal).not.toBeNull();
            continue;
          }
          const d = decision.value;
          if (at >= terms.lockAt) expect(d.delta >= 0n).toBe(true);
          expect(at < terms.deadline).toBe(true);
          total = d.total;
          if (d.kind === 'withdrawn') mine.delete(a.buyer);
          else mine.set(a.buyer, { quantity: d.quantity, deliveryMonth: d.deliveryMonth });
          expect(total).toBe([...mine.values()].reduce((s, c) => s + c.quantity, 0n));
          if (terms.maxTotal !== null) expect(total <= terms.maxTotal).toBe(true);
        }
        const outcome = settlementOf(terms.ladder, terms.minTotal, total);
        expect(outcome.succeeded).toBe(total >= terms.minTotal && total > 0n);
        expect(outcome.finalPrice).toBe(priceAt(terms.ladder, total));
      }),
    );
  });
});

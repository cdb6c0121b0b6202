import type { AuctionRules, BidAttempt } from '../bid-rules';

export const T0 = new Date('2026-12-01T02:00:00.000Z'); // 10:00 in China
export const MIN = 60_000;
export const at = (minutes: number, ms = 0) => new Date(T0.getTime() + minutes * MIN + ms);
/** A price in yuan as the scaled bigint (4 places). */
export const yuan = (v: number | string) => {
  const [whole, frac = ''] = String(v).split('.');
  return BigInt(whole ?? '0') * 10_000n + BigInt((frac + '0000').slice(0, 4));
};

/** A reverse auction for sugar: opening 6 000 yuan/t, step 10 yuan, 60 minutes, 5 + 5 anti-sniping. */
export function reverseRules(overrides: Partial<AuctionRules> = {}): AuctionRules {
  return {
    direction: 'reverse',
    visibility: 'best_price',
    openingPrice: yuan(6000),
    minStep: { kind: 'absolute', amount: yuan(10) },
    maxStep: null,
    startsAt: at(0),
    endsAt: at(60),
    sniping: {
      windowMs: 5 * MIN,
      extensionMs: 5 * MIN,
      maxExtensions: null,
      hardStopAt: null,
      triggerRank: 1,
    },
    reservePrice: null,
    ...overrides,
  };
}

export function bid(bidderId: string, price: bigint, minutes: number, ms = 0): BidAttempt {
  return { bidderId, price, receivedAt: at(minutes, ms), standing: 'invited' };
}

import type { CampaignTerms } from '../commitment-rules';
import type { Tier } from '../ladder';

export const t = (n: number) => BigInt(Math.round(n * 1000)); // quantity, 3 places
export const p = (n: number) => BigInt(Math.round(n * 10_000)); // price, 4 places
export const SUGAR_LADDER: Tier[] = [
  { minQuantity: 0n, unitPrice: p(5000) },
  { minQuantity: t(500), unitPrice: p(4900) },
  { minQuantity: t(1000), unitPrice: p(4800) },
];
export const NOW = new Date('2026-12-01T02:00:00Z');
export const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

/** The sugar campaign of DESIGN.md §7: 广西 and 广东 food factories, 600 t to succeed, 1 500 t capacity. */
export function sugarTerms(over: Partial<CampaignTerms> = {}): CampaignTerms {
  return {
    sellerId: 'mill',
    ladder: SUGAR_LADDER,
    minTotal: t(600),
    maxTotal: t(1500),
    perBuyerMin: t(20),
    perBuyerMax: t(300),
    lockAt: hours(24),
    deadline: hours(48),
    regions: ['CN-GX', 'CN-GD'],
    deliveryMonths: ['2027-01', '2027-02'],
    depositBps: 1000,
    ...over,
  };
}

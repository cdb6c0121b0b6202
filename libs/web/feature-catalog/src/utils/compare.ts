import type { ComparisonRowView } from '../data/types';
import { PRICE_PLACES, parseScaled } from './decimal';

/**
 * The comparison's rows in reading order: sellers with a price by landed unit cost, cheapest
 * first (ties keep the API's order), then the sellers without one.
 */
export function sortComparison(rows: readonly ComparisonRowView[]): ComparisonRowView[] {
  const cost = (r: ComparisonRowView) =>
    r.landedUnitCost === null ? null : parseScaled(r.landedUnitCost, PRICE_PLACES);
  return rows
    .map((row, index) => ({ row, index, cost: row.unavailable ? null : cost(row) }))
    .sort((a, b) => {
      if (a.cost === null || b.cost === null)
        return a.cost === null ? (b.cost === null ? a.index - b.index : 1) : -1;
      return a.cost < b.cost ? -1 : a.cost > b.cost ? 1 : a.index - b.index;
    })
    .map((x) => x.row);
}

export interface Bar {
  sellerId: string;
  sellerName: string;
  sellerNameEn: string | null;
  landedUnitCost: string;
  currency: string;
  cheapest: boolean;
  /** the bar's length against the dearest seller, in basis points 0..10 000, from exact bigint ratios */
  ratioBps: number;
}

/**
 * One bar per seller with a price, its length proportional to the landed unit cost: cost ×
 * 10 000 ÷ the highest cost, in integers (rounded down), so equal costs give equal bars.
 */
export function costBars(rows: readonly ComparisonRowView[]): Bar[] {
  const priced = sortComparison(rows).flatMap((r) => {
    const cost =
      r.unavailable || r.landedUnitCost === null ? null : parseScaled(r.landedUnitCost, PRICE_PLACES);
    return cost === null || cost < 0n ? [] : [{ row: r, cost }];
  });
  const max = priced.reduce((m, p) => (p.cost > m ? p.cost : m), 0n);
  return priced.map(({ row, cost }) => ({
    sellerId: row.sellerId,
    sellerName: row.sellerName,
    sellerNameEn: row.sellerNameEn,
    landedUnitCost: row.landedUnitCost ?? '',
    currency: row.currency ?? 'CNY',
    cheapest: row.cheapest,
    ratioBps: max === 0n ? 0 : Number((cost * 10_000n) / max),
  }));
}

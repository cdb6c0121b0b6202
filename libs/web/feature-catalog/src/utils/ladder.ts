import type { MyPriceView } from '../data/types';
import { formatScaled, mulDivRound, parseScaled, PRICE_PLACES, QUANTITY_PLACES } from './decimal';

export interface LadderRow {
  /** the break's minimum quantity; null for the base price below the first break */
  from: string | null;
  kind: 'base' | 'absolute' | 'percent';
  /** the percent off the base for a `percent` break */
  percent: string | null;
  /** the unit price from this break on (4 places), computed as the quote engine does */
  unitPrice: string;
}

/**
 * My price and its quantity ladder as rows: the base price, then each break by quantity
 * with the unit price it gives (a percentage off the base rounded half-up to 4 places).
 */
export function ladderRows(price: Pick<MyPriceView, 'unitPrice' | 'ladder'>): LadderRow[] {
  const base = parseScaled(price.unitPrice, PRICE_PLACES);
  const rows: LadderRow[] = [{ from: null, kind: 'base', percent: null, unitPrice: price.unitPrice }];
  const breaks = [...price.ladder]
    .map((b) => ({ b, min: parseScaled(b.minQuantity, QUANTITY_PLACES) ?? 0n }))
    .sort((x, y) => (x.min < y.min ? -1 : x.min > y.min ? 1 : 0));
  for (const { b, min } of breaks) {
    let unitPrice = b.value;
    if (b.kind === 'percent') {
      const pct = parseScaled(b.value, 2);
      unitPrice =
        base === null || pct === null
          ? ''
          : formatScaled(mulDivRound(base, 10_000n - pct, 10_000n), PRICE_PLACES, PRICE_PLACES);
    }
    rows.push({
      from: formatScaled(min, QUANTITY_PLACES),
      kind: b.kind,
      percent: b.kind === 'percent' ? b.value : null,
      unitPrice,
    });
  }
  return rows;
}

import {
  decimalProblem,
  mulDivRoundHalfUp,
  parseScaled,
  PERCENT_PLACES,
  PRICE_PLACES,
  priceProblem,
  QUANTITY_PLACES,
  quantityProblem,
} from './decimal';
import type { LadderBreakView } from '../data/types';

/**
 * Quantity ladders (阶梯价, DESIGN.md §4 adjustment 1), checked before they are sent the way
 * the contract and the quote engine check them: a break starts at a quantity > 0 with at
 * most 3 decimals, breaks strictly increase, an absolute break is a price with at most 4
 * decimals not above the item's unit price, a percentage is more than 0 and at most 100
 * with at most 2 decimals.
 */

/** The contract's bound: at most 10 breaks per item. */
export const MAX_BREAKS = 10;

export interface LadderRow {
  minQuantity: string;
  kind: 'absolute' | 'percent';
  value: string;
}

export type LadderProblem =
  'required' | 'invalid' | 'decimals' | 'tooLarge' | 'zero' | 'notIncreasing' | 'aboveBase' | 'percentRange';

/** What is wrong with the start quantity of break `index`, or null. */
export function minQuantityProblem(
  rows: readonly (LadderRow | undefined)[],
  index: number,
): LadderProblem | null {
  const row = rows[index];
  const problem = quantityProblem(row?.minQuantity);
  if (problem) return problem;
  const here = parseScaled(row?.minQuantity, QUANTITY_PLACES) as bigint;
  for (let i = index - 1; i >= 0; i--) {
    const before = parseScaled(rows[i]?.minQuantity, QUANTITY_PLACES);
    if (before !== null) return here > before ? null : 'notIncreasing';
  }
  return null;
}

/** What is wrong with the value of break `index` (its price, or its percentage off), or null. */
export function breakValueProblem(
  rows: readonly (LadderRow | undefined)[],
  index: number,
  unitPrice: string | null | undefined,
): LadderProblem | null {
  const row = rows[index];
  if (row?.kind === 'percent') {
    const problem = decimalProblem(row.value, PERCENT_PLACES, { positive: true });
    if (problem) return problem;
    const percent = parseScaled(row.value, PERCENT_PLACES) as bigint;
    return percent > 100n * 10n ** BigInt(PERCENT_PLACES) ? 'percentRange' : null;
  }
  const problem = priceProblem(row?.value);
  if (problem) return problem;
  const base = parseScaled(unitPrice, PRICE_PLACES);
  if (base !== null && (parseScaled(row?.value, PRICE_PLACES) as bigint) > base) return 'aboveBase';
  return null;
}

/** Every problem of a ladder, by break and field: what the editor shows before sending. */
export function ladderProblems(
  rows: readonly LadderRow[],
  unitPrice: string | null | undefined,
): Array<{ index: number; field: 'minQuantity' | 'value'; problem: LadderProblem }> {
  const out: Array<{ index: number; field: 'minQuantity' | 'value'; problem: LadderProblem }> = [];
  rows.forEach((_, index) => {
    const q = minQuantityProblem(rows, index);
    if (q) out.push({ index, field: 'minQuantity', problem: q });
    const v = breakValueProblem(rows, index, unitPrice);
    if (v) out.push({ index, field: 'value', problem: v });
  });
  return out;
}

/** The break as the API stores it, trimmed. */
export const toLadderBreak = (row: LadderRow): LadderBreakView => ({
  minQuantity: row.minQuantity.trim(),
  kind: row.kind,
  value: row.value.trim(),
});

/** The unit price a break gives on `unitPrice`: its own price, or the base less the percentage, half-up to 4 places. */
export function breakUnitPrice(row: LadderRow, unitPrice: string): bigint | null {
  const base = parseScaled(unitPrice, PRICE_PLACES);
  if (row.kind === 'absolute') return parseScaled(row.value, PRICE_PLACES);
  const percent = parseScaled(row.value, PERCENT_PLACES);
  if (base === null || percent === null) return null;
  return mulDivRoundHalfUp(base, 10_000n - percent, 10_000n);
}

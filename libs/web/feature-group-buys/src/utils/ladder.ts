import { Dec, PRICE, QUANTITY, quantityText } from './decimal';

/**
 * The campaign's price ladder as the portal reads it — the same rules as the server's
 * (libs/server/group-buy/domain ladder.ts): from `minQuantity` pooled (inclusive) every
 * participant pays `unitPrice`, the tier the *total* reached; the deposit is `depositBps` of
 * the commitment at the first tier's price, half up to the fen. Decimal text in, decimal text
 * out: nothing passes through a float.
 */
export interface Tier {
  minQuantity: string;
  unitPrice: string;
}

/** The index of the tier a total reached (the last whose start it reaches). */
export function tierIndexAt(ladder: readonly Tier[], total: string): number {
  const t = new Dec(total);
  let index = 0;
  for (let i = 1; i < ladder.length; i++) {
    if (t.greaterThanOrEqualTo((ladder[i] as Tier).minQuantity)) index = i;
  }
  return index;
}

/** The unit price every participant pays when the pool ends at `total`. */
export function priceAt(ladder: readonly Tier[], total: string): string {
  return (ladder[tierIndexAt(ladder, total)] as Tier).unitPrice;
}

/** The next tier above a total and how much more pooled quantity reaches it; null at the last tier. */
export function nextTierAt(
  ladder: readonly Tier[],
  total: string,
): { index: number; unitPrice: string; minQuantity: string; needed: string } | null {
  const index = tierIndexAt(ladder, total) + 1;
  const next = ladder[index];
  if (!next) return null;
  return {
    index,
    unitPrice: next.unitPrice,
    minQuantity: next.minQuantity,
    needed: quantityText(new Dec(next.minQuantity).minus(total)),
  };
}

/**
 * The deposit of a commitment in fen (a string of digits): `depositBps` of the quantity at the
 * first tier's price, rounded half up — exactly the server's `depositFor`. `"100"` t at `5000`
 * with 1 000 bps → `"5000000"` (¥50,000.00). Null when the quantity is not a plain decimal.
 */
export function depositMinor(ladder: readonly Tier[], quantity: string, depositBps: number): string | null {
  const q = quantity.trim();
  const first = ladder[0];
  if (!first || !QUANTITY.test(q) || !Number.isInteger(depositBps) || depositBps < 0) return null;
  return new Dec(q)
    .times(first.unitPrice)
    .times(depositBps)
    .dividedBy(100)
    .toDecimalPlaces(0, Dec.ROUND_HALF_UP)
    .toFixed(0);
}

/** What may be wrong with a row of the ladder editor. */
export type LadderProblem =
  | { field: 'minQuantity'; problem: 'required' | 'format' | 'firstNotZero' | 'notAscending' }
  | { field: 'unitPrice'; problem: 'required' | 'format' | 'zero' | 'rises' };

/** A row's problem with its start: a quantity of ≤ 3 places, 0 for the first, above the one before. */
export function tierStartProblem(
  ladder: ReadonlyArray<Partial<Tier> | undefined>,
  index: number,
): 'required' | 'format' | 'firstNotZero' | 'notAscending' | null {
  const s = (ladder[index]?.minQuantity ?? '').trim();
  if (!s) return 'required';
  if (!QUANTITY.test(s)) return 'format';
  if (index === 0) return new Dec(s).isZero() ? null : 'firstNotZero';
  const before = (ladder[index - 1]?.minQuantity ?? '').trim();
  if (!QUANTITY.test(before)) return null;
  return new Dec(s).greaterThan(before) ? null : 'notAscending';
}

/** A row's problem with its price: ≤ 4 places, more than zero, never more than the tier before. */
export function tierPriceProblem(
  ladder: ReadonlyArray<Partial<Tier> | undefined>,
  index: number,
): 'required' | 'format' | 'zero' | 'rises' | null {
  const s = (ladder[index]?.unitPrice ?? '').trim();
  if (!s) return 'required';
  if (!PRICE.test(s)) return 'format';
  if (new Dec(s).isZero()) return 'zero';
  if (index === 0) return null;
  const before = (ladder[index - 1]?.unitPrice ?? '').trim();
  if (!PRICE.test(before)) return null;
  return new Dec(s).greaterThan(before) ? 'rises' : null;
}

/** Every problem of a ladder, row by row (empty: the server's `checkLadder` takes it). */
export function ladderProblems(
  ladder: ReadonlyArray<Partial<Tier> | undefined>,
): Array<{ index: number } & LadderProblem> {
  const out: Array<{ index: number } & LadderProblem> = [];
  ladder.forEach((_, index) => {
    const start = tierStartProblem(ladder, index);
    if (start) out.push({ index, field: 'minQuantity', problem: start });
    const price = tierPriceProblem(ladder, index);
    if (price) out.push({ index, field: 'unitPrice', problem: price });
  });
  return out;
}

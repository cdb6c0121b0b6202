import type { DisputeResolutionInput } from '@tradeway/shared/contracts';
import { toThousandths } from './shipping';

/**
 * The pure rules of the receipt and dispute screens (decision 0018): what the buyer types as a
 * received quantity, the variance against what was shipped in exact thousandths (the server's
 * `receipt-rules.ts` to the basis point, never a float), a credit typed in yuan as fen, return
 * quantities, the operator desk's dispute age and the evidence file limits.
 */

/** Goods counted in whole units are received exactly (tolerance 0), as on the server. */
export const COUNTED_UNITS: readonly string[] = ['piece', 'box'];

/** The tolerance of a line: 0 for counted units, else the order's (bps). */
export const toleranceOf = (unit: string, orderToleranceBps: number): number =>
  COUNTED_UNITS.includes(unit) ? 0 : orderToleranceBps;

export type QuantityProblem = 'required' | 'invalid' | 'decimals';

/** What is wrong with a received quantity as typed: required, a decimal ≥ 0 with at most 3 places. */
export function receivedQuantityProblem(text: string | null | undefined): QuantityProblem | null {
  const s = (text ?? '').trim();
  if (s === '') return 'required';
  const match = /^\d{1,12}(?:\.(\d+))?$/.exec(s);
  if (!match) return 'invalid';
  if ((match[1] ?? '').length > 3) return 'decimals';
  return null;
}

export interface LineVariance {
  /** received − shipped, thousandths (negative: short). */
  variance: bigint;
  /** variance ÷ shipped in basis points, rounded half away from zero (the server's figure). */
  bps: number;
  /** |variance| × 10 000 ≤ tolerance × shipped, exactly. */
  within: boolean;
}

/** The variance of a typed received quantity against the shipped one; null while it is not a valid quantity. */
export function lineVariance(
  shipped: string,
  receivedText: string | null | undefined,
  toleranceBps: number,
): LineVariance | null {
  if (receivedQuantityProblem(receivedText) !== null) return null;
  const s = toThousandths(shipped);
  const r = toThousandths(receivedText);
  if (s === null || r === null || s <= 0n) return null;
  const variance = r - s;
  const magnitude = variance < 0n ? -variance : variance;
  const numerator = variance * 10_000n;
  let q = numerator / s;
  const rest = numerator % s;
  if ((rest < 0n ? -rest : rest) * 2n >= s) q += numerator < 0n ? -1n : 1n;
  return { variance, bps: Number(q), within: magnitude * 10_000n <= BigInt(toleranceBps) * s };
}

/** A variance in thousandths as signed decimal text: −200n → `"-0.2"`, 1500n → `"+1.5"`, 0n → `"0"`. */
export function signedQuantity(thousandths: bigint): string {
  if (thousandths === 0n) return '0';
  const abs = thousandths < 0n ? -thousandths : thousandths;
  const fraction = (abs % 1000n).toString().padStart(3, '0').replace(/0+$/, '');
  return `${thousandths < 0n ? '-' : '+'}${abs / 1000n}${fraction ? `.${fraction}` : ''}`;
}

/** Basis points as a signed percentage without trailing zeros: −200 → `"-2"`, 55 → `"+0.55"`, 0 → `"0"`. */
export function signedPercent(bps: number): string {
  if (bps === 0) return '0';
  const abs = Math.abs(Math.trunc(bps));
  const fraction = String(abs % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${bps < 0 ? '-' : '+'}${Math.floor(abs / 100)}${fraction ? `.${fraction}` : ''}`;
}

// ---- money typed in yuan ---------------------------------------------------------------

const YUAN = /^(\d{1,15})(?:\.(\d+))?$/;

/**
 * An amount typed in yuan as fen, exact text of digits: `"1200"` → `"120000"`, `"0.5"` → `"50"`,
 * `"1,234.56"` → `"123456"` (thousands separators and spaces ignored). Null when it is not an
 * amount ≥ 0 with at most 2 decimals.
 */
export function yuanToMinor(text: string | null | undefined): string | null {
  const match = YUAN.exec((text ?? '').replace(/[,\s，]/g, ''));
  if (!match || (match[2] ?? '').length > 2) return null;
  return (BigInt(match[1] as string) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'))).toString();
}

export type CreditProblem = 'required' | 'invalid' | 'decimals' | 'zero' | 'aboveMax';

/** What is wrong with a credit typed in yuan: required, > 0, at most 2 decimals, ≤ `maxMinor` fen. */
export function creditProblem(text: string | null | undefined, maxMinor: string): CreditProblem | null {
  const s = (text ?? '').replace(/[,\s，]/g, '');
  if (s === '') return 'required';
  const match = YUAN.exec(s);
  if (!match) return 'invalid';
  if ((match[2] ?? '').length > 2) return 'decimals';
  const minor = BigInt(yuanToMinor(s) as string);
  if (minor === 0n) return 'zero';
  return minor > BigInt(maxMinor) ? 'aboveMax' : null;
}

// ---- returns ---------------------------------------------------------------------------

export type ReturnQuantityProblem = 'invalid' | 'decimals' | 'zero' | 'aboveHeld';

/** A quantity to send back of one line: empty means not returned; else > 0, ≤ 3 places, ≤ what the buyer holds. */
export function returnQuantityProblem(
  text: string | null | undefined,
  held: string,
): ReturnQuantityProblem | null {
  const s = (text ?? '').trim();
  if (s === '') return null;
  const problem = receivedQuantityProblem(s);
  if (problem === 'decimals') return 'decimals';
  if (problem) return 'invalid';
  const value = toThousandths(s) as bigint;
  if (value === 0n) return 'zero';
  return value > (toThousandths(held) ?? 0n) ? 'aboveHeld' : null;
}

export type ResolutionKind = DisputeResolutionInput['kind'];

/** The values of a resolution form (propose, decide). */
export interface ResolutionValues {
  kind?: ResolutionKind;
  /** Yuan, as typed. */
  creditYuan?: string;
  /** One row per line of the dispute, in its order. */
  returnLines?: Array<{ quantity?: string }>;
  note?: string;
}

/**
 * The API's resolution from the form: the credit in fen, the return lines typed (and for each
 * line sent the form row it came from, to put the API's `resolution.lines.<i>` errors back on
 * the row). Null when a return names no line.
 */
export function resolutionInput(
  values: ResolutionValues,
  lines: ReadonlyArray<{ id: string }>,
): { resolution: DisputeResolutionInput; rowOf: number[] } | null {
  switch (values.kind ?? 'accept') {
    case 'accept':
      return { resolution: { kind: 'accept' }, rowOf: [] };
    case 'price_adjustment':
      return {
        resolution: { kind: 'price_adjustment', creditMinor: yuanToMinor(values.creditYuan) ?? '' },
        rowOf: [],
      };
    case 'return': {
      const out: Array<{ lineId: string; quantity: string }> = [];
      const rowOf: number[] = [];
      lines.forEach((line, row) => {
        const quantity = values.returnLines?.[row]?.quantity?.trim() ?? '';
        if (quantity === '') return;
        out.push({ lineId: line.id, quantity });
        rowOf.push(row);
      });
      return out.length === 0 ? null : { resolution: { kind: 'return', lines: out }, rowOf };
    }
  }
}

/** The API's field path of a resolution refusal → the form's (`resolution.lines.1.quantity` → `returnLines.<row>.quantity`). */
export function resolutionFormPath(path: string, rowOf: readonly number[]): string {
  if (path === 'note') return 'note';
  if (path === 'resolution.creditMinor') return 'creditYuan';
  const line = /^resolution\.lines\.(\d+)\.(quantity|lineId)$/.exec(path);
  if (line) {
    const row = rowOf[Number(line[1])];
    return row === undefined ? '' : `returnLines.${row}.quantity`;
  }
  return '';
}

// ---- the desk ----------------------------------------------------------------------------

/** Whole days a dispute has been open at `now` (0 on its first day). */
export function disputeAgeDays(openedAt: string, now: Date): number {
  const opened = new Date(openedAt).getTime();
  if (Number.isNaN(opened)) return 0;
  return Math.max(0, Math.floor((now.getTime() - opened) / 86_400_000));
}

import { err, ok, type Result } from '@tradeway/shared/kernel';
import { mulDivRoundHalfUp } from '@tradeway/server/pricing/domain';
import { orderError, type OrderError } from './order.errors';
import { formatQuantity, parseQuantity, storedQuantity } from './quantity';

/**
 * Receipt and inspection (收货 · 计量 · 化验, DESIGN.md §8): per order line the buyer records
 * the quantity received and the quality grade found. A line whose quantity differs from the
 * quantity shipped by more than the tolerance, or whose grade differs from the grade
 * ordered, opens a dispute; otherwise the receipt can be accepted.
 *
 * - variance = received − shipped, exact (negative: short delivery);
 * - varianceBps = variance ÷ shipped in basis points, rounded half away from zero to a whole
 *   bps (for display; ±2.5 bps → ±3);
 * - within tolerance ⇔ |variance| × 10 000 ≤ toleranceBps × shipped, compared exactly on the
 *   unrounded figures, so 0.005 t short on 1 t at 50 bps is within, 0.006 t is not.
 *
 * Tolerance (a decision where §8 says only "e.g. ±0.5 % weight"): default 50 bps for goods
 * measured by weight or volume (t, kg, m3), configurable per receipt; goods counted in whole
 * units (piece, box) are counted exactly, so their default tolerance is 0. Any line may carry
 * its own tolerance (a contract term), which wins over both defaults.
 *
 * Grades are compared trimmed and case-insensitively ("q235b" = "Q235B"). A line with no
 * ordered grade has nothing to compare; a line without a recorded grade was not inspected for
 * quality and is taken as the ordered grade.
 */

export const DEFAULT_RECEIPT_TOLERANCE_BPS = 50;
export const MAX_TOLERANCE_BPS = 10_000;
/** Units counted in whole items: exact by default. */
export const COUNTED_UNITS: readonly string[] = ['piece', 'box'];

export interface ReceiptLineInput {
  readonly lineId: string;
  readonly unit: string;
  /** Σ shipped over non-cancelled shipments (stored data, decimal with ≤ 3 places, > 0). */
  readonly shippedQuantity: string;
  /** What the buyer weighed or counted (≥ 0, ≤ 3 places). */
  readonly receivedQuantity: string;
  readonly orderedGrade: string | null;
  readonly receivedGrade: string | null;
  /** A tolerance of this line, in bps, overriding the defaults. */
  readonly toleranceBps?: number;
}

export interface ReceiptOptions {
  /** Tolerance of measured goods in bps (default 50 = ±0.5 %). */
  readonly toleranceBps?: number;
}

export type ReceiptIssue = 'quantity_outside_tolerance' | 'grade_mismatch';

export interface ReceiptLineResult {
  readonly lineId: string;
  readonly unit: string;
  readonly shipped: string;
  readonly received: string;
  /** received − shipped, exact, 3 places. */
  readonly variance: string;
  /** variance ÷ shipped in whole bps, rounded half away from zero. */
  readonly varianceBps: number;
  /** The tolerance applied to this line. */
  readonly toleranceBps: number;
  readonly withinTolerance: boolean;
  readonly gradeMatches: boolean;
  readonly issues: readonly ReceiptIssue[];
}

export interface ReceiptEvaluation {
  readonly lines: readonly ReceiptLineResult[];
  /** `accept` when every line is within tolerance with the ordered grade, else `dispute`. */
  readonly outcome: 'accept' | 'dispute';
}

export type ReceiptErrorCode =
  'RECEIPT_EMPTY' | 'RECEIPT_DUPLICATE_LINE' | 'RECEIPT_QUANTITY_INVALID' | 'RECEIPT_TOLERANCE_INVALID';

export type ReceiptError = OrderError<ReceiptErrorCode>;

export interface QuantityVariance {
  readonly variance: bigint;
  readonly varianceBps: number;
  readonly withinTolerance: boolean;
}

const BPS = 10_000n;

export function isValidToleranceBps(bps: number): boolean {
  return Number.isInteger(bps) && bps >= 0 && bps <= MAX_TOLERANCE_BPS;
}

/**
 * The variance of a received quantity against a shipped one, both in thousandths
 * (shipped > 0). The bps figure is exact as long as it fits a safe integer (a variance of
 * 9·10^11 times the shipped quantity); the tolerance decision never uses it.
 */
export function quantityVariance(shipped: bigint, received: bigint, toleranceBps: number): QuantityVariance {
  if (shipped <= 0n) throw new RangeError('The shipped quantity must be greater than 0');
  if (!isValidToleranceBps(toleranceBps)) throw new RangeError(`Invalid tolerance: ${toleranceBps} bps`);
  const variance = received - shipped;
  const magnitude = variance < 0n ? -variance : variance;
  return {
    variance,
    varianceBps: Number(mulDivRoundHalfUp(variance, BPS, shipped)),
    withinTolerance: magnitude * BPS <= BigInt(toleranceBps) * shipped,
  };
}

/** The tolerance that applies to a line: its own, else 0 for counted units, else the receipt's. */
export function toleranceFor(
  line: Pick<ReceiptLineInput, 'unit' | 'toleranceBps'>,
  receiptBps: number,
): number {
  if (line.toleranceBps !== undefined) return line.toleranceBps;
  return COUNTED_UNITS.includes(line.unit) ? 0 : receiptBps;
}

function normaliseGrade(grade: string | null): string | null {
  const trimmed = grade?.trim() ?? '';
  return trimmed === '' ? null : trimmed.toUpperCase();
}

export function gradeMatches(orderedGrade: string | null, receivedGrade: string | null): boolean {
  const ordered = normaliseGrade(orderedGrade);
  const received = normaliseGrade(receivedGrade);
  return ordered === null || received === null || ordered === received;
}

/**
 * Evaluates a receipt line by line. Refusals, all reported with their field paths:
 * RECEIPT_EMPTY (`lines`), RECEIPT_DUPLICATE_LINE (`lines[i].lineId`),
 * RECEIPT_QUANTITY_INVALID (`lines[i].receivedQuantity`: not a decimal with ≤ 3 places, or
 * negative), RECEIPT_TOLERANCE_INVALID (`toleranceBps` or `lines[i].toleranceBps`: not a whole
 * number from 0 to 10 000). A stored shipped quantity that is not > 0 throws.
 */
export function evaluateReceipt(
  lines: readonly ReceiptLineInput[],
  options: ReceiptOptions = {},
): Result<ReceiptEvaluation, readonly ReceiptError[]> {
  const receiptBps = options.toleranceBps ?? DEFAULT_RECEIPT_TOLERANCE_BPS;
  if (!isValidToleranceBps(receiptBps)) {
    return err([orderError('RECEIPT_TOLERANCE_INVALID', { field: 'toleranceBps' })]);
  }
  if (lines.length === 0) return err([orderError('RECEIPT_EMPTY', { field: 'lines' })]);

  const problems: ReceiptError[] = [];
  const results: ReceiptLineResult[] = [];
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (seen.has(line.lineId)) {
      problems.push(
        orderError('RECEIPT_DUPLICATE_LINE', {
          field: `lines[${i}].lineId`,
          lineId: line.lineId,
          params: { lineId: line.lineId },
        }),
      );
      return;
    }
    seen.add(line.lineId);
    const shipped = storedQuantity(line.shippedQuantity, `shipped quantity of line ${line.lineId}`, {
      positive: true,
    });
    const received = parseQuantity(line.receivedQuantity);
    const tolerance = toleranceFor(line, receiptBps);
    let valid = true;
    if (received === null || received < 0n) {
      problems.push(
        orderError('RECEIPT_QUANTITY_INVALID', {
          field: `lines[${i}].receivedQuantity`,
          lineId: line.lineId,
        }),
      );
      valid = false;
    }
    if (!isValidToleranceBps(tolerance)) {
      problems.push(
        orderError('RECEIPT_TOLERANCE_INVALID', { field: `lines[${i}].toleranceBps`, lineId: line.lineId }),
      );
      valid = false;
    }
    if (!valid || received === null) return;

    const q = quantityVariance(shipped, received, tolerance);
    const grade = gradeMatches(line.orderedGrade, line.receivedGrade);
    const issues: ReceiptIssue[] = [];
    if (!q.withinTolerance) issues.push('quantity_outside_tolerance');
    if (!grade) issues.push('grade_mismatch');
    results.push({
      lineId: line.lineId,
      unit: line.unit,
      shipped: formatQuantity(shipped),
      received: formatQuantity(received),
      variance: formatQuantity(q.variance),
      varianceBps: q.varianceBps,
      toleranceBps: tolerance,
      withinTolerance: q.withinTolerance,
      gradeMatches: grade,
      issues,
    });
  });
  if (problems.length > 0) return err(problems);
  return ok({
    lines: results,
    outcome: results.every((r) => r.issues.length === 0) ? 'accept' : 'dispute',
  });
}

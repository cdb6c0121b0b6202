import { bpsToPercent, percentToBps } from '@tradeway/web/ui';
import type { Step } from '../data/types';
import { Dec, PRICE, plainDecimal } from './decimal';

/**
 * A step of an auction (the minimum or maximum a bid must move the price by) as the form types
 * it: an amount of the price, or a percentage of the reference price — typed in % and sent in
 * basis points (0.5 % → 50 bps; the API takes 1–5 000 bps, 0.01 %–50 %).
 */
export type StepKind = Step['kind'];

export const MIN_STEP_BPS = 1;
export const MAX_STEP_BPS = 5_000;

export type StepProblem = 'required' | 'format' | 'zero' | 'percentFormat' | 'percentRange';

/** Why a typed step cannot be sent, or null. */
export function stepProblem(kind: StepKind, text: string | undefined | null): StepProblem | null {
  const s = (text ?? '').trim();
  if (!s) return 'required';
  if (kind === 'absolute') {
    if (!PRICE.test(s)) return 'format';
    return new Dec(s).isZero() ? 'zero' : null;
  }
  const bps = percentToBps(s);
  if (bps === null) return 'percentFormat';
  return bps < MIN_STEP_BPS || bps > MAX_STEP_BPS ? 'percentRange' : null;
}

/** The step the API is sent for what was typed; null when it is not valid. */
export function stepOf(kind: StepKind, text: string | undefined | null): Step | null {
  if (stepProblem(kind, text) !== null) return null;
  const s = (text ?? '').trim();
  if (kind === 'absolute') return { kind: 'absolute', amount: s };
  const bps = percentToBps(s);
  return bps === null ? null : { kind: 'percent', bps };
}

/** A step as the form shows it: the amount without trailing zeros, or the percentage. */
export function stepValue(step: Step): { kind: StepKind; value: string } {
  return step.kind === 'absolute'
    ? { kind: 'absolute', value: plainDecimal(step.amount) }
    : { kind: 'percent', value: bpsToPercent(step.bps) };
}

/**
 * Whether the maximum step is narrower than the minimum (the API refuses it); steps of
 * different kinds cannot be compared (the server lets them pass, and so does the form).
 */
export function maxBelowMin(min: Step | null, max: Step | null): boolean {
  if (min === null || max === null) return false;
  if (min.kind === 'absolute' && max.kind === 'absolute') return new Dec(max.amount).lessThan(min.amount);
  if (min.kind === 'percent' && max.kind === 'percent') return max.bps < min.bps;
  return false;
}

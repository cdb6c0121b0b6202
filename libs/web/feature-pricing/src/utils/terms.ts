import { PAYMENT_TERMS, type PaymentTerm } from '@tradeway/shared/contracts';
import { mulDivRoundHalfUp } from './decimal';
import { bpsToPercent, percentProblem, percentToBps } from './money';
import type { PaymentTermsRule } from '../data/types';

/**
 * Payment terms (DESIGN.md §4 adjustment 2). Cash on delivery is the reference; prepayment
 * earns `cost of capital × days ÷ 365` off the goods, credit terms add it; a list may replace
 * the formula for a term by a fixed share of the goods in basis points. Computed here the way
 * the quote engine does — integers, one half-up rounding to the fen — for the live preview.
 */

/** Days of financing of each term; prepayment's days come from the rule. */
export const TERM_DAYS: Record<Exclude<PaymentTerm, 'prepayment'>, number> = {
  cash: 0,
  net30: 30,
  net60: 60,
  net90: 90,
};
/** The terms whose formula a list may override (cash is the reference, always 0). */
export const OVERRIDABLE_TERMS = ['prepayment', 'net30', 'net60', 'net90'] as const;
export type OverridableTerm = (typeof OVERRIDABLE_TERMS)[number];
/** The contract's bound on an override: ±50 % of the goods. */
export const MAX_OVERRIDE_BPS = 5000;
/** The goods amount of the preview: 10 000.00. */
export const PREVIEW_GOODS_MINOR = 1_000_000n;

const BPS = 10_000n;
const DAYS_PER_YEAR = 365n;

export const termDays = (term: PaymentTerm, rule: PaymentTermsRule): number =>
  term === 'prepayment' ? rule.prepaymentDays : TERM_DAYS[term];

/**
 * The adjustment in fen of `term` on `goodsMinor`: the list's override (bps of the goods),
 * else ∓ goods × annual cost × days ÷ 365, rounded half-up once.
 */
export function termAdjustmentMinor(goodsMinor: bigint, rule: PaymentTermsRule, term: PaymentTerm): bigint {
  if (term === 'cash') return 0n;
  const override = rule.overridesBps[term];
  if (override !== undefined) return mulDivRoundHalfUp(goodsMinor, BigInt(override), BPS);
  const sign = term === 'prepayment' ? -1n : 1n;
  const days = BigInt(termDays(term, rule));
  return (
    sign * mulDivRoundHalfUp(goodsMinor, BigInt(rule.annualCostOfCapitalBps) * days, BPS * DAYS_PER_YEAR)
  );
}

export interface TermsPreviewRow {
  term: PaymentTerm;
  /** Days of financing (null: the term follows an override, not the formula). */
  days: number | null;
  overrideBps: number | null;
  adjustmentMinor: bigint;
}

/** Every term's adjustment on `goodsMinor`, in the contract's order. */
export function termsPreview(rule: PaymentTermsRule, goodsMinor = PREVIEW_GOODS_MINOR): TermsPreviewRow[] {
  return PAYMENT_TERMS.map((term) => {
    const override = term === 'cash' ? undefined : rule.overridesBps[term];
    return {
      term,
      days: override === undefined ? termDays(term, rule) : null,
      overrideBps: override ?? null,
      adjustmentMinor: termAdjustmentMinor(goodsMinor, rule, term),
    };
  });
}

// ---- the form ---------------------------------------------------------------------------

export interface TermsFormValues {
  /** Take the terms of the public list (or, on the public list, no adjustment). */
  inherit: boolean;
  /** Annual cost of capital in percent, e.g. `"8"`. */
  costPercent: string;
  prepaymentDays: string;
  overrides: Record<OverridableTerm, { on: boolean; percent: string }>;
}

export function termsFormValues(rule: PaymentTermsRule | null): TermsFormValues {
  const overrides = Object.fromEntries(
    OVERRIDABLE_TERMS.map((term) => {
      const bps = rule?.overridesBps[term];
      return [term, { on: bps !== undefined, percent: bps === undefined ? '' : bpsToPercent(bps) }];
    }),
  ) as TermsFormValues['overrides'];
  return {
    inherit: rule === null,
    costPercent: rule ? bpsToPercent(rule.annualCostOfCapitalBps) : '',
    prepaymentDays: String(rule?.prepaymentDays ?? 30),
    overrides,
  };
}

export type DaysProblem = 'required' | 'invalid' | 'range';
/** Whole days 0–365. */
export function daysProblem(text: string | null | undefined): DaysProblem | null {
  const s = (text ?? '').trim();
  if (s === '') return 'required';
  if (!/^\d{1,3}$/.test(s)) return 'invalid';
  return Number(s) > 365 ? 'range' : null;
}

export type OverrideProblem = 'required' | 'invalid' | 'decimals' | 'range' | 'sign';
/** A signed percentage within ±50 %, ≤ 0 for prepayment (a discount), ≥ 0 for credit terms. */
export function overrideProblem(
  term: OverridableTerm,
  text: string | null | undefined,
): OverrideProblem | null {
  const problem = percentProblem(text, { maxBps: MAX_OVERRIDE_BPS, signed: true });
  if (problem) return problem;
  const bps = percentToBps(text) as number;
  return (term === 'prepayment' ? bps > 0 : bps < 0) ? 'sign' : null;
}

/** The rule the form describes; null when the list inherits or while a field is not valid. */
export function toTermsRule(values: TermsFormValues): PaymentTermsRule | null {
  if (values.inherit) return null;
  if (percentProblem(values.costPercent) || daysProblem(values.prepaymentDays)) return null;
  const overridesBps: PaymentTermsRule['overridesBps'] = {};
  for (const term of OVERRIDABLE_TERMS) {
    const o = values.overrides[term];
    if (!o?.on) continue;
    if (overrideProblem(term, o.percent)) return null;
    overridesBps[term] = percentToBps(o.percent) as number;
  }
  return {
    annualCostOfCapitalBps: percentToBps(values.costPercent) as number,
    prepaymentDays: Number(values.prepaymentDays.trim()),
    overridesBps,
  };
}

/** `terms.overridesBps.net60` → `['overrides', 'net60', 'percent']`: where the API's errors go. */
export function termsFieldName(path: string): Array<string | number> | null {
  const parts = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  if (parts[0] === 'terms') parts.shift();
  const [head, sub] = parts;
  if (head === 'annualCostOfCapitalBps') return ['costPercent'];
  if (head === 'prepaymentDays') return ['prepaymentDays'];
  if (head === 'overridesBps' && sub && (OVERRIDABLE_TERMS as readonly string[]).includes(sub))
    return ['overrides', sub, 'percent'];
  return null;
}

import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { PRICE_PLACES, priceProblem, quantityProblem } from '../utils/decimal';
import { percentProblem, yuanProblem, yuanToFen } from '../utils/money';
import { daysProblem } from '../utils/terms';

const check =
  (problemOf: (value: string | undefined) => string | null, text: (problem: string) => string): FormRule =>
  () => ({
    validator: (_: unknown, value: string | undefined) => {
      const problem = problemOf(value);
      return problem ? Promise.reject(new Error(text(problem))) : Promise.resolve();
    },
  });

const optionalOr =
  (optional: boolean, problemOf: (v: string | undefined) => string | null) => (v: string | undefined) =>
    optional && !(v ?? '').trim() ? null : problemOf(v);

/** Required text, trimmed, at most `max` characters. */
export function textRules(t: TFunction, max: number, required = true): FormRule[] {
  return [
    ...(required ? [{ required: true, whitespace: true, message: t('pricing.validation.required') }] : []),
    { max, message: t('pricing.validation.tooLong', { max }) },
  ];
}

/** A code: letters, digits, `-` and `_`, at most `max`. */
export function codeRules(t: TFunction, max: number): FormRule[] {
  return [
    { required: true, whitespace: true, message: t('pricing.validation.required') },
    { pattern: new RegExp(`^[A-Za-z0-9_-]{1,${max}}$`), message: t('pricing.validation.code', { max }) },
  ];
}

/** A unit price: ≥ 0, at most 4 decimals; `optional` lets it be left empty. */
export function priceRules(t: TFunction, { optional = false } = {}): FormRule[] {
  return [
    check(optionalOr(optional, priceProblem), (p) =>
      t(`pricing.validation.price.${p as 'required' | 'invalid' | 'decimals' | 'tooLarge'}`, {
        places: PRICE_PLACES,
      }),
    ),
  ];
}

/** A quantity: > 0, at most 3 decimals. */
export function quantityRules(t: TFunction): FormRule[] {
  return [
    check(quantityProblem, (p) =>
      t(`pricing.validation.quantity.${p as 'required' | 'invalid' | 'decimals' | 'tooLarge' | 'zero'}`),
    ),
  ];
}

/** An amount in yuan, at most 2 decimals; `positive` refuses 0. */
export function yuanRules(t: TFunction, { positive = false } = {}): FormRule[] {
  return [
    check(
      (v) => yuanProblem(v) ?? (positive && yuanToFen(v) === 0n ? 'zero' : null),
      (p) => t(`pricing.validation.yuan.${p as 'required' | 'invalid' | 'decimals' | 'tooLarge' | 'zero'}`),
    ),
  ];
}

/** A percentage 0–100 with at most 2 decimals. */
export function percentRules(t: TFunction): FormRule[] {
  return [
    check(
      (v) => percentProblem(v),
      (p) => t(`pricing.validation.percent.${p as 'required' | 'invalid' | 'decimals' | 'range'}`),
    ),
  ];
}

/** Whole days 0–365. */
export function daysRules(t: TFunction): FormRule[] {
  return [check(daysProblem, (p) => t(`pricing.validation.days.${p as 'required' | 'invalid' | 'range'}`))];
}

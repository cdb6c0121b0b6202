import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { percentProblem, yuanProblem } from '../utils/money';
import { quantityProblem } from '../utils/quantity';

/** Required text, trimmed, at most `max` characters. */
export function textRules(t: TFunction, max: number, required = true): FormRule[] {
  return [
    ...(required ? [{ required: true, whitespace: true, message: t('approvals.validation.required') }] : []),
    { max, message: t('approvals.validation.tooLong', { max }) },
  ];
}

/** A quantity with at most 3 decimals, more than 0 (the contract's rule). */
export function quantityRules(t: TFunction): FormRule[] {
  return [
    {
      validator: (_, value: string | undefined) => {
        const problem = quantityProblem(value);
        return problem
          ? Promise.reject(new Error(t(`approvals.validation.quantity.${problem}`)))
          : Promise.resolve();
      },
    },
  ];
}

/** An amount in yuan, at most 2 decimals; `optional` lets it be left empty. */
export function yuanRules(t: TFunction, { optional = false } = {}): FormRule[] {
  return [
    {
      validator: (_, value: string | undefined) => {
        if (optional && !(value ?? '').trim()) return Promise.resolve();
        const problem = yuanProblem(value);
        return problem
          ? Promise.reject(new Error(t(`approvals.validation.yuan.${problem}`)))
          : Promise.resolve();
      },
    },
  ];
}

/** A percentage 0–100 with at most 2 decimals, may be left empty. */
export function percentRules(t: TFunction): FormRule[] {
  return [
    {
      validator: (_, value: string | undefined) => {
        if (!(value ?? '').trim()) return Promise.resolve();
        const problem = percentProblem(value ?? '');
        return problem
          ? Promise.reject(new Error(t(`approvals.validation.percent.${problem}`)))
          : Promise.resolve();
      },
    },
  ];
}

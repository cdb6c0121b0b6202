import { err, type Result } from '@tradeway/shared/kernel';

/**
 * Error codes of the pricing context, each with a message in both languages and an HTTP
 * status (STYLE.md habit 8). Expected failures are returned as typed results, not thrown.
 * Messages may name `{param}`s of the error; `pricingErrorMessage` fills them in.
 */
export const PRICING_ERRORS = {
  QUANTITY_INVALID: {
    status: 422,
    zh: '数量必须是大于 0 且最多 3 位小数的数字',
    en: 'The quantity must be a number greater than 0 with at most 3 decimal places',
  },
  BELOW_MINIMUM_QUANTITY: {
    status: 422,
    zh: '数量低于最小起订量 {min}',
    en: 'The quantity is below the minimum order quantity of {min}',
  },
  OFF_INCREMENT: {
    status: 422,
    zh: '数量须为起订量 {min} 加整数倍的订货增量 {increment}',
    en: 'The quantity must be the minimum {min} plus a whole number of increments of {increment}',
  },
  QUANTITY_NOT_CONVERTIBLE: {
    status: 422,
    zh: '{quantity} {unitZh} 无法精确换算为{toUnitZh}（数量最多 3 位小数）；最接近的可换算数量为 {lower} {unitZh} 或 {upper} {unitZh}',
    en: '{quantity} {unitEn} does not convert exactly into {toUnitEn} (quantities have at most 3 decimals); the nearest quantities that do are {lower} {unitEn} and {upper} {unitEn}',
  },
  UNIT_NOT_CONVERTIBLE: {
    status: 422,
    zh: '该商品不能按{unitZh}报价：卖家未登记{unitZh}与{toUnitZh}的换算',
    en: 'This item cannot be quoted in {unitEn}: the seller declares no conversion between {unitEn} and {toUnitEn}',
  },
  QUANTITY_TOO_LARGE: {
    status: 422,
    zh: '换算后的数量超出上限 {max} {toUnitZh}',
    en: 'The converted quantity is over the limit of {max} {toUnitEn}',
  },
  NO_PRICE: {
    status: 422,
    zh: '该商品没有对您公开的价格，请询价',
    en: 'This item has no price for you; request a quote',
  },
  NO_PRICE_ON_DATE: {
    status: 422,
    zh: '该商品在所选日期没有有效价格',
    en: 'This item has no price valid on the chosen date',
  },
  PICKUP_NOT_OFFERED: {
    status: 422,
    zh: '卖家不提供该仓库的自提',
    en: 'The seller does not offer pickup at this warehouse',
  },
  ZONE_NOT_COVERED: {
    status: 422,
    zh: '卖家的配送范围不包括该地区',
    en: 'The seller does not deliver to this region',
  },
  SPECIAL_PRICE_INVALID: {
    status: 422,
    zh: '特价必须是不小于 0 且最多 4 位小数的数字',
    en: 'The special price must be a number of 0 or more with at most 4 decimal places',
  },
  PRICE_ITEM_INVALID: {
    status: 422,
    zh: '价格条目无效',
    en: 'The price item is invalid',
  },
  PAYMENT_TERMS_INVALID: {
    status: 422,
    zh: '付款条件设置无效',
    en: 'The payment terms are invalid',
  },
  DELIVERY_RULE_INVALID: {
    status: 422,
    zh: '交货方式设置无效',
    en: 'The delivery settings are invalid',
  },
} as const;

export type PricingErrorCode = keyof typeof PRICING_ERRORS;

export type QuoteErrorCode =
  | 'QUANTITY_INVALID'
  | 'BELOW_MINIMUM_QUANTITY'
  | 'OFF_INCREMENT'
  | 'QUANTITY_NOT_CONVERTIBLE'
  | 'UNIT_NOT_CONVERTIBLE'
  | 'QUANTITY_TOO_LARGE'
  | 'NO_PRICE'
  | 'NO_PRICE_ON_DATE'
  | 'PICKUP_NOT_OFFERED'
  | 'ZONE_NOT_COVERED'
  | 'SPECIAL_PRICE_INVALID';

/** A failed quote: the code, the request field at fault and the figures the message names. */
export type QuoteError = { code: QuoteErrorCode; field: string; params?: Record<string, string> };

function fill(template: string, params: Record<string, string> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

export function pricingErrorMessage(
  code: PricingErrorCode,
  locale: 'zh-CN' | 'en',
  params?: Record<string, string>,
): string {
  const entry = PRICING_ERRORS[code];
  return fill(locale === 'en' ? entry.en : entry.zh, params);
}

export function quoteFailure(
  code: QuoteErrorCode,
  field: string,
  params?: Record<string, string>,
): Result<never, QuoteError> {
  return err(params ? { code, field, params } : { code, field });
}

/** What can be wrong with one field of a stored rule, each with a message in both languages. */
export const RULE_PROBLEMS = {
  DECIMAL_INVALID: {
    zh: '必须是最多 {places} 位小数的数字',
    en: 'must be a number with at most {places} decimal places',
  },
  NEGATIVE: { zh: '不能小于 0', en: 'must not be negative' },
  NOT_POSITIVE: { zh: '必须大于 0', en: 'must be greater than 0' },
  OUT_OF_RANGE: {
    zh: '必须是 {min} 到 {max} 之间的整数',
    en: 'must be a whole number from {min} to {max}',
  },
  PERCENT_OUT_OF_RANGE: {
    zh: '百分比必须大于 0 且不超过 100',
    en: 'the percentage must be greater than 0 and at most 100',
  },
  MUST_BE_ZERO: { zh: '必须为 0', en: 'must be 0' },
  NOT_INCREASING: {
    zh: '阶梯起始数量必须严格递增',
    en: 'break quantities must be strictly increasing',
  },
  ABOVE_BASE_PRICE: {
    zh: '阶梯价不能高于基础价 {base}',
    en: 'a ladder price must not be above the base price {base}',
  },
  UNKNOWN_VALUE: { zh: '取值无效：{allowed}', en: 'invalid value; allowed: {allowed}' },
  BLANK: { zh: '不能为空', en: 'must not be blank' },
  EMPTY: { zh: '至少需要一项', en: 'needs at least one entry' },
  DUPLICATE: { zh: '重复：{value}', en: 'duplicate: {value}' },
  REGION_IN_TWO_ZONES: {
    zh: '地区 {region} 已属于区域 {zone}',
    en: 'region {region} already belongs to zone {zone}',
  },
} as const;

export type RuleProblemCode = keyof typeof RULE_PROBLEMS;

/** One problem of a stored rule: the field path (`ladder[1].value`) and what is wrong. */
export interface RuleProblem {
  readonly field: string;
  readonly code: RuleProblemCode;
  readonly params?: Record<string, string>;
}

export type RuleError = {
  readonly code: 'PRICE_ITEM_INVALID' | 'PAYMENT_TERMS_INVALID' | 'DELIVERY_RULE_INVALID';
  readonly problems: readonly RuleProblem[];
};

export function ruleProblemMessage(problem: RuleProblem, locale: 'zh-CN' | 'en'): string {
  const entry = RULE_PROBLEMS[problem.code];
  return fill(locale === 'en' ? entry.en : entry.zh, problem.params);
}

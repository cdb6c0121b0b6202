import { err, type Result } from '@tradeway/shared/kernel';

/**
 * Error codes of the rfq context (RFQs, seller quotes, negotiation rounds and awards), each
 * with a message in both languages and an HTTP status (STYLE.md habit 8). Expected failures
 * are returned as typed results, not thrown. Messages may name `{param}`s of the error;
 * `rfqErrorMessage` fills them in. Times in params are ISO 8601 UTC strings, calendar days
 * `YYYY-MM-DD`, quantities decimal strings.
 *
 * Statuses: 404 for what the caller cannot see; 409 for a conflict with the current state of
 * the RFQ, a quote or a round (including the clock: deadlines, validity); 403 for a caller who
 * may not act; 422 for input that cannot be processed.
 */
export const RFQ_ERRORS = {
  RFQ_NOT_FOUND: {
    status: 404,
    zh: '询价单不存在',
    en: 'RFQ not found',
  },

  // The lifecycle (rfq-states.ts, rfq-schedule.ts)
  RFQ_TRANSITION_NOT_ALLOWED: {
    status: 409,
    zh: '询价单当前状态不允许该操作',
    en: 'This action is not possible in the current state of the RFQ',
  },
  RFQ_ACTOR_NOT_ALLOWED: {
    status: 403,
    zh: '您的角色不能在询价单当前状态下执行该操作',
    en: 'Your role may not take this action in the current state of the RFQ',
  },
  RFQ_REASON_REQUIRED: {
    status: 422,
    zh: '询价单已发布，取消时必须填写原因（将通知供应商）',
    en: 'The RFQ has been published: a reason is required, the sellers are told why it was cancelled',
  },
  RFQ_DEADLINE_PASSED: {
    status: 409,
    zh: '报价截止时间 {deadline} 已过',
    en: 'The deadline {deadline} has passed',
  },
  RFQ_DEADLINE_NOT_REACHED: {
    status: 409,
    zh: '尚未到报价截止时间 {deadline}',
    en: 'The deadline {deadline} has not been reached yet',
  },
  RFQ_DEADLINE_TOO_SOON: {
    status: 422,
    zh: '报价截止时间必须在发布后 1 小时以上（晚于 {earliest}）',
    en: 'The deadline must be more than 1 hour after publication (after {earliest})',
  },
  RFQ_DELIVERY_BEFORE_DEADLINE: {
    status: 422,
    zh: '要求交货日期 {deliveryDate} 不能早于报价截止日 {deadlineDay}',
    en: 'The required delivery date {deliveryDate} must not be before the deadline day {deadlineDay}',
  },
  RFQ_AWARD_WINDOW_OPEN: {
    status: 409,
    zh: '定标期到 {expiresAt} 才结束',
    en: 'The award window is open until {expiresAt}',
  },

  // Who may quote and see quotes (quote-rules.ts)
  RFQ_NOT_INVITED: {
    status: 403,
    zh: '贵公司未受邀请，也不属于该询价单开放的类目',
    en: 'Your company is neither invited nor in the category this RFQ is open to',
  },
  RFQ_QUOTES_SEALED: {
    status: 403,
    zh: '报价已密封，{deadline} 后开启',
    en: 'Quotes are sealed until {deadline}',
  },

  // Seller quotes (quote-rules.ts)
  RFQ_QUOTE_NOT_FOUND: {
    status: 404,
    zh: '该询价单中没有此报价',
    en: 'The RFQ has no such quote',
  },
  RFQ_QUOTE_EMPTY: {
    status: 422,
    zh: '报价至少需要一行',
    en: 'A quote needs at least one line',
  },
  RFQ_QUOTE_LINE_UNKNOWN: {
    status: 422,
    zh: '询价单中没有第 {itemNo} 项',
    en: 'The RFQ has no item {itemNo}',
  },
  RFQ_QUOTE_LINE_DUPLICATE: {
    status: 422,
    zh: '第 {itemNo} 项在报价中重复',
    en: 'Item {itemNo} appears twice in the quote',
  },
  RFQ_QUOTE_QUANTITY_INVALID: {
    status: 422,
    zh: '报价数量必须是大于 0 且最多 3 位小数的数字',
    en: 'The quantity offered must be a number greater than 0 with at most 3 decimal places',
  },
  RFQ_QUOTE_QUANTITY_TOO_HIGH: {
    status: 422,
    zh: '第 {itemNo} 项的报价数量超过询价数量 {requested}',
    en: 'The quantity offered for item {itemNo} exceeds the {requested} requested',
  },
  RFQ_QUOTE_PRICE_INVALID: {
    status: 422,
    zh: '单价必须是大于 0 且最多 4 位小数的数字',
    en: 'The unit price must be a number greater than 0 with at most 4 decimal places',
  },
  RFQ_QUOTE_FREIGHT_INVALID: {
    status: 422,
    zh: '单位运费必须是不小于 0 且最多 4 位小数的数字',
    en: 'The freight per unit must be a number of 0 or more with at most 4 decimal places',
  },
  RFQ_QUOTE_TAX_RATE_INVALID: {
    status: 422,
    zh: '税率必须是 0 到 10000 之间的整数基点',
    en: 'The tax rate must be a whole number of basis points from 0 to 10000',
  },
  RFQ_QUOTE_TERM_NOT_ACCEPTED: {
    status: 422,
    zh: '询价单不接受付款条件 {term}',
    en: 'The RFQ does not accept the payment term {term}',
  },
  RFQ_QUOTE_VALIDITY_TOO_SHORT: {
    status: 422,
    zh: '报价有效期必须晚于 {validAfter}',
    en: 'The quote must remain valid after {validAfter}',
  },
  RFQ_QUOTE_WITHDRAWN: {
    status: 409,
    zh: '该报价已撤回',
    en: 'The quote has been withdrawn',
  },
  RFQ_NO_QUOTES: {
    status: 409,
    zh: '该询价单没有有效报价',
    en: 'The RFQ has no active quote',
  },

  // Negotiation rounds (quote-rules.ts)
  RFQ_COUNTER_OFFER_EMPTY: {
    status: 422,
    zh: '还价至少需要选择一家供应商',
    en: 'A counter-offer needs at least one seller',
  },
  RFQ_COUNTER_NOT_CLOSED: {
    status: 409,
    zh: '只能在报价截止后、定标前议价',
    en: 'Counter-offers are possible only after the deadline and before the award',
  },
  RFQ_COUNTER_SELLER_NOT_QUOTED: {
    status: 422,
    zh: '供应商 {sellerId} 没有对该询价单报价',
    en: 'Seller {sellerId} has not quoted on this RFQ',
  },
  RFQ_ROUND_CLOSE_INVALID: {
    status: 422,
    zh: '议价截止时间必须晚于当前时间，且不晚于 {latest}',
    en: 'The round must close in the future and no later than {latest}',
  },
  RFQ_ROUND_CLOSED: {
    status: 409,
    zh: '本轮议价已于 {closesAt} 截止',
    en: 'The negotiation round closed at {closesAt}',
  },
  RFQ_ROUND_ALREADY_ANSWERED: {
    status: 409,
    zh: '您已答复本轮议价',
    en: 'You have already answered this negotiation round',
  },

  // The award (award-rules.ts)
  RFQ_AWARD_EMPTY: {
    status: 422,
    zh: '定标至少需要一行',
    en: 'An award needs at least one allocation',
  },
  RFQ_AWARD_LINE_DUPLICATE: {
    status: 422,
    zh: '第 {itemNo} 项对同一报价重复定标',
    en: 'Item {itemNo} is awarded twice to the same quote',
  },
  RFQ_AWARD_LINE_NOT_QUOTED: {
    status: 422,
    zh: '所选报价没有第 {itemNo} 项',
    en: 'The chosen quote has no line for item {itemNo}',
  },
  RFQ_AWARD_QUANTITY_INVALID: {
    status: 422,
    zh: '定标数量必须是大于 0 且最多 3 位小数的数字',
    en: 'The quantity awarded must be a number greater than 0 with at most 3 decimal places',
  },
  RFQ_AWARD_QUANTITY_TOO_HIGH: {
    status: 422,
    zh: '第 {itemNo} 项定标数量过多，最多 {limit}（不超过报价数量，合计不超过询价数量）',
    en: 'Too much of item {itemNo} awarded: at most {limit} (no more than offered, in total no more than requested)',
  },
  RFQ_AWARD_QUOTE_EXPIRED: {
    status: 409,
    zh: '该报价已于 {validUntil} 失效',
    en: 'The quote expired at {validUntil}',
  },
  RFQ_AWARD_JUSTIFICATION_REQUIRED: {
    status: 422,
    zh: '定标必须说明理由',
    en: 'An award needs a justification',
  },
  RFQ_AWARD_PENDING: {
    status: 409,
    zh: '已有定标方案在等待审批',
    en: 'An award is waiting for approval',
  },
} as const;

export type RfqErrorCode = keyof typeof RFQ_ERRORS;

/**
 * One typed failure: its code, the request field at fault where there is one, as the dotted
 * path of the API's field errors (`deadline`, `lines.2.quantity`, `allocations.0.quoteId`),
 * and the figures its message names.
 */
export interface RfqError<C extends RfqErrorCode = RfqErrorCode> {
  readonly code: C;
  readonly field?: string;
  readonly params?: Readonly<Record<string, string>>;
}

export type RfqLocale = 'zh-CN' | 'en';

function fill(template: string, params: Readonly<Record<string, string>> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

export function rfqErrorMessage(
  code: RfqErrorCode,
  locale: RfqLocale,
  params?: Readonly<Record<string, string>>,
): string {
  const entry = RFQ_ERRORS[code];
  return fill(locale === 'en' ? entry.en : entry.zh, params);
}

export interface RfqErrorDetails {
  field?: string;
  params?: Record<string, string>;
}

/** Builds an error, leaving out the details that are not given. */
export function rfqError<C extends RfqErrorCode>(code: C, details: RfqErrorDetails = {}): RfqError<C> {
  return {
    code,
    ...(details.field === undefined ? {} : { field: details.field }),
    ...(details.params === undefined ? {} : { params: details.params }),
  };
}

/** A failed result with one error. */
export function rfqFailure<C extends RfqErrorCode>(
  code: C,
  details: RfqErrorDetails = {},
): Result<never, RfqError<C>> {
  return err(rfqError(code, details));
}

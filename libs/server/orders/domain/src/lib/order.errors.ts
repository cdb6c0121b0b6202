import { err, type Result } from '@tradeway/shared/kernel';

/**
 * Error codes of the order context (orders, shipments, pickup authorisations, receipts and
 * disputes), each with a message in both languages and an HTTP status (STYLE.md habit 8).
 * Expected failures are returned as typed results, not thrown. Messages may name
 * `{param}`s of the error; `orderErrorMessage` fills them in.
 *
 * Statuses: 409 for a conflict with the current state of the order, shipment, authorisation
 * or dispute; 403 for a caller who may not act; 422 for input that cannot be processed.
 */
export const ORDER_ERRORS = {
  // The order lifecycle (order-states.ts)
  ORDER_TRANSITION_NOT_ALLOWED: {
    status: 409,
    zh: '订单当前状态不允许该操作',
    en: 'This action is not possible in the current state of the order',
  },
  ORDER_ACTOR_NOT_ALLOWED: {
    status: 403,
    zh: '您的角色不能在订单当前状态下执行该操作',
    en: 'Your role may not take this action in the current state of the order',
  },
  ORDER_REASON_REQUIRED: {
    status: 422,
    zh: '必须填写原因',
    en: 'A reason is required',
  },
  ORDER_SCHEDULED_DATE_INVALID: {
    status: 422,
    zh: '计划交货日期必须是 YYYY-MM-DD 格式的有效日期',
    en: 'The scheduled date must be a valid date in the form YYYY-MM-DD',
  },
  ORDER_SCHEDULED_DATE_IN_PAST: {
    status: 422,
    zh: '计划交货日期不能早于今天（{today}）',
    en: 'The scheduled date must not be before today ({today})',
  },
  ORDER_TIME_ZONE_INVALID: {
    status: 422,
    zh: '时区无效：{timeZone}',
    en: 'Unknown time zone: {timeZone}',
  },
  ORDER_ALREADY_SHIPPED: {
    status: 409,
    zh: '订单已发货，不能取消；请通过争议或退货处理',
    en: 'The order has shipped and can no longer be cancelled; open a dispute or a return instead',
  },
  ORDER_NOT_FULLY_DELIVERED: {
    status: 409,
    zh: '订单尚未全部发货并送达',
    en: 'Not every ordered quantity has been shipped and delivered yet',
  },
  ORDER_AUTO_ACCEPT_NOT_DUE: {
    status: 409,
    zh: '尚未到自动验收时间（{dueAt}）',
    en: 'The order is not due for automatic acceptance before {dueAt}',
  },

  ORDER_VERSION_CONFLICT: {
    status: 409,
    zh: '订单已被他人修改（当前版本 {version}），请刷新后重试',
    en: 'The order was changed meanwhile (it is now at version {version}); reload it and try again',
  },
  ORDER_CHANNEL_NOT_ALLOWED: {
    status: 422,
    zh: '只有系统集成（API 密钥）可以提交自动订单',
    en: 'Only an integration (an API key) may place automatic orders',
  },

  // Placing an order from a stored quote
  QUOTE_EXPIRED: {
    status: 422,
    zh: '该报价已于 {validUntil} 过期，请重新询价',
    en: 'This quote expired on {validUntil}; ask for a new quote',
  },
  QUOTE_ALREADY_ORDERED: {
    status: 409,
    zh: '该报价已被接受或已下单',
    en: 'This quote has already been accepted or ordered',
  },
  QUOTE_REBATE_USED: {
    status: 409,
    zh: '此报价中的返点已被其他报价使用，请重新询价',
    en: 'The rebate credit in this quote has been used meanwhile; ask for a new quote',
  },

  // Stock reserved on confirmation (stock-allocation.ts)
  INSUFFICIENT_STOCK: {
    status: 409,
    zh: '库存不足：第 {lineNo} 行 {skuCode} 需要 {requested} {unit}，可用仅 {available} {unit}',
    en: 'Not enough stock: line {lineNo} ({skuCode}) needs {requested} {unit}, only {available} {unit} available',
  },

  // Shipments (shipment-rules.ts)
  SHIPMENT_EMPTY: {
    status: 422,
    zh: '发货单至少需要一行',
    en: 'A shipment needs at least one line',
  },
  SHIPMENT_UNKNOWN_LINE: {
    status: 422,
    zh: '订单中没有该行：{lineId}',
    en: 'The order has no line {lineId}',
  },
  SHIPMENT_DUPLICATE_LINE: {
    status: 422,
    zh: '同一发货单中订单行 {lineId} 重复',
    en: 'Order line {lineId} appears twice in the shipment',
  },
  SHIPMENT_QUANTITY_INVALID: {
    status: 422,
    zh: '发货数量必须是大于 0 且最多 3 位小数的数字',
    en: 'The shipped quantity must be a number greater than 0 with at most 3 decimal places',
  },
  SHIPMENT_EXCEEDS_ORDERED: {
    status: 422,
    zh: '累计发货数量超过订货数量；订单行 {lineId} 最多还可发 {remaining} {unit}',
    en: 'Cumulative shipments would exceed the ordered quantity; at most {remaining} {unit} of line {lineId} remain',
  },

  // Pickup authorisations (pickup-authorisation.ts)
  PICKUP_AUTH_EXPIRED: {
    status: 409,
    zh: '提货授权已过期',
    en: 'The pickup authorisation has expired',
  },
  PICKUP_AUTH_USED: {
    status: 409,
    zh: '提货授权已使用',
    en: 'The pickup authorisation has already been used',
  },
  PICKUP_AUTH_REVOKED: {
    status: 409,
    zh: '提货授权已撤销',
    en: 'The pickup authorisation has been revoked',
  },
  PICKUP_AUTH_WRONG_COMPANY: {
    status: 403,
    zh: '该提货授权不是授予贵公司的',
    en: 'The pickup authorisation was not issued to your company',
  },
  PICKUP_AUTH_WRONG_SHIPMENT: {
    status: 403,
    zh: '该提货授权不适用于此发货单',
    en: 'The pickup authorisation is for another shipment',
  },
  PICKUP_AUTH_EXPIRY_INVALID: {
    status: 422,
    zh: '提货授权的有效期必须晚于当前时间',
    en: 'The expiry of a pickup authorisation must be in the future',
  },
  PICKUP_AUTH_SHIPMENT_NOT_READY: {
    status: 409,
    zh: '该发货单不在待提货状态',
    en: 'The shipment is not waiting for pickup',
  },

  // Receipt and inspection (receipt-rules.ts)
  RECEIPT_EMPTY: {
    status: 422,
    zh: '收货记录至少需要一行',
    en: 'A receipt needs at least one line',
  },
  RECEIPT_DUPLICATE_LINE: {
    status: 422,
    zh: '收货记录中订单行 {lineId} 重复',
    en: 'Order line {lineId} appears twice in the receipt',
  },
  RECEIPT_QUANTITY_INVALID: {
    status: 422,
    zh: '实收数量必须是不小于 0 且最多 3 位小数的数字',
    en: 'The received quantity must be a number of 0 or more with at most 3 decimal places',
  },
  RECEIPT_TOLERANCE_INVALID: {
    status: 422,
    zh: '允差必须是 0 到 10000 之间的整数基点',
    en: 'The tolerance must be a whole number of basis points from 0 to 10000',
  },

  // Disputes (dispute.ts)
  DISPUTE_ACTOR_NOT_ALLOWED: {
    status: 403,
    zh: '您不能执行该争议操作',
    en: 'You may not take this action on the dispute',
  },
  DISPUTE_ALREADY_RESOLVED: {
    status: 409,
    zh: '该争议已解决',
    en: 'The dispute has already been resolved',
  },
  DISPUTE_NO_PROPOSAL: {
    status: 409,
    zh: '该争议没有待回应的解决方案',
    en: 'There is no proposal to respond to',
  },
  DISPUTE_OWN_PROPOSAL: {
    status: 409,
    zh: '不能回应自己提出的解决方案，需由对方确认',
    en: 'You cannot respond to your own proposal; the other party must',
  },
  DISPUTE_CREDIT_INVALID: {
    status: 422,
    zh: '调价金额必须是大于 0 的整数（最小货币单位）',
    en: 'The credit must be a whole number of minor units greater than 0',
  },
  DISPUTE_CREDIT_EXCEEDS_LINE_TOTAL: {
    status: 422,
    zh: '调价金额不能超过该行金额 {lineTotal}',
    en: 'The credit must not exceed the line total of {lineTotal}',
  },
  DISPUTE_RETURN_QUANTITY_INVALID: {
    status: 422,
    zh: '退货数量必须是大于 0 且最多 3 位小数的数字',
    en: 'The quantity to return must be a number greater than 0 with at most 3 decimal places',
  },
  DISPUTE_RETURN_EXCEEDS_RECEIVED: {
    status: 422,
    zh: '退货数量不能超过实收数量 {received} {unit}',
    en: 'The quantity to return must not exceed the {received} {unit} received',
  },
} as const;

export type OrderErrorCode = keyof typeof ORDER_ERRORS;

/**
 * One typed failure: its code, the request field at fault where there is one
 * (`scheduledDate`, `lines[2].quantity`), the order line it concerns, and the figures its
 * message names.
 */
export interface OrderError<C extends OrderErrorCode = OrderErrorCode> {
  readonly code: C;
  readonly field?: string;
  readonly lineId?: string;
  readonly params?: Readonly<Record<string, string>>;
}

export type OrderLocale = 'zh-CN' | 'en';

function fill(template: string, params: Readonly<Record<string, string>> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

export function orderErrorMessage(
  code: OrderErrorCode,
  locale: OrderLocale,
  params?: Readonly<Record<string, string>>,
): string {
  const entry = ORDER_ERRORS[code];
  return fill(locale === 'en' ? entry.en : entry.zh, params);
}

/** Builds an error, leaving out the details that are not given. */
export function orderError<C extends OrderErrorCode>(
  code: C,
  details: { field?: string; lineId?: string; params?: Record<string, string> } = {},
): OrderError<C> {
  return {
    code,
    ...(details.field === undefined ? {} : { field: details.field }),
    ...(details.lineId === undefined ? {} : { lineId: details.lineId }),
    ...(details.params === undefined ? {} : { params: details.params }),
  };
}

/** A failed result with one error. */
export function orderFailure<C extends OrderErrorCode>(
  code: C,
  details: { field?: string; lineId?: string; params?: Record<string, string> } = {},
): Result<never, OrderError<C>> {
  return err(orderError(code, details));
}

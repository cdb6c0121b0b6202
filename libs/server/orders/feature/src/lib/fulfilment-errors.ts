import { ORPCError } from '@orpc/server';
import { ORDER_ERRORS, orderErrorMessage, type OrderError } from '@tradeway/server/orders/domain';

/**
 * Refusals of the fulfilment part that the order domain's code list does not name (where
 * a shipment may leave from, who may record what, pickup codes and validity windows), each
 * with its HTTP status and a message in both languages. The domain's own refusals
 * (SHIPMENT_EXCEEDS_ORDERED, PICKUP_AUTH_USED …) keep their codes (order-errors.ts).
 */
export const FULFILMENT_ERRORS = {
  SHIPMENT_WAREHOUSE_REQUIRED: {
    status: 422,
    zh: '请选择发货仓库',
    en: 'Choose the warehouse the goods leave from',
  },
  SHIPMENT_WAREHOUSE_INVALID: {
    status: 422,
    zh: '该订单的货物未在此仓库预留',
    en: 'The goods of this order are not reserved at this warehouse',
  },
  SHIPMENT_EXCEEDS_RESERVED: {
    status: 422,
    zh: '第 {lineNo} 行在该仓库预留且尚未安排发货的数量仅剩 {available} {unit}',
    en: 'Only {available} {unit} of line {lineNo} are reserved at this warehouse and not yet in a planned shipment',
  },
  SHIPMENT_STATUS_CONFLICT: {
    status: 409,
    zh: '发货单当前状态（{status}）不允许该操作',
    en: 'This is not possible while the shipment is {status}',
  },
  SHIPMENT_AWAITS_PICKUP: {
    status: 409,
    zh: '该批货物须凭提货授权在仓库放行，不能由卖方直接发出',
    en: 'These goods leave the warehouse only against a pickup authorisation, not by the seller’s departure',
  },
  TRACKING_LOCATION_REQUIRED: {
    status: 422,
    zh: '位置更新需要填写位置或备注',
    en: 'A location update needs a location or a note',
  },
  FULFILMENT_SIDE_NOT_ALLOWED: {
    status: 403,
    zh: '只有{sideZh}可以执行此操作',
    en: 'Only the {side} may do this',
  },
  PICKUP_LOGISTICS_COMPANY_INVALID: {
    status: 422,
    zh: '请选择平台上的物流公司',
    en: 'Choose a logistics company registered on the platform',
  },
  PICKUP_AUTH_WINDOW_INVALID: {
    status: 422,
    zh: '有效期必须晚于开始时间，且自现在起不超过 {days} 天',
    en: 'The validity must end after it starts and at most {days} days from now',
  },
  PICKUP_AUTH_ALREADY_ISSUED: {
    status: 409,
    zh: '该发货单已有有效的提货授权，请先撤销',
    en: 'The shipment already has a valid pickup authorisation; revoke it first',
  },
  PICKUP_AUTH_NOT_YET_VALID: {
    status: 409,
    zh: '提货授权自 {validFrom} 起生效',
    en: 'The pickup authorisation is valid from {validFrom}',
  },
  PICKUP_CODE_INVALID: {
    status: 422,
    zh: '提货码无效',
    en: 'This pickup code is not valid',
  },
} as const;

export type FulfilmentErrorCode = keyof typeof FULFILMENT_ERRORS;

const fill = (template: string, params: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);

/** A fulfilment refusal as the API's 4xx, shaped like the order domain's (order-errors.ts). */
export function fulfilmentRefusal(
  code: FulfilmentErrorCode,
  details: { field?: string; params?: Record<string, string> } = {},
): ORPCError<string, unknown> {
  const entry = FULFILMENT_ERRORS[code];
  const params = details.params ?? {};
  const message = fill(entry.en, params);
  const messageZh = fill(entry.zh, params);
  return new ORPCError(code, {
    status: entry.status,
    message,
    data: {
      reason: code,
      messageZh,
      ...(details.params ? { params: details.params } : {}),
      fields: details.field ? [{ path: details.field, message, messageZh }] : [],
    },
  });
}

/** Only `side` may do this (403). */
export function sideRefusal(side: 'buyer' | 'seller'): ORPCError<string, unknown> {
  return fulfilmentRefusal('FULFILMENT_SIDE_NOT_ALLOWED', {
    params: { side, sideZh: side === 'buyer' ? '买方' : '卖方' },
  });
}

/** The domain's `lines[2].quantity` as the API's dotted `lines.2.quantity` (errors.ts). */
export const dottedPath = (field: string): string => field.replace(/\[(\d+)\]/g, '.$1');

/**
 * Several refusals of one request (every line at fault) as one 4xx: the first one's code,
 * status and message, and every field at fault with its own message.
 */
export function refusalOfAll(
  errors: ReadonlyArray<
    OrderError | { code: FulfilmentErrorCode; field?: string; params?: Record<string, string> }
  >,
): ORPCError<string, unknown> {
  const messages = errors.map((e) => {
    if (e.code in FULFILMENT_ERRORS) {
      const entry = FULFILMENT_ERRORS[e.code as FulfilmentErrorCode];
      return { en: fill(entry.en, e.params ?? {}), zh: fill(entry.zh, e.params ?? {}) };
    }
    const code = e.code as OrderError['code'];
    return { en: orderErrorMessage(code, 'en', e.params), zh: orderErrorMessage(code, 'zh-CN', e.params) };
  });
  const first = errors[0];
  const firstMessage = messages[0];
  if (!first || !firstMessage) throw new Error('refusalOfAll needs at least one error');
  const status =
    first.code in FULFILMENT_ERRORS
      ? FULFILMENT_ERRORS[first.code as FulfilmentErrorCode].status
      : ORDER_ERRORS[first.code as OrderError['code']].status;
  return new ORPCError(first.code, {
    status,
    message: firstMessage.en,
    data: {
      reason: first.code,
      messageZh: firstMessage.zh,
      ...(first.params ? { params: first.params } : {}),
      ...('lineId' in first && first.lineId ? { lineId: first.lineId } : {}),
      fields: errors.flatMap((e, i) =>
        e.field
          ? [{ path: dottedPath(e.field), message: messages[i]?.en ?? '', messageZh: messages[i]?.zh ?? '' }]
          : [],
      ),
    },
  });
}

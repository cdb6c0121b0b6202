import { ORPCError } from '@orpc/server';
import {
  ORDER_ERRORS,
  orderError,
  orderErrorMessage,
  type OrderError,
  type OrderErrorCode,
} from '@tradeway/server/orders/domain';

/**
 * A refusal of the order domain as the API's 4xx: the domain's code and status, the message in
 * both languages, the request field at fault (`quoteId`, `scheduledDate`, `lines.0.quantity`)
 * and the figures the message names.
 */
export function orderErrorToOrpc(error: OrderError): ORPCError<string, unknown> {
  const message = orderErrorMessage(error.code, 'en', error.params);
  const messageZh = orderErrorMessage(error.code, 'zh-CN', error.params);
  return new ORPCError(error.code, {
    status: ORDER_ERRORS[error.code].status,
    message,
    data: {
      reason: error.code,
      messageZh,
      ...(error.params ? { params: error.params } : {}),
      ...(error.lineId ? { lineId: error.lineId } : {}),
      fields: error.field ? [{ path: error.field, message, messageZh }] : [],
    },
  });
}

/** Shorthand: the domain error `code` on `field`, as the API's error. */
export function orderRefusal(
  code: OrderErrorCode,
  details: { field?: string; params?: Record<string, string> } = {},
): ORPCError<string, unknown> {
  return orderErrorToOrpc(orderError(code, details));
}

/** What the caller may not see does not exist (DESIGN.md §2): 404, optionally on a field. */
export function notFound(what: string, field?: string): ORPCError<string, unknown> {
  const message = `${what} not found`;
  return new ORPCError('NOT_FOUND', {
    status: 404,
    message,
    ...(field ? { data: { fields: [{ path: field, message }] } } : {}),
  });
}

export function forbidden(message: string, messageZh: string): ORPCError<string, unknown> {
  return new ORPCError('FORBIDDEN', { status: 403, message, data: { messageZh } });
}

export function unprocessable(path: string, message: string, messageZh: string, reason = 'INVALID') {
  return new ORPCError(reason, {
    status: 422,
    message,
    data: { reason, messageZh, fields: [{ path, message, messageZh }] },
  });
}

import { ORPCError } from '@orpc/server';
import {
  RFQ_ERRORS,
  rfqError,
  rfqErrorMessage,
  type RfqError,
  type RfqErrorCode,
} from '@tradeway/server/rfq/domain';

/**
 * A refusal of the RFQ domain as the API's 4xx: the domain's code and status, the message in
 * both languages, the request field at fault and the figures the message names.
 */
export function rfqErrorToOrpc(error: RfqError): ORPCError<string, unknown> {
  const message = rfqErrorMessage(error.code, 'en', error.params);
  const messageZh = rfqErrorMessage(error.code, 'zh-CN', error.params);
  return new ORPCError(error.code, {
    status: RFQ_ERRORS[error.code].status,
    message,
    data: {
      reason: error.code,
      messageZh,
      ...(error.params ? { params: error.params } : {}),
      fields: error.field ? [{ path: error.field, message, messageZh }] : [],
    },
  });
}

/** Shorthand: the domain error `code` on `field`, as the API's error. */
export function rfqRefusal(
  code: RfqErrorCode,
  details: { field?: string; params?: Record<string, string> } = {},
): ORPCError<string, unknown> {
  return rfqErrorToOrpc(rfqError(code, details));
}

/** What the caller may not see does not exist (DESIGN.md §2): 404. */
export function rfqNotFound(what = 'RFQ', field?: string): ORPCError<string, unknown> {
  const message = `${what} not found`;
  return new ORPCError('NOT_FOUND', {
    status: 404,
    message,
    ...(field ? { data: { fields: [{ path: field, message }] } } : {}),
  });
}

export function invalidField(path: string, message: string, messageZh: string, reason = 'INVALID') {
  return new ORPCError(reason, {
    status: 422,
    message,
    data: { reason, messageZh, fields: [{ path, message, messageZh }] },
  });
}

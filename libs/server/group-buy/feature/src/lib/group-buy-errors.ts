import type { ORPCError } from '@orpc/server';
import {
  GROUP_BUY_ERRORS,
  groupBuyErrorMessage,
  type GroupBuyError,
  type GroupBuyErrorCode,
} from '@tradeway/server/group-buy/domain';
import { refusalToOrpc } from '@tradeway/server/platform';

/** A refusal of the group-buy domain as the API's 4xx. */
export function groupBuyErrorToOrpc(error: GroupBuyError): ORPCError<string, unknown> {
  return refusalToOrpc({
    code: error.code,
    status: GROUP_BUY_ERRORS[error.code].status,
    message: groupBuyErrorMessage(error.code, 'en', error.params),
    messageZh: groupBuyErrorMessage(error.code, 'zh-CN', error.params),
    ...(error.field ? { field: error.field } : {}),
    ...(error.params ? { params: error.params } : {}),
  });
}

export const refuse = (
  code: GroupBuyErrorCode,
  details: { field?: string; params?: Record<string, string> } = {},
) => groupBuyErrorToOrpc({ code, ...details });

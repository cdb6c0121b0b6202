import type { ORPCError } from '@orpc/server';
import {
  AUCTION_ERRORS,
  auctionErrorMessage,
  type AuctionError,
  type AuctionErrorCode,
} from '@tradeway/server/auction/domain';
import { refusalToOrpc } from '@tradeway/server/platform';

/** A refusal of the auction domain as the API's 4xx. */
export function auctionErrorToOrpc(error: AuctionError): ORPCError<string, unknown> {
  return refusalToOrpc({
    code: error.code,
    status: AUCTION_ERRORS[error.code].status,
    message: auctionErrorMessage(error.code, 'en', error.params),
    messageZh: auctionErrorMessage(error.code, 'zh-CN', error.params),
    ...(error.field ? { field: error.field } : {}),
    ...(error.params ? { params: error.params } : {}),
  });
}

export const refuse = (
  code: AuctionErrorCode,
  details: { field?: string; params?: Record<string, string> } = {},
) => auctionErrorToOrpc({ code, ...details });

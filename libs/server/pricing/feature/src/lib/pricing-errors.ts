import { ORPCError } from '@orpc/server';
import {
  PRICING_ERRORS,
  type PricingErrorCode,
  pricingErrorMessage,
  type QuoteError,
  type RuleError,
  ruleProblemMessage,
} from '@tradeway/server/pricing/domain';

/** `ladder[1].value` (domain) → `ladder.1.value` (the API's field paths). */
const dotted = (path: string) => path.replace(/\[(\d+)\]/g, '.$1');

/** An engine refusal as the API's 4xx: the code, both languages and the request field at fault. */
export function quoteErrorToOrpc(error: QuoteError, fieldPrefix = ''): ORPCError<string, unknown> {
  const message = pricingErrorMessage(error.code, 'en', error.params);
  const messageZh = pricingErrorMessage(error.code, 'zh-CN', error.params);
  return new ORPCError(error.code, {
    status: PRICING_ERRORS[error.code].status,
    message,
    data: {
      reason: error.code,
      messageZh,
      ...(error.params ? { params: error.params } : {}),
      fields: [{ path: fieldPrefix + dotted(error.field), message, messageZh }],
    },
  });
}

/** A stored rule that breaks the engine's rules, every problem on its field. */
export function ruleErrorToOrpc(error: RuleError, fieldPrefix = ''): ORPCError<string, unknown> {
  const message = pricingErrorMessage(error.code, 'en');
  return new ORPCError(error.code, {
    status: 422,
    message,
    data: {
      reason: error.code,
      messageZh: pricingErrorMessage(error.code, 'zh-CN'),
      fields: error.problems.map((p) => ({
        path: fieldPrefix + dotted(p.field),
        message: ruleProblemMessage(p, 'en'),
        messageZh: ruleProblemMessage(p, 'zh-CN'),
      })),
    },
  });
}

export const notFound = (what: string) =>
  new ORPCError('NOT_FOUND', { status: 404, message: `${what} not found` });

export function unprocessable(path: string, message: string, messageZh: string, reason = 'INVALID') {
  return new ORPCError(reason, {
    status: 422,
    message,
    data: { reason, messageZh, fields: [{ path, message, messageZh }] },
  });
}

export const conflict = (message: string, messageZh: string) =>
  new ORPCError('CONFLICT', { status: 409, message, data: { messageZh } });

export type { PricingErrorCode };

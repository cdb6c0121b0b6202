import { ORPCError } from '@orpc/server';
import { CATALOG_ERRORS, type CatalogErrorCode, catalogErrorMessage } from '@tradeway/server/catalog/domain';

/**
 * A catalog refusal as the API's 4xx: the status of its code, the message in both languages
 * (`message`, `data.messageZh`) and, when a request field is at fault, that field with both.
 * 404 and 409 keep the API's generic codes (`NOT_FOUND`, `CONFLICT`); the catalog's own code
 * is in `data.reason`.
 */
export function catalogError(
  code: CatalogErrorCode,
  field?: string,
  params?: Record<string, string>,
): ORPCError<string, unknown> {
  const { status } = CATALOG_ERRORS[code];
  const message = catalogErrorMessage(code, 'en', params);
  const messageZh = catalogErrorMessage(code, 'zh-CN', params);
  const errorCode = status === 404 ? 'NOT_FOUND' : status === 409 ? 'CONFLICT' : code;
  return new ORPCError(errorCode, {
    status,
    message,
    data: {
      reason: code,
      messageZh,
      ...(params ? { params } : {}),
      fields: field ? [{ path: field, message, messageZh }] : [],
    },
  });
}

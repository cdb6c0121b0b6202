import { ORPCError } from '@orpc/client';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * The figures a refusal names (`data.params`: `room` and `most` above the maximum total, `region`
 * outside the regions, `lockAt` past the lock), as the group-buy API sends them.
 */
export function refusalParams(error: unknown): Record<string, string> {
  if (!(error instanceof ORPCError) || !isRecord(error.data)) return {};
  const params = error.data['params'];
  if (!isRecord(params)) return {};
  return Object.fromEntries(
    Object.entries(params).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

/** The refusal's code (`JOIN_ABOVE_MAX_TOTAL`), if the API gave one. */
export const refusalCode = (error: unknown): string | undefined =>
  error instanceof ORPCError ? error.code : undefined;

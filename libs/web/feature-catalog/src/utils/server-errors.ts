import { ORPCError } from '@orpc/client';
import type { FieldError } from '@tradeway/shared/contracts';
import { apiProblem } from '@tradeway/web/data-access';

/** The quote engine's refusals (libs/server/pricing/domain pricing.errors.ts) that these screens explain in their own words. */
export const QUOTE_ERROR_CODES = [
  'QUANTITY_INVALID',
  'BELOW_MINIMUM_QUANTITY',
  'OFF_INCREMENT',
  'QUANTITY_NOT_CONVERTIBLE',
  'UNIT_NOT_CONVERTIBLE',
  'QUANTITY_TOO_LARGE',
  'NO_PRICE',
  'NO_PRICE_ON_DATE',
  'PICKUP_NOT_OFFERED',
  'ZONE_NOT_COVERED',
  'QUOTE_EXPIRED',
] as const;
export type QuoteErrorCode = (typeof QUOTE_ERROR_CODES)[number];

export const isQuoteErrorCode = (code: string | null | undefined): code is QuoteErrorCode =>
  !!code && (QUOTE_ERROR_CODES as readonly string[]).includes(code);

/** The business reason of a refusal: `data.reason` (or `data.code`) when the API names one, else the error's code. */
export function errorReason(error: unknown): string | undefined {
  if (!(error instanceof ORPCError)) return undefined;
  const data: unknown = error.data;
  if (typeof data === 'object' && data !== null) {
    const d = data as Record<string, unknown>;
    if (typeof d['reason'] === 'string') return d['reason'];
    if (typeof d['code'] === 'string') return d['code'];
  }
  return error.code;
}

export interface FormFieldError {
  name: Array<string | number>;
  errors: string[];
}

export interface MappedErrors {
  fields: FormFieldError[];
  /** field errors the form has no field for (and whole-body ones): for an alert */
  rest: FieldError[];
}

/**
 * Places the API's field errors (`data.fields`) on a form whose names may differ from the
 * API's paths; `toName` answers null for a path the form has no field for.
 */
export function mapFieldErrors(
  error: unknown,
  toName: (path: string) => Array<string | number> | null,
  text: (field: FieldError) => string,
): MappedErrors {
  const byName = new Map<string, FormFieldError>();
  const rest: FieldError[] = [];
  for (const field of apiProblem(error).fields) {
    const name = field.path ? toName(field.path) : null;
    if (!name) {
      rest.push(field);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byName.get(key) ?? { name, errors: [] };
    const message = text(field);
    if (!entry.errors.includes(message)) entry.errors.push(message);
    byName.set(key, entry);
  }
  return { fields: [...byName.values()], rest };
}

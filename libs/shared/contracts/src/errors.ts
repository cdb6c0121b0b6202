import { z } from 'zod';

/**
 * The one error body every endpoint answers with (oRPC's error shape, which the typed
 * client understands). Validation failures list each field at fault with its path, in the
 * dotted form a form library uses (`lines.0.quantity`).
 */
export const FieldErrorSchema = z.object({
  path: z
    .string()
    .describe('Dotted path of the field at fault, e.g. `lines.0.quantity`; empty for the whole body'),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldErrorSchema>;

export const ErrorBodySchema = z.object({
  defined: z.boolean(),
  code: z.string().describe('Stable machine code, e.g. BAD_REQUEST, NOT_FOUND, SERVICE_UNAVAILABLE'),
  status: z.number().int(),
  message: z.string(),
  data: z
    .object({
      fields: z.array(FieldErrorSchema).optional(),
      requestId: z.string().optional(),
    })
    .passthrough()
    .optional(),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** Turns a Standard Schema issue path into the dotted form used in `FieldError.path`. */
export function issuePath(path: ReadonlyArray<PropertyKey | { key: PropertyKey }> | undefined): string {
  return (path ?? []).map((p) => String(typeof p === 'object' && p !== null ? p.key : p)).join('.');
}

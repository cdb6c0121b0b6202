/**
 * Expected business failures are returned, not thrown (STYLE.md habit 8): a service returns
 * `Result<Order, InsufficientStock>` and the caller must look at `ok` before using the value.
 */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

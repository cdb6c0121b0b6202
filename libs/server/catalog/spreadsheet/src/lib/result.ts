/**
 * Expected failures are returned, not thrown (STYLE.md habit 8). The same shape as
 * `Result` in @tradeway/shared/kernel, repeated here because a `type:util` spreadsheet library
 * imports no other Tradeway library; the two types are structurally interchangeable.
 */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

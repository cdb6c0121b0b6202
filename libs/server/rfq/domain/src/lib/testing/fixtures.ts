import type { Result } from '@tradeway/shared/kernel';

/** Helpers shared by the specs of this library. */

/** A fixed "now": 1 September 2025, 10:00 in Shanghai. */
export const T0 = new Date('2025-09-01T02:00:00.000Z');
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
export const at = (ms: number): Date => new Date(T0.getTime() + ms);

/** The value of a successful result, or a failed test. */
export function value<T>(result: Result<T, unknown>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error, bigintJson)}`);
  return result.value;
}

/** The error of a failed result, or a failed test. */
export function failure<E>(result: Result<unknown, E>): E {
  if (result.ok) throw new Error(`expected failure, got ${JSON.stringify(result.value, bigintJson)}`);
  return result.error;
}

function bigintJson(_key: string, v: unknown): unknown {
  return typeof v === 'bigint' ? `${v}n` : v;
}

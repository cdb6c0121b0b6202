import { ORPCError } from '@orpc/client';
import { describe, expect, it } from 'vitest';
import { api } from './api';
import { shouldRetry } from './query-client';

describe('query client', () => {
  it('does not retry a client error but retries a network or server error twice', () => {
    expect(shouldRetry(0, new ORPCError('BAD_REQUEST', { status: 400 }))).toBe(false);
    expect(shouldRetry(0, new ORPCError('NOT_FOUND', { status: 404 }))).toBe(false);
    expect(shouldRetry(0, new ORPCError('INTERNAL_SERVER_ERROR', { status: 503 }))).toBe(true);
    expect(shouldRetry(1, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetry(2, new TypeError('Failed to fetch'))).toBe(false);
  });

  it('keys queries by route and input, so two pages of a list are cached apart', () => {
    const first = api.catalog.listProducts.queryKey({ input: { page: 1, pageSize: 20 } });
    const second = api.catalog.listProducts.queryKey({ input: { page: 2, pageSize: 20 } });
    expect(first).not.toEqual(second);
    expect(api.health.check.queryKey()).not.toEqual(first);
  });
});

import { ORPCError } from '@orpc/client';
import { describe, expect, it } from 'vitest';
import type { Me } from '@tradeway/shared/contracts';
import { api } from './api';
import { ME_QUERY_KEY, nullWhenUnauthorized, startSession } from './auth.queries';
import { createQueryClient } from './query-client';

const me = (companyId: string): Me => ({
  user: {
    id: '00000000-0000-4000-8000-000000000001',
    email: 'group.finance@huaxin-food.demo',
    displayName: '陈静',
    locale: 'zh-CN',
  },
  activeCompanyId: companyId,
  memberships: [],
  permissions: ['invoice:view'],
});
const GROUP = '00000000-0000-4000-8000-00000000000a';
const BAKERY = '00000000-0000-4000-8000-00000000000b';
const productsKey = api.catalog.listProducts.queryKey({ input: { page: 1, pageSize: 20 } });

describe('session cache', () => {
  it('answers null for 401 (nobody signed in) and lets every other failure through', async () => {
    await expect(nullWhenUnauthorized(Promise.resolve(me(GROUP)))).resolves.toMatchObject({
      activeCompanyId: GROUP,
    });
    await expect(
      nullWhenUnauthorized(Promise.reject(new ORPCError('UNAUTHORIZED', { status: 401 }))),
    ).resolves.toBeNull();
    await expect(
      nullWhenUnauthorized(Promise.reject(new ORPCError('INTERNAL_SERVER_ERROR', { status: 503 }))),
    ).rejects.toThrow();
  });

  it('after a switch of company keeps nothing the previous company saw, and sets the new me', async () => {
    const client = createQueryClient();
    client.setQueryData(ME_QUERY_KEY, me(GROUP));
    client.setQueryData(productsKey, {
      items: [],
      total: 0,
      totalIsLowerBound: false,
      page: 1,
      pageSize: 20,
    });
    await startSession(client, me(BAKERY));
    expect(client.getQueryData<Me>(ME_QUERY_KEY)?.activeCompanyId).toBe(BAKERY);
    expect(client.getQueryData(productsKey)).toBeUndefined();
  });

  it('after sign-out drops every cached answer and remembers that nobody is signed in', async () => {
    const client = createQueryClient();
    client.setQueryData(ME_QUERY_KEY, me(GROUP));
    client.setQueryData(productsKey, {
      items: [],
      total: 0,
      totalIsLowerBound: false,
      page: 1,
      pageSize: 20,
    });
    await startSession(client, null);
    expect(client.getQueryData(ME_QUERY_KEY)).toBeNull();
    expect(client.getQueryCache().getAll()).toHaveLength(1);
  });

  it('marks "who is signed in" stale when a request answers 401 during a session, not before one', async () => {
    const client = createQueryClient();
    const meQuery = () => client.getQueryCache().find({ queryKey: ME_QUERY_KEY, exact: true });
    const unauthorized = (key: string) =>
      client.fetchQuery({
        queryKey: [key],
        queryFn: () => Promise.reject(new ORPCError('UNAUTHORIZED', { status: 401 })),
        retry: false,
      });

    client.setQueryData(ME_QUERY_KEY, null);
    await expect(unauthorized('before')).rejects.toThrow();
    expect(meQuery()?.state.isInvalidated).toBe(false);

    client.setQueryData(ME_QUERY_KEY, me(GROUP));
    await expect(unauthorized('during')).rejects.toThrow();
    expect(meQuery()?.state.isInvalidated).toBe(true);
  });
});

import { ORPCError } from '@orpc/server';
import { describe, expect, it } from 'vitest';
import type { CatalogRepository } from '@tradeway/server/catalog/data-access';
import type { PricingRepository } from '@tradeway/server/pricing/data-access';
import { CatalogService } from './catalog.service';

/** The service's own rules, with the repository replaced by an in-memory table of the same shape. */
function serviceWith(tree: Array<{ id: string; parentId: string | null }>) {
  const calls: Array<string[] | undefined> = [];
  const repository = {
    categoryTree: async () => tree,
    findProducts: async (_q: unknown, ids: string[] | undefined) => {
      calls.push(ids);
      return { items: [], total: 0 };
    },
  } as unknown as CatalogRepository;
  return { service: new CatalogService(repository, {} as PricingRepository), calls };
}

describe('CatalogService.listProducts', () => {
  it('widens a category filter to its whole subtree', async () => {
    const { service, calls } = serviceWith([
      { id: 'agri', parentId: null },
      { id: 'fruit', parentId: 'agri' },
      { id: 'steel', parentId: null },
    ]);
    const r = await service.listProducts({ page: 3, pageSize: 5, categoryId: 'agri' });
    expect(calls[0]?.sort()).toEqual(['agri', 'fruit']);
    expect(r).toEqual({ items: [], total: 0, page: 3, pageSize: 5 });
  });

  it('answers 404 on the categoryId field for an unknown category', async () => {
    const { service, calls } = serviceWith([{ id: 'agri', parentId: null }]);
    const e = await service
      .listProducts({ page: 1, pageSize: 20, categoryId: 'nope' })
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ORPCError);
    expect((e as ORPCError<string, { fields: Array<{ path: string }> }>).status).toBe(404);
    expect((e as ORPCError<string, { fields: Array<{ path: string }> }>).data.fields[0]?.path).toBe(
      'categoryId',
    );
    expect(calls).toHaveLength(0);
  });
});

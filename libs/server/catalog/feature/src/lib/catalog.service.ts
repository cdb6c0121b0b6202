import { Injectable } from '@nestjs/common';
import { ORPCError } from '@orpc/server';
import { CatalogRepository } from '@tradeway/server/catalog/data-access';
import { catalogErrorMessage, descendantIds } from '@tradeway/server/catalog/domain';
import type { ListProductsQuery } from '@tradeway/shared/contracts';

@Injectable()
export class CatalogService {
  constructor(private readonly repository: CatalogRepository) {}

  async listCategories() {
    return { items: await this.repository.listCategories() };
  }

  async listProducts(query: ListProductsQuery) {
    let categoryIds: string[] | undefined;
    if (query.categoryId) {
      const tree = await this.repository.categoryTree();
      if (!tree.some((c) => c.id === query.categoryId)) {
        throw new ORPCError('NOT_FOUND', {
          status: 404,
          message: catalogErrorMessage('CATEGORY_NOT_FOUND', 'en'),
          data: {
            fields: [{ path: 'categoryId', message: catalogErrorMessage('CATEGORY_NOT_FOUND', 'en') }],
          },
        });
      }
      categoryIds = descendantIds(tree, query.categoryId);
    }
    const { items, total } = await this.repository.findProducts(query, categoryIds);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }
}

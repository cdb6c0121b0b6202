import { Controller, Req } from '@nestjs/common';
import { Implement, implement } from '@orpc/nest';
import { maybeAuthOf } from '@tradeway/server/platform';
import { contract } from '@tradeway/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { CatalogService } from './catalog.service';

const c = contract.catalog;

@Controller()
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Implement(c.listCategories)
  listCategories() {
    return implement(c.listCategories).handler(() => this.catalog.listCategories());
  }

  @Implement(c.listProducts)
  listProducts(@Req() req: FastifyRequest) {
    return implement(c.listProducts).handler(({ input }) =>
      this.catalog.listProducts(input, maybeAuthOf(req)),
    );
  }

  @Implement(c.getProduct)
  getProduct(@Req() req: FastifyRequest) {
    return implement(c.getProduct).handler(({ input }) =>
      this.catalog.getProduct(input.productId, maybeAuthOf(req)),
    );
  }

  @Implement(c.listAttributes)
  listAttributes() {
    return implement(c.listAttributes).handler(({ input }) => this.catalog.listAttributes(input.categoryId));
  }

  @Implement(c.listWarehouses)
  listWarehouses() {
    return implement(c.listWarehouses).handler(() => this.catalog.listWarehouses());
  }
}

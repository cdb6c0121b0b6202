import { Controller, Req } from '@nestjs/common';
import { Implement, implement } from '@orpc/nest';
import { authOf, maybeAuthOf } from '@tradeway/server/platform';
import { contract } from '@tradeway/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { CatalogService } from './catalog.service';
import { InventoryService } from './inventory.service';

const c = contract.catalog;

@Controller()
export class CatalogController {
  constructor(
    private readonly catalog: CatalogService,
    private readonly inventory: InventoryService,
  ) {}

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

  @Implement(c.listInventory)
  listInventory(@Req() req: FastifyRequest) {
    return implement(c.listInventory).handler(({ input }) => this.inventory.list(authOf(req), input));
  }

  @Implement(c.listStockLocations)
  listStockLocations() {
    return implement(c.listStockLocations).handler(() => this.inventory.stockLocations());
  }

  @Implement(c.setInventory)
  setInventory(@Req() req: FastifyRequest) {
    return implement(c.setInventory).handler(({ input }) => this.inventory.set(authOf(req), input));
  }
}

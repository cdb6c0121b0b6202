import { Controller } from '@nestjs/common';
import { Implement, implement } from '@orpc/nest';
import { contract } from '@tradeway/shared/contracts';
import { CatalogService } from './catalog.service';

@Controller()
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Implement(contract.catalog.listCategories)
  listCategories() {
    return implement(contract.catalog.listCategories).handler(() => this.catalog.listCategories());
  }

  @Implement(contract.catalog.listProducts)
  listProducts() {
    return implement(contract.catalog.listProducts).handler(({ input }) => this.catalog.listProducts(input));
  }
}

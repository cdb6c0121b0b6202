import { Module } from '@nestjs/common';
import { CatalogRepository, InventoryRepository } from '@tradeway/server/catalog/data-access';
import { PricingRepository } from '@tradeway/server/pricing/data-access';
import { CatalogController } from './catalog.controller';
import { CatalogService } from './catalog.service';
import { InventoryService } from './inventory.service';

@Module({
  controllers: [CatalogController],
  providers: [CatalogRepository, InventoryRepository, PricingRepository, CatalogService, InventoryService],
  exports: [CatalogService, InventoryService],
})
export class CatalogModule {}

import { Module } from '@nestjs/common';
import { CatalogRepository } from '@tradeway/server/catalog/data-access';
import { PricingRepository } from '@tradeway/server/pricing/data-access';
import { CatalogController } from './catalog.controller';
import { CatalogService } from './catalog.service';

@Module({
  controllers: [CatalogController],
  providers: [CatalogRepository, PricingRepository, CatalogService],
  exports: [CatalogService],
})
export class CatalogModule {}

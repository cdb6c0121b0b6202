import { Module } from '@nestjs/common';
import { CatalogRepository } from '@tradeway/server/catalog/data-access';
import { CatalogController } from './catalog.controller';
import { CatalogService } from './catalog.service';

@Module({
  controllers: [CatalogController],
  providers: [CatalogRepository, CatalogService],
  exports: [CatalogService],
})
export class CatalogModule {}

import { Module } from '@nestjs/common';
import { PricingRepository } from '@tradeway/server/pricing/data-access';
import { CatalogImportService } from './catalog-import.service';
import { PriceListService } from './price-list.service';
import { CatalogImportController, PricingController, QuoteController } from './pricing.controller';
import { QuoteService } from './quote.service';

/** Pricing and quotes (DESIGN.md §4) with catalog spreadsheets; needs the approval gateway (global). */
@Module({
  controllers: [PricingController, QuoteController, CatalogImportController],
  providers: [PricingRepository, PriceListService, QuoteService, CatalogImportService],
  exports: [QuoteService, CatalogImportService],
})
export class PricingModule {}

/** The worker's part: imports run as jobs; special-price decisions arrive through the approval engine. */
@Module({
  providers: [PricingRepository, QuoteService, CatalogImportService],
  exports: [CatalogImportService],
})
export class PricingJobsModule {}

import { Global, Module } from '@nestjs/common';
import { QuoteGateway } from '@tradeway/server/platform';
import { PricingRepository } from '@tradeway/server/pricing/data-access';
import { CatalogImportService } from './catalog-import.service';
import { PriceListService } from './price-list.service';
import { CatalogImportController, PricingController, QuoteController } from './pricing.controller';
import { QuoteService } from './quote.service';

/**
 * Pricing and quotes (DESIGN.md §4) with catalog spreadsheets; needs the approval gateway
 * (global). Global for its port: other features get fresh quotes through `QuoteGateway`.
 */
@Global()
@Module({
  controllers: [PricingController, QuoteController, CatalogImportController],
  providers: [
    PricingRepository,
    PriceListService,
    QuoteService,
    CatalogImportService,
    { provide: QuoteGateway, useExisting: QuoteService },
  ],
  exports: [QuoteService, CatalogImportService, QuoteGateway],
})
export class PricingModule {}

/**
 * The worker's part: imports run as jobs; special-price decisions arrive through the approval
 * engine; repeat orders get their quotes through `QuoteGateway`.
 */
@Global()
@Module({
  providers: [
    PricingRepository,
    QuoteService,
    CatalogImportService,
    { provide: QuoteGateway, useExisting: QuoteService },
  ],
  exports: [CatalogImportService, QuoteGateway],
})
export class PricingJobsModule {}

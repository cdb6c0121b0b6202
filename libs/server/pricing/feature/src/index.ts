export * from './lib/catalog-import.service';
export * from './lib/pricing.module';
export * from './lib/quote.service';

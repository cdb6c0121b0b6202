export * from './lib/auction-rules-of';
export * from './lib/auction.module';
export * from './lib/auction.service';
export * from './lib/bid-desk';

export * from './lib/auction-award.service';
export * from './lib/auction-clock.job';
export * from './lib/auction-clock.service';
export * from './lib/auction-feed';
export * from './lib/auction-rules-of';
export * from './lib/auction.module';
export * from './lib/auction.service';
export * from './lib/bid-desk';

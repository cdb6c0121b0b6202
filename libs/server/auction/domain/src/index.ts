export * from './lib/auction.errors';
export * from './lib/bid-rules';
export * from './lib/bid-log';
export * from './lib/bid-replay';
export * from './lib/auction-states';
export * from './lib/auction-result';

export * from './lib/auction-rules-of';
export * from './lib/bid-desk';

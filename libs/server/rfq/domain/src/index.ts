export * from './lib/rfq.errors';
export * from './lib/rfq-states';
export * from './lib/rfq-schedule';
export * from './lib/quote-rules';
export * from './lib/landed-cost';
export * from './lib/comparison';
export * from './lib/split-award';
export * from './lib/award-rules';

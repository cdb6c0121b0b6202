export * from './lib/decimal';
export * from './lib/pricing.types';
export * from './lib/pricing.errors';
export * from './lib/price-resolution';
export * from './lib/quote-engine';
export * from './lib/rule-validation';
export * from './lib/unit-conversion';

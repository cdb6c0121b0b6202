export * from './lib/pricing.repository';

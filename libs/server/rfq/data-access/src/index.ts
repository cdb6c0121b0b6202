export * from './lib/rfq.repository';

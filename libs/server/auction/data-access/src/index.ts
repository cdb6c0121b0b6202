export * from './lib/auction.repository';

export * from './lib/group-buy.repository';

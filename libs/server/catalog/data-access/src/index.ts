export * from './lib/catalog.repository';

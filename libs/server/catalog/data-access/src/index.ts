export * from './lib/catalog.repository';
export * from './lib/inventory.repository';

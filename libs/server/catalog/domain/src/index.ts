export * from './lib/catalog.errors';
export * from './lib/category-tree';
export * from './lib/inventory';

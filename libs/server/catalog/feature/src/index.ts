export * from './lib/catalog.module';
export * from './lib/inventory.service';

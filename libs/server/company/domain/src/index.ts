export * from './lib/company.errors';

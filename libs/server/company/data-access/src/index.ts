export * from './lib/company.repository';

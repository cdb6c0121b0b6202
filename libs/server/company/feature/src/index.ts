export * from './lib/company.module';

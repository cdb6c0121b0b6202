export * from './lib/company.repository';
export * from './lib/company-admin.repository';

export * from './lib/company.module';
export * from './lib/staff-activity.service';

export * from './lib/approval.module';

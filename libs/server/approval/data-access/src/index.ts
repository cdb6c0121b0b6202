export * from './lib/approval.repository';

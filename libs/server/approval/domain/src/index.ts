export * from './lib/approval.errors';

export * from './lib/approval.errors';
export * from './lib/approval.types';
export * from './lib/policy-selection';
export * from './lib/policy-validation';
export * from './lib/approver-resolution';
export * from './lib/delegation';
export * from './lib/approval-state';
export * from './lib/spending-limit';

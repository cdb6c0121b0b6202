export * from './lib/approval.module';
export * from './lib/approval.service';
export * from './lib/requisition.service';

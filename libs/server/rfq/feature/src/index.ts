export * from './lib/rfq.module';
export * from './lib/rfq.service';
export * from './lib/rfq-deadline.job';

export * from './lib/campaign-feed';
export * from './lib/campaign-terms-of';
export * from './lib/group-buy-deadline.job';
export * from './lib/group-buy-deadlines';
export * from './lib/group-buy-settlement.service';
export * from './lib/group-buy.module';
export * from './lib/group-buy.service';
export * from './lib/join-desk';

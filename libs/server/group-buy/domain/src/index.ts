export * from './lib/group-buy.errors';
export * from './lib/ladder';
export * from './lib/commitment-rules';
export * from './lib/campaign-states';
export * from './lib/settlement';

export * from './client';
export * from './catalog.contract';
export * from './errors';
export * from './health.contract';
export * from './onboarding.contract';
export * from './paging';
export * from './router';

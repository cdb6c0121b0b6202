export * from './lib/company-visibility';
export * from './lib/identity.errors';
export * from './lib/session-lifetime';
export * from './lib/throttle';

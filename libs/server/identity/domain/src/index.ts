export * from './lib/identity.errors';

export * from './lib/identity.repository';

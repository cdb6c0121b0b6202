export * from './demo-data';
export { seed, SEED_KINDS, type SeedKind, type SeedOptions, type SeedSummary } from './seed';

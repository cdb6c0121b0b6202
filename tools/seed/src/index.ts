export * from './demo-data';
export { seed, SEED_KINDS, type SeedKind, type SeedOptions, type SeedSummary } from './seed';
export * from './demo-pricing';
export * from './demo-orders';
export * from './demo-rfqs';
export {
  DEFAULT_SCALE,
  planScale,
  SCALE_BENCH_BUYER,
  SCALE_PASSWORD,
  ScaleSeedRefused,
  seedScale,
  type ScalePlan,
  type ScaleSizes,
  type ScaleSummary,
} from './scale-data';

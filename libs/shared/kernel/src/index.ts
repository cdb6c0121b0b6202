export * from './money';
export * from './result';

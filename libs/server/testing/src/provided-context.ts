/** What libs/server/testing/src/global-setup.ts hands to every suite of a database project. */
declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
    adminDatabaseUrl: string;
    redisUrl: string;
  }
}
export {};

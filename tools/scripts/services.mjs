#!/usr/bin/env node
// npm run services — make PostgreSQL and Redis available (see lib/services.mjs).
import { ensureServices } from './lib/services.mjs';

ensureServices()
  .then(({ databaseUrl, redisUrl }) =>
    console.log(`PostgreSQL: ${databaseUrl.replace(/:[^:@/]*@/, ':***@')}\nRedis: ${redisUrl}`),
  )
  .catch((e) => {
    console.error(e.message);
    process.exit(1);
  });

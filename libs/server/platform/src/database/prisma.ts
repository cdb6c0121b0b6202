import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import { PreparingClient } from './prepared-statements';

export { Prisma, PrismaClient } from '../generated/prisma/client';

/**
 * The runtime client: no native engine, queries go through node-postgres (TOOLCHAIN.md).
 * Only data-access libraries and this platform library may import it (lint-enforced).
 */
export function createPrismaClient(databaseUrl: string, options: { poolSize?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    Client: PreparingClient,
  });
  return new PrismaClient({ adapter });
}

import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { DirectSql } from './direct-sql';
import { createPrismaClient, type PrismaClient } from './prisma';

/**
 * One client per process, injected where data-access repositories need it; `sql` is the same
 * database without Prisma, for the statements on the hottest paths (decision 0024).
 */
@Injectable()
export class PrismaService implements OnModuleDestroy {
  readonly client: PrismaClient;
  readonly sql: DirectSql;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.client = createPrismaClient(config.DATABASE_URL);
    this.sql = new DirectSql(config.DATABASE_URL);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([this.client.$disconnect(), this.sql.end()]);
  }
}

import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { DependencyCheck, Health } from '@tradeway/shared/contracts';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PrismaService } from '../database/prisma.service';

const CHECK_TIMEOUT_MS = 1_000;
const startedAt = Date.now();

async function timed(check: () => Promise<unknown>): Promise<DependencyCheck> {
  const t0 = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
          CHECK_TIMEOUT_MS,
        );
      }),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - t0) };
  } catch (e) {
    return { status: 'down', latencyMs: null, error: e instanceof Error ? e.message : String(e) };
  } finally {
    clearTimeout(timer);
  }
}

/** Reports PostgreSQL and Redis, each up or down, without ever throwing. */
@Injectable()
export class HealthService implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
  ) {
    // Fail fast when Redis is down: no offline queue, one try per command.
    this.redis = new Redis(config.REDIS_URL, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
    });
    this.redis.on('error', () => undefined); // reported through check(), not as an unhandled event
  }

  async check(): Promise<Health> {
    const [database, redis] = await Promise.all([
      timed(() => this.prisma.client.$queryRaw`SELECT 1`),
      timed(async () => {
        if (this.redis.status === 'wait' || this.redis.status === 'end') await this.redis.connect();
        await this.redis.ping();
      }),
    ]);
    return {
      status: database.status === 'up' && redis.status === 'up' ? 'ok' : 'degraded',
      version: this.config.APP_VERSION,
      uptimeSeconds: Math.floor((Date.now() - startedAt) / 1000),
      time: new Date().toISOString(),
      checks: { database, redis },
    };
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}

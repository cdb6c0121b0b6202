import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { RATE_LIMITS, type RateBudget, type RateLimitName } from '@tradeway/shared/contracts';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { redisConnectionOptions } from '../queue/queues';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Who is counted: the caller (user or API key) and its company. */
export interface RateSubject {
  readonly callerId: string;
  readonly companyId: string;
}

/**
 * The rate limits of DESIGN.md §14, counted in Redis so every API process shares them
 * (fixed windows, atomic in Redis). Redis is a cache here: when it is down the counts fall
 * back to this process's memory (degraded mode goes on limiting, per process), never to a
 * refusal of the request.
 */
@Injectable()
export class RateLimiterService implements OnModuleDestroy {
  private readonly logger = new Logger('RateLimiterService');
  private readonly redis: Redis;
  private readonly limiters = new Map<string, RateLimiterRedis>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.redis = new Redis({
      ...redisConnectionOptions(config.REDIS_URL),
      // Fail fast: a limit check must not wait for a reconnect.
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      lazyConnect: false,
    });
    this.redis.on('error', (e: Error) => this.logger.debug(`rate-limit redis: ${e.message}`));
  }

  /** Counts one request of the subject against the named limit, per caller and per company. */
  async consume(name: RateLimitName, subject: RateSubject): Promise<RateDecision> {
    const limits = RATE_LIMITS[name];
    const results = await Promise.all([
      this.take(this.limiter(name, 'user', limits.perUser), subject.callerId),
      this.take(this.limiter(name, 'company', limits.perCompany), subject.companyId),
    ]);
    const wait = Math.max(...results);
    return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
  }

  /** 0 when allowed, else the seconds until the window frees a point. */
  private async take(limiter: RateLimiterRedis, key: string): Promise<number> {
    try {
      await limiter.consume(key, 1);
      return 0;
    } catch (e) {
      if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 1000));
      throw e;
    }
  }

  private limiter(name: RateLimitName, scope: 'user' | 'company', budget: RateBudget): RateLimiterRedis {
    const key = `${name}:${scope}`;
    let limiter = this.limiters.get(key);
    if (!limiter) {
      const points = Math.max(1, Math.round(budget.points * this.config.RATE_LIMIT_FACTOR));
      limiter = new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `${this.config.QUEUE_PREFIX}:rl:${key}`,
        points,
        duration: budget.windowS,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory({ points, duration: budget.windowS }),
      });
      this.limiters.set(key, limiter);
    }
    return limiter;
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}

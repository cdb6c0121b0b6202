import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/config';

type Handler = (message: unknown) => void;

/**
 * Live updates between processes (DESIGN.md §6 live view): a small publish/subscribe over
 * Redis, so that a bid judged in one API process reaches the watchers connected to any other.
 * Channels are prefixed with QUEUE_PREFIX (environments and test suites share one Redis).
 *
 * Redis only carries notifications: what they say is already committed in PostgreSQL. If Redis
 * is away, publishing logs and goes on (a bid never fails for it) and watchers get the state
 * again when they reconnect.
 */
@Injectable()
export class LiveBus implements OnModuleDestroy {
  private readonly logger = new Logger(LiveBus.name);
  private publisher: Redis | null = null;
  private subscriber: Redis | null = null;
  private readonly handlers = new Map<string, Set<Handler>>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private channel(name: string): string {
    return `${this.config.QUEUE_PREFIX}:live:${name}`;
  }

  private connect(): Redis {
    const redis = new Redis(this.config.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 1 });
    redis.on('error', (err) => this.logger.warn(`live bus: ${err.message}`));
    return redis;
  }

  /** Publishes `message` (JSON) on `name`; never throws. */
  async publish(name: string, message: unknown): Promise<void> {
    try {
      this.publisher ??= this.connect();
      await this.publisher.publish(this.channel(name), JSON.stringify(message));
    } catch (err) {
      this.logger.warn(`could not publish on ${name}: ${(err as Error).message}`);
    }
  }

  /** Calls `handler` with every message on `name` until the returned function is called. */
  subscribe(name: string, handler: Handler): () => void {
    const channel = this.channel(name);
    if (!this.subscriber) {
      this.subscriber = this.connect();
      this.subscriber.on('message', (from: string, text: string) => {
        const set = this.handlers.get(from);
        if (!set) return;
        let message: unknown;
        try {
          message = JSON.parse(text);
        } catch {
          return;
        }
        for (const h of set) h(message);
      });
    }
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
      this.subscriber
        .subscribe(channel)
        .catch((err: Error) => this.logger.warn(`subscribe ${name}: ${err.message}`));
    }
    set.add(handler);
    return () => {
      const current = this.handlers.get(channel);
      if (!current) return;
      current.delete(handler);
      if (current.size === 0) {
        this.handlers.delete(channel);
        this.subscriber?.unsubscribe(channel).catch(() => undefined);
      }
    };
  }

  async onModuleDestroy(): Promise<void> {
    this.handlers.clear();
    await Promise.all(
      [this.publisher, this.subscriber].map((r) => (r ? r.quit().catch(() => r.disconnect()) : undefined)),
    );
    this.publisher = null;
    this.subscriber = null;
  }
}

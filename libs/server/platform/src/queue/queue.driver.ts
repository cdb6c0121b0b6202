import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Queue, type Job, Worker, type WorkerOptions } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { DEFAULT_JOB_OPTIONS, type QueueName, redisConnectionOptions } from './queues';

export type JobProcessor<T = unknown, R = unknown> = (
  job: Job<T, R>,
  token: string | undefined,
  signal: AbortSignal | undefined,
) => Promise<R>;

/**
 * The one place where BullMQ queues and workers are made: same connection, key prefix,
 * retries and retention everywhere, and one graceful shutdown for the worker process.
 */
@Injectable()
export class QueueDriver implements OnModuleDestroy {
  private readonly logger = new Logger(QueueDriver.name);
  private readonly queues = new Map<QueueName, Queue>();
  private readonly workers: Worker[] = [];
  private closed = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private get connection() {
    return redisConnectionOptions(this.config.REDIS_URL);
  }

  queue(name: QueueName): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue(name, {
        connection: this.connection,
        prefix: this.config.QUEUE_PREFIX,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      });
      q.on('error', (err) => this.logger.warn(`queue ${name}: ${err.message}`));
      this.queues.set(name, q);
    }
    return q;
  }

  allQueues(): Queue[] {
    return [...this.queues.values()];
  }

  worker<T, R>(
    name: QueueName,
    processor: JobProcessor<T, R>,
    options: Partial<WorkerOptions> = {},
  ): Worker<T, R> {
    const worker = new Worker<T, R>(name, processor, {
      connection: this.connection,
      prefix: this.config.QUEUE_PREFIX,
      concurrency: 1,
      lockDuration: this.config.WORKER_LOCK_DURATION_MS,
      stalledInterval: Math.max(1_000, Math.floor(this.config.WORKER_LOCK_DURATION_MS / 2)),
      ...options,
    });
    worker.on('error', (err) => this.logger.warn(`worker ${name}: ${err.message}`));
    worker.on('failed', (job, err) =>
      this.logger.warn(`job ${name}/${job?.id} failed (attempt ${job?.attemptsMade}): ${err.message}`),
    );
    this.workers.push(worker as Worker);
    return worker;
  }

  /**
   * Stops taking jobs, lets the jobs in hand finish for up to `graceMs`, then cancels them:
   * their processors see the abort signal and hand the job back to the queue (see
   * `handBackOnAbort`). A worker killed without this still loses nothing: BullMQ returns a
   * job whose lock lapses to the queue (stalled-job check).
   */
  async shutdown(graceMs: number): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const timer = setTimeout(() => {
      this.logger.warn(`shutdown grace of ${graceMs} ms elapsed: handing back the jobs in hand`);
      for (const w of this.workers) w.cancelAllJobs('worker shutting down');
    }, graceMs);
    try {
      await Promise.all(this.workers.map((w) => w.close()));
    } finally {
      clearTimeout(timer);
    }
    await Promise.all(this.allQueues().map((q) => q.close()));
  }

  async onModuleDestroy(): Promise<void> {
    await this.shutdown(this.config.WORKER_SHUTDOWN_GRACE_MS);
  }
}

import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig, QueueDriver } from '@tradeway/server/platform';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/**
 * The worker: a Nest application context (no HTTP) running the BullMQ processors. On SIGTERM
 * or SIGINT it stops taking jobs, lets the job in hand finish within the grace period, else
 * hands it back to the queue, and exits 0.
 */
const CLOSE_TIMEOUT_MS = 3_000;

async function main() {
  const config = loadConfig();

  // Signals are handled before anything starts: Nest runs the processors' bootstrap (which
  // starts taking jobs) while it creates the context, and a SIGTERM arriving then must hand
  // the job back, not kill the process.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const app = await starting.catch(() => undefined);
    if (!app) process.exit(0);
    const logger = app.get(Logger);
    logger.log(`${signal} received: finishing the job in hand (grace ${config.WORKER_SHUTDOWN_GRACE_MS} ms)`);
    await app.get(QueueDriver).shutdown(config.WORKER_SHUTDOWN_GRACE_MS);
    // A job handed back may still hold a database transaction (blocked on a lock, say);
    // closing the pool would wait for it. Give the rest of shutdown a bounded time: on exit
    // the connection closes and PostgreSQL rolls the abandoned transaction back.
    const closed = await Promise.race([
      app.close().then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), CLOSE_TIMEOUT_MS).unref()),
    ]);
    logger.log(
      closed ? 'worker stopped' : `worker stopped (resources not closed within ${CLOSE_TIMEOUT_MS} ms)`,
    );
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  const starting: Promise<INestApplicationContext> = NestFactory.createApplicationContext(
    WorkerModule.forRoot(config),
    { bufferLogs: true },
  ).then(async (app) => {
    app.useLogger(app.get(Logger));
    await app.init();
    return app;
  });
  const app = await starting;
  app.get(Logger).log(`Tradeway worker started (queue prefix ${config.QUEUE_PREFIX})`);
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(78);
  }
  console.error(e);
  process.exit(1);
});

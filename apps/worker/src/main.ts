import 'reflect-metadata';
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
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);

  // Signals are handled from the start: a processor may take a job while the others are
  // still starting, and a SIGTERM then must hand that job back, not kill the process.
  let stopping = false;
  let initialised: Promise<unknown> = Promise.resolve();
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    await initialised.catch(() => undefined);
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

  initialised = app.init();
  await initialised;
  logger.log(`Tradeway worker started (queue prefix ${config.QUEUE_PREFIX})`);
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(78);
  }
  console.error(e);
  process.exit(1);
});

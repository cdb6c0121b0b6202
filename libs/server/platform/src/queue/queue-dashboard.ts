import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { QueueDriver } from './queue.driver';
import { QUEUES } from './queues';

export const QUEUE_DASHBOARD_PATH = '/api/admin/queues';

/**
 * Bull Board over every platform queue: jobs, retries and failures for operators.
 * Until sign-in exists (issue 3) it is served only when QUEUE_DASHBOARD is on (default in
 * development and test); issue 3 puts it behind operator sign-in.
 */
export async function mountQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const driver = app.get(QueueDriver);
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    queues: Object.values(QUEUES).map(
      (name) => new BullMQAdapter(driver.queue(name), { readOnlyMode: false }),
    ),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Tradeway queues' } },
  });
  await app.register(serverAdapter.registerPlugin() as never, { prefix: QUEUE_DASHBOARD_PATH });
}

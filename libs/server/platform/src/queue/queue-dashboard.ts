import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyPluginCallback, FastifyRequest } from 'fastify';
import { QueueDriver } from './queue.driver';
import { QUEUES } from './queues';

export const QUEUE_DASHBOARD_PATH = '/api/admin/queues';

/** Whether a request may open the dashboard: 'yes', or why not. */
export type DashboardGate = (request: FastifyRequest) => Promise<'yes' | 'signed_out' | 'forbidden'>;

/**
 * Bull Board over every platform queue: jobs, retries and failures for operators. Behind
 * operator sign-in: the gate (the API's session check) must answer 'yes', else 401 or 403.
 * Served when QUEUE_DASHBOARD is on (default except in production).
 */
export async function mountQueueDashboard(app: NestFastifyApplication, gate: DashboardGate): Promise<void> {
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
  const plugin = serverAdapter.registerPlugin() as unknown as FastifyPluginCallback;
  await app.register(
    (async (scope: FastifyInstance) => {
      scope.addHook('onRequest', async (request, reply) => {
        const verdict = await gate(request);
        if (verdict === 'yes') return;
        const status = verdict === 'signed_out' ? 401 : 403;
        await reply
          .code(status)
          .header('content-type', 'application/json; charset=utf-8')
          .send({
            defined: false,
            code: status === 401 ? 'UNAUTHORIZED' : 'FORBIDDEN',
            status,
            message:
              status === 401
                ? 'Sign in to the operator console first'
                : 'The queue dashboard is for platform operators (permission platform:queues)',
            data: { requestId: String(request.id) },
          });
      });
      await scope.register(plugin);
    }) as never,
    { prefix: QUEUE_DASHBOARD_PATH },
  );
}

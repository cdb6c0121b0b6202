import { type AppConfig, createApiApp, mountQueueDashboard } from '@tradeway/server/platform';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';

/** The API exactly as it runs: `main.ts` listens on it, the HTTP tests inject into it. */
export async function buildApi(
  config: AppConfig,
  options: { logs?: boolean; logDestination?: DestinationStream } = {},
) {
  const app = await createApiApp(AppModule.forRoot(config), {
    version: config.APP_VERSION,
    logs: options.logs,
    logLevel: config.LOG_LEVEL,
    logDestination: options.logDestination,
  });
  const dashboard = config.QUEUE_DASHBOARD ?? (config.NODE_ENV === 'production' ? 'off' : 'on');
  if (dashboard === 'on') await mountQueueDashboard(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

import { AuthService } from '@tradeway/server/identity/feature';
import { type AppConfig, createApiApp, mountQueueDashboard, SESSION_COOKIE } from '@tradeway/server/platform';
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
  if (dashboard === 'on') {
    const auth = app.get(AuthService);
    await mountQueueDashboard(app, async (request) => {
      const token = request.cookies?.[SESSION_COOKIE];
      const caller = token ? await auth.authFromSession(token) : null;
      if (!caller) return 'signed_out';
      return caller.permissions.has('platform:queues') ? 'yes' : 'forbidden';
    });
  }
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

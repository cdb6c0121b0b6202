import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ORPCModule } from '@orpc/nest';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, type AppConfig } from './config/config';
import { PrismaService } from './database/prisma.service';
import { toApiError } from './http/api-error';
import { QueueDriver } from './queue/queue.driver';

/**
 * What every process needs: validated configuration, the database client and structured
 * logs. The API adds the oRPC handler (`http: true`); the worker does not.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, options: { http: boolean }): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            // Fastify assigns `req.id` from X-Request-Id or a fresh UUID (see createApiApp).
            genReqId: (req) => (req as { id?: string }).id ?? String(req.headers['x-request-id'] ?? ''),
            customProps: () => ({ service: options.http ? 'api' : 'worker' }),
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            autoLogging: options.http,
          },
        }),
        ...(options.http
          ? [
              ORPCModule.forRoot({
                interceptors: [
                  async ({ next }) => {
                    try {
                      return await next();
                    } catch (e) {
                      throw toApiError(e);
                    }
                  },
                ],
              }),
            ]
          : []),
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }, PrismaService, QueueDriver],
      exports: [APP_CONFIG, PrismaService, QueueDriver],
    };
  }
}

import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ORPCModule } from '@orpc/nest';
import { LoggerModule } from 'nestjs-pino';
import { AuditService } from './audit/audit.service';
import { APP_CONFIG, type AppConfig } from './config/config';
import { PrismaService } from './database/prisma.service';
import { toApiError } from './http/api-error';
import { IdempotencyService } from './idempotency/idempotency';
import { OutboxSender } from './mail/outbox-sender.service';
import { createLogger } from './logging/logger';
import { LiveBus } from './live/live-bus';
import { QueueDriver } from './queue/queue.driver';
import { RateLimiterService } from './rate-limit/rate-limiter.service';
import { createFileStorage } from './storage/create-file-storage';
import { FileStorage } from './storage/file-storage';

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
        // Fastify logs the requests (see createApiApp); Nest's logs share the same logger.
        LoggerModule.forRoot({
          pinoHttp: { logger: createLogger(config, options.http ? 'api' : 'worker') },
          useExisting: true,
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
      providers: [
        { provide: APP_CONFIG, useValue: config },
        PrismaService,
        QueueDriver,
        LiveBus,
        AuditService,
        IdempotencyService,
        OutboxSender,
        {
          provide: FileStorage,
          useFactory: (c: AppConfig) => createFileStorage(c),
          inject: [APP_CONFIG],
        },
        ...(options.http ? [RateLimiterService] : []),
      ],
      exports: [
        APP_CONFIG,
        PrismaService,
        QueueDriver,
        LiveBus,
        AuditService,
        IdempotencyService,
        OutboxSender,
        FileStorage,
        ...(options.http ? [RateLimiterService] : []),
      ],
    };
  }
}

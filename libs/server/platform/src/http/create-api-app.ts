import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { AppConfig } from '../config/config';
import { createLogger } from '../logging/logger';
import { ApiExceptionFilter } from './api-exception.filter';
import { generateOpenApiDocument } from './openapi';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** A 20 MB spreadsheet and its multipart envelope. */
export const MAX_UPLOAD_BYTES = 21 * 1024 * 1024;

/**
 * oRPC's Nest interceptor writes the response itself; Nest then tries to send the handler's
 * (empty) result as well, which Fastify refuses with a warning on every request. A reply
 * that is already sent is left alone.
 */
class ApiFastifyAdapter extends FastifyAdapter {
  override reply(response: unknown, body: unknown, statusCode?: number) {
    if ((response as FastifyReply).sent) return response as never;
    return super.reply(response as never, body, statusCode);
  }
}

/**
 * Builds the HTTP application exactly as production runs it; `main.ts` and the HTTP tests
 * both call this, so what the tests exercise is what ships.
 */
export async function createApiApp(
  rootModule: Type<unknown> | DynamicModule,
  options: {
    version: string;
    logs?: boolean;
    logLevel?: AppConfig['LOG_LEVEL'];
    logDestination?: DestinationStream;
  },
) {
  const adapter = new ApiFastifyAdapter({
    // Fastify logs every request (`incoming request`, `request completed`) with its reqId.
    loggerInstance:
      options.logs === false
        ? undefined
        : createLogger({ LOG_LEVEL: options.logLevel ?? 'info' }, 'api', options.logDestination),
    // Fastify's default label for the request id in each log line is `reqId`.
    // Trust a well-formed X-Request-Id from the caller (a gateway), else make one.
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    bodyLimit: 1_048_576,
    // At shutdown, long-lived streams (auction live views) are cut rather than waited for:
    // their clients reconnect (to another process) and start from the state as it is.
    forceCloseConnections: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    rootModule,
    adapter,
    // Tests ask for no logs: Nest's own start-up lines are silenced too.
    options.logs === false ? { logger: false } : { bufferLogs: true },
  );
  if (options.logs !== false) app.useLogger(app.get(Logger));
  app.useGlobalFilters(new ApiExceptionFilter());

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // File uploads (spreadsheet imports): oRPC reads multipart bodies itself from the raw
  // stream, so Fastify must leave them unread — but never more than MAX_UPLOAD_BYTES.
  fastify.addContentTypeParser('multipart/form-data', (_request, _payload, done) => done(null, undefined));
  fastify.addHook('onRequest', async (request, reply) => {
    const type = request.headers['content-type'] ?? '';
    const length = Number(request.headers['content-length'] ?? '0');
    if (type.startsWith('multipart/form-data') && (!(length > 0) || length > MAX_UPLOAD_BYTES)) {
      await reply.code(length > 0 ? 413 : 411).send({
        message: length > 0 ? 'The upload is larger than 21 MB' : 'Send the upload with a Content-Length',
        messageZh: length > 0 ? '上传文件超过 21 MB' : '上传请求缺少 Content-Length',
      });
    }
  });

  const document = await generateOpenApiDocument(options.version);
  await app.register(fastifyCookie as never);
  await app.register(fastifySwagger as never, { mode: 'static', specification: { document } });
  // The document is large (≈350 KB): operations start collapsed under their tags, a filter
  // box finds a tag, and the schema section (the slowest part to render) is left out.
  await app.register(fastifySwaggerUi as never, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'none', filter: true, defaultModelsExpandDepth: -1, deepLinking: true },
  });
  return app;
}

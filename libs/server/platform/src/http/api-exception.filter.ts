import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { ErrorBody } from '@tradeway/shared/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';

const CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_SUPPORTED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE_CONTENT',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/**
 * Errors raised outside oRPC handlers (unknown routes, bodies Fastify cannot parse, Nest's
 * own exceptions) answer in the same shape as the contract's errors. A client error is never
 * a 500: Fastify's parse errors carry their 4xx status and are passed through as such.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const status = statusOf(exception);
    const body: ErrorBody = {
      defined: false,
      code: CODES[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST'),
      status,
      message: status >= 500 ? 'Internal server error' : messageOf(exception, status),
      data: { ...retryOf(exception), requestId: String(request.id) },
    };
    if (status >= 500) this.logger.error({ err: exception, reqId: request.id }, 'Unhandled error');
    void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
  }
}

function statusOf(exception: unknown): number {
  if (exception instanceof HttpException) return exception.getStatus();
  const statusCode = (exception as { statusCode?: unknown })?.statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 600) return statusCode;
  return HttpStatus.INTERNAL_SERVER_ERROR;
}

function messageOf(exception: unknown, status: number): string {
  if (exception instanceof HttpException) {
    const r = exception.getResponse();
    if (typeof r === 'string') return r;
    const m = (r as { message?: unknown }).message;
    if (typeof m === 'string') return m;
    if (Array.isArray(m)) return m.join('; ');
  }
  if (exception instanceof Error && exception.message) return exception.message;
  return status === 404 ? 'Not found' : 'Bad request';
}

/** A 429 raised as `HttpException({ message, retryAfterSeconds })` tells the portals how long to wait. */
function retryOf(exception: unknown): { retryAfterSeconds?: number } {
  if (!(exception instanceof HttpException)) return {};
  const r = exception.getResponse() as { retryAfterSeconds?: unknown };
  return typeof r === 'object' && typeof r.retryAfterSeconds === 'number'
    ? { retryAfterSeconds: r.retryAfterSeconds }
    : {};
}

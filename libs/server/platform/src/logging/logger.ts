import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';
import type { AppConfig } from '../config/config';

/**
 * The process's structured JSON logger. In the API, Fastify logs every request with it
 * (`reqId` = the X-Request-Id answered to the client); Nest's own logs go to it too.
 */
export function createLogger(
  config: Pick<AppConfig, 'LOG_LEVEL'>,
  service: 'api' | 'worker',
  destination?: DestinationStream,
): PinoLogger {
  return pino(
    {
      level: config.LOG_LEVEL,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    },
    destination ?? pino.destination(1),
  );
}

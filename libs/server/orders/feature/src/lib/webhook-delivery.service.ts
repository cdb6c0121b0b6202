import { lookup } from 'node:dns/promises';
import { performance } from 'node:perf_hooks';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@tradeway/server/platform';
import { type ClaimedDelivery, WebhookRepository } from '@tradeway/server/orders/data-access';
import {
  afterFailure,
  isDelivered,
  isPrivateAddress,
  WEBHOOK_TIMEOUT_MS,
  webhookSignature,
} from './webhook-rules';

/** Deliveries claimed per poll, sent at most this many at a time. */
const CLAIM_LIMIT = 25;
const CONCURRENCY = 5;
/** A claimed delivery is this worker's for so long (5 rounds of 10 s timeouts, and margin). */
const LEASE_MS = 90_000;
/** Delivered and failed deliveries are kept this long in the log. */
export const WEBHOOK_LOG_RETENTION_DAYS = 30;
const PURGE_EVERY_MS = 3_600_000;

export type AttemptOutcome = 'delivered' | 'retrying' | 'failed' | 'superseded';
export interface DeliveryRun {
  delivered: number;
  retrying: number;
  failed: number;
}

/** Reads at most a few KB of an answer (a receiver may stream anything), as text. */
async function excerptOf(res: Response, max = 500): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < 4_096) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).toString('utf8').slice(0, max);
}

/** A network failure as one line: timeout, refused connection, TLS error … */
function describeError(e: unknown): string {
  if (e instanceof Error) {
    if (e.name === 'TimeoutError' || e.name === 'AbortError')
      return `no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s`;
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message;
    return (detail ? `${e.message}: ${detail}` : e.message).slice(0, 500);
  }
  return String(e).slice(0, 500);
}

/**
 * Sends due webhook deliveries (the worker's side of the outbox, decision 0015). Each poll
 * claims a batch of due deliveries of active endpoints under a lease, POSTs each signed body
 * with a 10 s timeout, and records the attempt: 2xx is delivered; anything else is retried
 * after 1 min, 5 min, 30 min, 2 h and 12 h, then failed. State lives in PostgreSQL: a worker
 * killed half-way loses nothing (the lease lapses and another worker sends again: at least
 * once; receivers deduplicate on `Tradeway-Delivery`).
 */
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger(WebhookDeliveryService.name);
  private lastPurge = 0;

  constructor(
    private readonly repo: WebhookRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One poll: sends what is due at `now` (attempt times are `now` plus the time spent). */
  async deliverDue(now = new Date()): Promise<DeliveryRun> {
    const started = performance.now();
    const at = () => new Date(now.getTime() + Math.round(performance.now() - started));
    const claimed = await this.repo.claimDue(now, CLAIM_LIMIT, LEASE_MS);
    const run: DeliveryRun = { delivered: 0, retrying: 0, failed: 0 };
    let next = 0;
    const lanes = Array.from({ length: Math.min(CONCURRENCY, claimed.length) }, async () => {
      for (let d = claimed[next++]; d; d = claimed[next++]) {
        const outcome = await this.attempt(d, at);
        if (outcome !== 'superseded') run[outcome] += 1;
      }
    });
    await Promise.all(lanes);
    if (now.getTime() - this.lastPurge > PURGE_EVERY_MS) {
      this.lastPurge = now.getTime();
      await this.repo.purgeFinished(new Date(now.getTime() - WEBHOOK_LOG_RETENTION_DAYS * 86_400_000), 1_000);
    }
    return run;
  }

  /** Refuses (in production) a host that resolves to a private or local address. */
  private async refusal(url: string): Promise<string | null> {
    if (this.config.NODE_ENV !== 'production') return null;
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    const addresses = await lookup(host, { all: true });
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    return bad ? `not sent: ${host} resolves to the private address ${bad.address}` : null;
  }

  /** One attempt of one claimed delivery, recorded once. */
  async attempt(d: ClaimedDelivery, at: () => Date = () => new Date()): Promise<AttemptOutcome> {
    const sentAt = at();
    const body = JSON.stringify(d.payload);
    const secrets = [d.secret];
    if (d.previousSecret && d.previousSecretExpiresAt && d.previousSecretExpiresAt > sentAt) {
      secrets.push(d.previousSecret);
    }
    const started = performance.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    let excerpt = '';
    try {
      error = await this.refusal(d.url);
      if (!error) {
        const res = await fetch(d.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'user-agent': 'Tradeway-Webhooks/1.0',
            'tradeway-event': d.event,
            'tradeway-delivery': d.id,
            'tradeway-attempt': String(d.attempts + 1),
            'tradeway-signature': webhookSignature(body, secrets, Math.floor(sentAt.getTime() / 1000)),
          },
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
        });
        statusCode = res.status;
        excerpt = await excerptOf(res);
        if (!isDelivered(statusCode)) error = `HTTP ${statusCode}`;
      }
    } catch (e) {
      error = describeError(e);
    }
    const durationMs = Math.round(performance.now() - started);
    const delivered = isDelivered(statusCode) && error === null;
    const then = delivered
      ? { status: 'delivered' as const, nextAttemptAt: null }
      : afterFailure(d.roundAttempts + 1, sentAt);
    const recorded = await this.repo.recordAttempt({
      deliveryId: d.id,
      claimedAttempts: d.attempts,
      at: sentAt,
      statusCode,
      error,
      durationMs,
      responseExcerpt: excerpt,
      status: then.status,
      nextAttemptAt: then.nextAttemptAt,
    });
    if (!recorded) return 'superseded';
    if (!delivered) {
      this.logger.warn({
        msg: 'webhook delivery failed',
        deliveryId: d.id,
        endpointId: d.endpointId,
        event: d.event,
        attempt: d.attempts + 1,
        error,
        next: then.nextAttemptAt?.toISOString() ?? 'failed',
      });
    }
    return delivered ? 'delivered' : then.status === 'failed' ? 'failed' : 'retrying';
  }
}

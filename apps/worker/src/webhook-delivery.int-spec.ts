import 'reflect-metadata';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type INestApplicationContext, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppConfig, loadConfig, PrismaService } from '@tradeway/server/platform';
import { WebhookRepository } from '@tradeway/server/orders/data-access';
import {
  newWebhookSecret,
  verifyWebhookSignature,
  WEBHOOK_MAX_ATTEMPTS,
  WebhookDeliveryService,
} from '@tradeway/server/orders/feature';
import {
  createTestDatabase,
  createTestRedis,
  factories,
  type TestDatabase,
  type TestRedis,
} from '@tradeway/server/testing';
import { WorkerModule } from './worker.module';

/** An ERP's receiver on 127.0.0.1: keeps every request; `/flaky` fails its first two, `/down` always. */
function receiver() {
  const received: Array<{ path: string; headers: IncomingHttpHeaders; body: string }> = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const path = req.url ?? '';
      received.push({ path, headers: req.headers, body });
      const seen = received.filter((r) => r.path === path).length;
      const status = path === '/down' ? 503 : path === '/flaky' && seen <= 2 ? [500, 502][seen - 1] : 204;
      res.writeHead(status ?? 204).end(status === 204 ? undefined : `error ${status}`);
    });
  });
  return { received, server };
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The worker's side of webhooks (decision 0015), on real PostgreSQL and Redis and a real HTTP
 * receiver: retries with back-off and the attempt log, giving up after six attempts, one send
 * per delivery when workers poll together, signatures a receiver can verify, and the
 * repeatable job in the real worker module, across a restart.
 */
describe('webhook deliveries in the worker', { timeout: 60_000 }, () => {
  let db: TestDatabase;
  let redis: TestRedis;
  let config: AppConfig;
  let prisma: PrismaService;
  let service: WebhookDeliveryService;
  let companyId: string;
  const hooks = receiver();
  let base = '';

  beforeAll(async () => {
    Logger.overrideLogger(false);
    db = await createTestDatabase();
    redis = createTestRedis();
    config = loadConfig({
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: redis.prefix,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      HOUSEKEEPING_CRON: 'off',
    });
    prisma = new PrismaService(config);
    service = new WebhookDeliveryService(new WebhookRepository(prisma), config);
    companyId = (await factories(db.prisma).company(['seller'], { name: '桂糖制糖' })).id;
    await new Promise<void>((resolve) => hooks.server.listen(0, '127.0.0.1', () => resolve()));
    base = `http://127.0.0.1:${(hooks.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => hooks.server.close(() => resolve()));
    await prisma?.onModuleDestroy();
    await redis?.cleanup();
    await db?.drop();
  });

  const endpoint = (url: string, over: { previousSecret?: string; previousSecretExpiresAt?: Date } = {}) =>
    db.prisma.webhookEndpoint.create({
      data: { companyId, url, secret: newWebhookSecret(), events: ['*'], ...over },
    });
  const delivery = (endpointId: string, at = new Date()) =>
    db.prisma.webhookDelivery.create({
      data: {
        endpointId,
        event: 'order.confirmed',
        payload: {
          event: 'order.confirmed',
          order: { number: 'PO-20261126-000042' },
          data: { 日期: '2026-12-01' },
        },
        nextAttemptAt: at,
        createdAt: at,
      },
    });
  const requestsOf = (deliveryId: string) =>
    hooks.received.filter((r) => r.headers['tradeway-delivery'] === deliveryId);
  const row = (id: string) =>
    db.prisma.webhookDelivery.findUniqueOrThrow({
      where: { id },
      include: { attemptLog: { orderBy: { attemptNo: 'asc' } } },
    });

  it('retries after 1 and 5 minutes until the receiver answers 2xx, each attempt logged and signed', async () => {
    const ep = await endpoint(`${base}/flaky`);
    const t0 = new Date('2026-11-26T02:00:00.000Z');
    const d = await delivery(ep.id, t0);

    expect(await service.deliverDue(t0)).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    let r = await row(d.id);
    expect(r).toMatchObject({ status: 'pending', attempts: 1, roundAttempts: 1, lastStatusCode: 500 });
    const wait1 = (r.nextAttemptAt?.getTime() ?? 0) - t0.getTime();
    expect(wait1).toBeGreaterThanOrEqual(60_000);
    expect(wait1).toBeLessThan(65_000);

    // not due yet: nothing is sent
    await service.deliverDue(new Date(t0.getTime() + 30_000));
    expect(requestsOf(d.id)).toHaveLength(1);

    const t1 = new Date((r.nextAttemptAt as Date).getTime() + 1_000);
    expect(await service.deliverDue(t1)).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    r = await row(d.id);
    const wait2 = (r.nextAttemptAt?.getTime() ?? 0) - t1.getTime();
    expect(wait2).toBeGreaterThanOrEqual(5 * 60_000);
    expect(wait2).toBeLessThan(5 * 60_000 + 5_000);

    await service.deliverDue(new Date(t1.getTime() + 4 * 60_000));
    expect(requestsOf(d.id)).toHaveLength(2);
    const t2 = new Date((r.nextAttemptAt as Date).getTime() + 1_000);
    expect(await service.deliverDue(t2)).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    r = await row(d.id);
    expect(r).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 204, nextAttemptAt: null });
    expect(r.deliveredAt?.getTime()).toBeGreaterThanOrEqual(t2.getTime());
    expect(r.attemptLog.map((a) => [a.attemptNo, a.statusCode, a.error])).toEqual([
      [1, 500, 'HTTP 500'],
      [2, 502, 'HTTP 502'],
      [3, 204, null],
    ]);
    expect(r.attemptLog[0]?.responseExcerpt).toBe('error 500');

    const requests = requestsOf(d.id);
    expect(requests.map((q) => q.headers['tradeway-attempt'])).toEqual(['1', '2', '3']);
    expect(new Set(requests.map((q) => q.body)).size).toBe(1);
    expect(JSON.parse(requests[0]?.body ?? '')).toEqual(d.payload);
    for (const [q, at] of requests.map((q, i) => [q, r.attemptLog[i]?.at as Date] as const)) {
      expect(q.headers['tradeway-event']).toBe('order.confirmed');
      expect(q.headers['content-type']).toBe('application/json; charset=utf-8');
      const signature = String(q.headers['tradeway-signature']);
      expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      // the receiver's check: HMAC-SHA256 of "<t>.<body>" under the secret, t within 5 minutes
      const t = Math.floor(at.getTime() / 1000);
      expect(signature.startsWith(`t=${t},`)).toBe(true);
      expect(verifyWebhookSignature(signature, q.body, ep.secret, t + 60)).toBe(true);
      expect(verifyWebhookSignature(signature, q.body, newWebhookSecret(), t)).toBe(false);
      expect(verifyWebhookSignature(signature, q.body, ep.secret, t + 3_600)).toBe(false);
    }
  });

  it('gives up after six attempts, counting an error status or a refused connection alike', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    for (const url of [`${base}/down`, `http://127.0.0.1:${closedPort}/gone`]) {
      const ep = await endpoint(url);
      let now = new Date('2026-11-27T00:00:00.000Z');
      const d = await delivery(ep.id, now);
      for (let i = 1; i <= WEBHOOK_MAX_ATTEMPTS; i++) {
        await service.deliverDue(now);
        const r = await row(d.id);
        expect(r.attempts).toBe(i);
        if (i < WEBHOOK_MAX_ATTEMPTS) now = new Date((r.nextAttemptAt as Date).getTime() + 1);
      }
      const r = await row(d.id);
      expect(r).toMatchObject({ status: 'failed', attempts: 6, nextAttemptAt: null, deliveredAt: null });
      expect(r.attemptLog).toHaveLength(6);
      const waits = r.attemptLog
        .slice(1)
        .map((a, i) => Math.round((a.at.getTime() - (r.attemptLog[i]?.at.getTime() ?? 0)) / 60_000));
      expect(waits).toEqual([1, 5, 30, 120, 720]);
      if (url.endsWith('/down')) expect(r.attemptLog.every((a) => a.statusCode === 503)).toBe(true);
      else
        expect(
          r.attemptLog.every((a) => a.statusCode === null && /ECONNREFUSED|fetch failed/.test(a.error ?? '')),
        ).toBe(true);
      // failed is final: later polls send nothing
      await service.deliverDue(new Date(now.getTime() + 86_400_000));
      expect((await row(d.id)).attempts).toBe(6);
    }
    expect(hooks.received.filter((q) => q.path === '/down')).toHaveLength(6);
  });

  it('sends each due delivery once when two workers poll at the same time', async () => {
    const ep = await endpoint(`${base}/ok`);
    const rows = await Promise.all([1, 2, 3, 4, 5, 6, 7].map(() => delivery(ep.id)));
    const other = new WebhookDeliveryService(new WebhookRepository(prisma), config);
    const [a, b] = await Promise.all([service.deliverDue(), other.deliverDue()]);
    expect((a?.delivered ?? 0) + (b?.delivered ?? 0)).toBe(7);
    for (const d of rows) expect(requestsOf(d.id)).toHaveLength(1);
    expect(
      await db.prisma.webhookAttempt.count({ where: { deliveryId: { in: rows.map((d) => d.id) } } }),
    ).toBe(7);
  });

  it('signs with the previous secret too while a rotation’s grace period lasts, and not after', async () => {
    const previous = newWebhookSecret();
    const ep = await endpoint(`${base}/ok`, {
      previousSecret: previous,
      previousSecretExpiresAt: new Date(Date.now() + 3_600_000),
    });
    const d = await delivery(ep.id);
    await service.deliverDue();
    const [q] = requestsOf(d.id);
    const signature = String(q?.headers['tradeway-signature']);
    expect(signature.match(/v1=/g)).toHaveLength(2);
    const now = Math.floor(Date.now() / 1000);
    expect(verifyWebhookSignature(signature, q?.body ?? '', ep.secret, now)).toBe(true);
    expect(verifyWebhookSignature(signature, q?.body ?? '', previous, now)).toBe(true);

    await db.prisma.webhookEndpoint.update({
      where: { id: ep.id },
      data: { previousSecretExpiresAt: new Date(Date.now() - 1_000) },
    });
    const later = await delivery(ep.id);
    await service.deliverDue();
    const [q2] = requestsOf(later.id);
    expect(String(q2?.headers['tradeway-signature']).match(/v1=/g)).toHaveLength(1);
    expect(
      verifyWebhookSignature(String(q2?.headers['tradeway-signature']), q2?.body ?? '', previous, now),
    ).toBe(false);
  });

  it('forgets delivered and failed deliveries after 30 days, keeping newer ones and every pending one', async () => {
    const ep = await endpoint(`${base}/ok`);
    const old = new Date(Date.now() - 31 * 86_400_000);
    const make = (status: 'delivered' | 'failed' | 'pending', createdAt: Date) =>
      db.prisma.webhookDelivery.create({
        data: {
          endpointId: ep.id,
          event: 'order.placed',
          payload: {},
          status,
          createdAt,
          nextAttemptAt: null,
        },
      });
    const [oldDelivered, oldFailed, oldPending, recent] = await Promise.all([
      make('delivered', old),
      make('failed', old),
      make('pending', old),
      make('delivered', new Date()),
    ]);
    // a fresh worker purges on its first poll (then hourly)
    await new WebhookDeliveryService(new WebhookRepository(prisma), config).deliverDue();
    const left = await db.prisma.webhookDelivery.findMany({
      where: { id: { in: [oldDelivered.id, oldFailed.id, oldPending.id, recent.id] } },
    });
    expect(left.map((d) => d.id).sort()).toEqual([oldPending.id, recent.id].sort());
  });

  it('runs as a repeatable job in the worker, and sends after a restart what was queued while it was down', async () => {
    const start = async () => {
      const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
      await app.init();
      return app;
    };
    const ep = await endpoint(`${base}/job`);
    let app: INestApplicationContext | undefined = await start();
    try {
      const first = await delivery(ep.id);
      await until('the first delivery', async () => (await row(first.id)).status === 'delivered');
      await app.close();
      app = undefined;

      const queuedWhileDown = await delivery(ep.id);
      await new Promise((r) => setTimeout(r, 500));
      expect(requestsOf(queuedWhileDown.id)).toHaveLength(0);
      app = await start();
      await until(
        'the delivery queued while the worker was down',
        async () => (await row(queuedWhileDown.id)).status === 'delivered',
      );
      expect(requestsOf(first.id)).toHaveLength(1);
      expect(requestsOf(queuedWhileDown.id)).toHaveLength(1);
    } finally {
      await app?.close();
    }
  });
});

import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RepeatOrderService,
  verifyWebhookSignature,
  WebhookDeliveryService,
} from '@tradeway/server/orders/feature';
import { chinaDay, type Session, tradeWorld, type TradeWorld } from './testing/trade';
import { httpHarness, type HttpHarness } from './testing/http';

type Order = {
  id: string;
  number: string;
  status: string;
  source: string;
  sourceId: string | null;
  channel: string;
  paymentTerm: string;
  delivery: { mode: string; warehouseId?: string; region?: string };
  totalMinor: string;
  approvalRequestId: string | null;
  lines: Array<{ skuId: string; quantity: string; unitPrice: string }>;
};
type Endpoint = {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  secretHint: string;
  previousSecretExpiresAt: string | null;
  deliveryCounts: { pending: number; delivered: number; failed: number };
};
type Delivery = {
  id: string;
  endpointId: string;
  event: string;
  orderId: string | null;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
};
type Repeat = {
  id: string;
  templateOrderId: string;
  templateOrderNumber: string;
  intervalDays: number;
  firstRunOn: string;
  nextRunOn: string;
  active: boolean;
  pausedReason: string | null;
  consecutiveFailures: number;
  lastFailure: { code: string; message: string; messageZh: string } | null;
  runCount: number;
  lastOrderId: string | null;
  lastOrderNumber: string | null;
  createdById: string;
};
type ErrorBody = {
  code: string;
  data?: { fields?: Array<{ path: string }>; cause?: string; messageZh?: string };
};

/** A receiver on 127.0.0.1 that keeps every request and answers what `answer` says. */
function receiver() {
  const received: Array<{ path: string; headers: IncomingHttpHeaders; body: string }> = [];
  let answer: (path: string) => number = () => 200;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body });
      res.writeHead(answer(req.url ?? ''), { 'content-type': 'text/plain' }).end('thanks');
    });
  });
  return {
    received,
    server,
    answer: (fn: (path: string) => number) => (answer = fn),
    url: (path: string) => `http://127.0.0.1:${(server.address() as { port: number }).port}${path}`,
  };
}

/**
 * Order integrations over HTTP (DESIGN.md §2 integration accounts, §8 channels, §14
 * idempotency): webhook endpoints and their signed deliveries with the delivery log, reorders
 * at today's prices, scheduled repeat orders and API-key orders with an Idempotency-Key — on
 * the trade world of a sugar mill, a food buyer, a logistics firm and a stranger.
 */
describe('order integrations over HTTP', () => {
  let h: HttpHarness;
  let w: TradeWorld;
  let viewer: Session;
  let bearer: Record<string, string>;
  const hooks = receiver();

  const db = () => h.db.prisma;
  const error = (res: { json(): unknown }) => res.json() as ErrorBody;
  const fieldOf = (res: { json(): unknown }) => error(res).data?.fields?.[0]?.path;
  const audits = (subjectId: string) =>
    db().auditEntry.findMany({ where: { subjectId }, orderBy: { seq: 'asc' } });
  const newEndpoint = async (as: Session, body: object) =>
    w.ok<{ endpoint: Endpoint; secret: string }>(
      await w.call('POST', '/api/integration/webhooks', as, body),
      201,
    );
  /** An order's deliveries in event order, the buyer's before the seller's for one event. */
  const deliveriesOf = async (orderId: string) =>
    (await db().webhookDelivery.findMany({ where: { orderId }, include: { endpoint: true } })).sort(
      (a, b) =>
        a.createdAt.getTime() - b.createdAt.getTime() ||
        Number(a.endpoint.companyId !== w.id.buyer) - Number(b.endpoint.companyId !== w.id.buyer),
    );
  const setPrice = (unitPrice: string) =>
    db().priceListItem.updateMany({
      where: { priceListId: w.id.list, skuId: w.id.sku },
      data: { unitPrice },
    });
  const unlist = () => db().priceListItem.deleteMany({ where: { priceListId: w.id.list, skuId: w.id.sku } });
  const relist = () =>
    db().priceListItem.upsert({
      where: { priceListId_skuId: { priceListId: w.id.list, skuId: w.id.sku } },
      create: { priceListId: w.id.list, skuId: w.id.sku, unitPrice: '6000' },
      update: { unitPrice: '6000' },
    });
  const reorder = (
    as: Session | null,
    orderId: string,
    body: object = {},
    headers: Record<string, string> = {},
  ) => w.call('POST', `/api/orders/${orderId}/reorder`, as, body, headers);
  const repeat = (as: Session, orderId: string, body: object) =>
    w.call('POST', `/api/orders/${orderId}/repeat`, as, body);

  beforeAll(async () => {
    h = await httpHarness();
    w = await tradeWorld(h, 'integration');
    await new Promise<void>((resolve) => hooks.server.listen(0, '127.0.0.1', () => resolve()));
    await h.make.member(w.id.buyer, 'viewer', 'viewer@integration.test');
    viewer = await h.signIn('viewer@integration.test');
    const key = await w.ok<{ secret: string }>(
      await w.call('POST', '/api/company/api-keys', w.s.buyerOwner, {
        name: 'ERP',
        permissions: ['order:create', 'order:view'],
      }),
      201,
    );
    bearer = { authorization: `Bearer ${key.secret}` };
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => hooks.server.close(() => resolve()));
    await h?.close();
  });

  describe('webhook endpoints', () => {
    it('adds an endpoint with its secret shown once, lists it without the secret, and audits it without the secret', async () => {
      const created = await newEndpoint(w.s.buyerOwner, {
        url: hooks.url('/erp'),
        description: 'SAP',
        events: ['order.placed', 'order.*', 'order.placed'],
      });
      expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
      expect(created.endpoint).toMatchObject({
        url: hooks.url('/erp'),
        events: ['order.placed', 'order.*'],
        active: true,
        secretHint: `whsec_…${created.secret.slice(-4)}`,
        deliveryCounts: { pending: 0, delivered: 0, failed: 0 },
      });
      const list = await w.ok<{ items: Endpoint[] }>(
        await w.call('GET', '/api/integration/webhooks', w.s.buyerOwner),
      );
      expect(list.items.map((e) => e.id)).toContain(created.endpoint.id);
      const one = await w.call('GET', `/api/integration/webhooks/${created.endpoint.id}`, w.s.buyerOwner);
      expect(JSON.stringify(list) + one.body).not.toContain(created.secret.slice(6));
      const [entry] = await audits(created.endpoint.id);
      expect(entry).toMatchObject({ action: 'webhook.create', companyId: w.id.buyer });
      expect(JSON.stringify([entry?.before, entry?.after])).not.toContain(created.secret.slice(6));
      await w.ok(await w.call('DELETE', `/api/integration/webhooks/${created.endpoint.id}`, w.s.buyerOwner));
    });

    it('refuses URLs it will not call, unknown events and a bad grace period with 422 on the field, changing nothing', async () => {
      const before = await db().webhookEndpoint.count();
      for (const [body, code, field] of [
        [{ url: 'http://erp.example.com/hook' }, 'WEBHOOK_URL_NOT_HTTPS', 'url'],
        [{ url: 'https://sap:secret@erp.example.com/hook' }, 'WEBHOOK_URL_CREDENTIALS', 'url'],
        [{ url: 'erp.example.com' }, 'WEBHOOK_URL_INVALID', 'url'],
        [
          { url: 'https://erp.example.com/h', events: ['order.placed', 'order.plcaed'] },
          'WEBHOOK_EVENT_UNKNOWN',
          'events.1',
        ],
        [{ url: 'https://erp.example.com/h', events: [] }, 'WEBHOOK_EVENTS_EMPTY', 'events'],
      ] as const) {
        const res = await w.call('POST', '/api/integration/webhooks', w.s.buyerOwner, body);
        expect(res.statusCode, res.body).toBe(422);
        expect(error(res).code).toBe(code);
        expect(fieldOf(res)).toBe(field);
      }
      const malformed = await w.call('POST', '/api/integration/webhooks', w.s.buyerOwner, { url: 7 });
      expect(malformed.statusCode).toBe(400);
      expect(fieldOf(malformed)).toBe('url');
      const { endpoint } = await newEndpoint(w.s.buyerOwner, { url: 'https://erp.example.com/h' });
      const patch = await w.call('PATCH', `/api/integration/webhooks/${endpoint.id}`, w.s.buyerOwner, {
        url: 'http://erp.example.com/h',
      });
      expect([patch.statusCode, fieldOf(patch)]).toEqual([422, 'url']);
      const grace = await w.call(
        'POST',
        `/api/integration/webhooks/${endpoint.id}/rotate-secret`,
        w.s.buyerOwner,
        {
          graceHours: 100,
        },
      );
      expect([grace.statusCode, error(grace).code, fieldOf(grace)]).toEqual([
        422,
        'WEBHOOK_GRACE_INVALID',
        'graceHours',
      ]);
      expect((await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).url).toBe(
        'https://erp.example.com/h',
      );
      await w.ok(await w.call('DELETE', `/api/integration/webhooks/${endpoint.id}`, w.s.buyerOwner));
      expect(await db().webhookEndpoint.count()).toBe(before);
    });

    it('is the admin’s business: 403 without apikey:manage, 404 for another company’s endpoint', async () => {
      const { endpoint } = await newEndpoint(w.s.buyerOwner, { url: 'https://erp.example.com/h' });
      expect((await w.call('GET', '/api/integration/webhooks', w.s.purchaser)).statusCode).toBe(403);
      expect(
        (
          await w.call('POST', '/api/integration/webhooks', w.s.purchaser, {
            url: 'https://erp.example.com/x',
          })
        ).statusCode,
      ).toBe(403);
      expect((await w.call('GET', `/api/integration/webhooks/${endpoint.id}`, viewer)).statusCode).toBe(403);
      const auditBefore = (await audits(endpoint.id)).length;
      const base = `/api/integration/webhooks/${endpoint.id}`;
      for (const [method, url, body] of [
        ['GET', base, undefined],
        ['PATCH', base, { active: false }],
        ['DELETE', base, undefined],
        ['POST', `${base}/rotate-secret`, {}],
        ['POST', `${base}/ping`, {}],
        ['GET', `${base}/deliveries`, undefined],
      ] as const) {
        const res = await w.call(method, url, w.s.millOwner, body);
        expect(res.statusCode, `${method} ${url}`).toBe(404);
      }
      expect((await audits(endpoint.id)).length).toBe(auditBefore);
      expect((await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).active).toBe(
        true,
      );
      await w.ok(await w.call('DELETE', base, w.s.buyerOwner));
    });

    it('changes events and state, rotates the secret with a grace period, and deletes the endpoint with its log', async () => {
      const { endpoint, secret } = await newEndpoint(w.s.buyerOwner, { url: 'https://erp.example.com/h' });
      const base = `/api/integration/webhooks/${endpoint.id}`;
      const changed = await w.ok<Endpoint>(
        await w.call('PATCH', base, w.s.buyerOwner, { events: ['order.confirmed'], active: false }),
      );
      expect(changed).toMatchObject({ events: ['order.confirmed'], active: false });
      const rotated = await w.ok<{ endpoint: Endpoint; secret: string }>(
        await w.call('POST', `${base}/rotate-secret`, w.s.buyerOwner, { graceHours: 24 }),
      );
      expect(rotated.secret).not.toBe(secret);
      expect(Date.parse(rotated.endpoint.previousSecretExpiresAt ?? '') - Date.now()).toBeGreaterThan(
        23 * 3_600_000,
      );
      const row = await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
      expect([row.secret, row.previousSecret]).toEqual([rotated.secret, secret]);
      const now = await w.ok<{ endpoint: Endpoint; secret: string }>(
        await w.call('POST', `${base}/rotate-secret`, w.s.buyerOwner, { graceHours: 0 }),
      );
      expect(now.endpoint.previousSecretExpiresAt).toBeNull();
      await db().webhookDelivery.create({
        data: { endpointId: endpoint.id, event: 'webhook.ping', payload: {}, nextAttemptAt: new Date() },
      });
      await w.ok(await w.call('DELETE', base, w.s.buyerOwner));
      expect((await w.call('GET', base, w.s.buyerOwner)).statusCode).toBe(404);
      expect(await db().webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(0);
      expect((await audits(endpoint.id)).map((a) => a.action)).toEqual([
        'webhook.create',
        'webhook.update',
        'webhook.rotate_secret',
        'webhook.rotate_secret',
        'webhook.delete',
      ]);
    });
  });

  describe('the outbox of order events', () => {
    let buyerHook: { endpoint: Endpoint; secret: string };
    let millHook: { endpoint: Endpoint; secret: string };
    beforeAll(async () => {
      buyerHook = await newEndpoint(w.s.buyerOwner, { url: hooks.url('/buyer'), events: ['*'] });
      millHook = await newEndpoint(w.s.millOwner, {
        url: hooks.url('/mill'),
        events: ['order.placed', 'order.confirmed'],
      });
    });
    afterAll(async () => {
      for (const [hook, as] of [
        [buyerHook, w.s.buyerOwner],
        [millHook, w.s.millOwner],
      ] as const) {
        await w.call('DELETE', `/api/integration/webhooks/${hook.endpoint.id}`, as);
      }
    });

    it('queues each side’s view of an event in the event’s transaction, and sends it signed', async () => {
      const order = await w.confirmedOrder('2');
      const rows = await deliveriesOf(order.id);
      expect(rows.map((r) => [r.endpoint.companyId, r.event, r.status])).toEqual([
        [w.id.buyer, 'order.placed', 'pending'],
        [w.id.mill, 'order.placed', 'pending'],
        [w.id.buyer, 'order.confirmed', 'pending'],
        [w.id.mill, 'order.confirmed', 'pending'],
      ]);
      const millPlaced = rows[1]?.payload as Record<string, unknown>;
      expect(millPlaced).toMatchObject({
        id: rows[1]?.id,
        event: 'order.placed',
        companyId: w.id.mill,
        order: {
          id: order.id,
          number: order.number,
          side: 'seller',
          status: 'placed',
          totalMinor: expect.any(String),
        },
        data: { to: 'placed', channel: 'self_service' },
      });
      expect(millPlaced['data']).not.toHaveProperty('approvalRequestId');
      expect(rows[0]?.payload).toMatchObject({
        order: { side: 'buyer' },
        data: { quoteId: expect.any(String) },
      });
      expect(rows[2]?.payload).toMatchObject({
        order: { status: 'confirmed' },
        data: { scheduledDate: chinaDay(1) },
      });

      const sent = await h.app.get(WebhookDeliveryService).deliverDue();
      expect(sent.delivered).toBeGreaterThanOrEqual(4);
      for (const row of rows) {
        const req = hooks.received.find((r) => r.headers['tradeway-delivery'] === row.id);
        expect(req, row.id).toBeDefined();
        if (!req) continue;
        const secret = row.endpoint.companyId === w.id.buyer ? buyerHook.secret : millHook.secret;
        expect(req.path).toBe(row.endpoint.companyId === w.id.buyer ? '/buyer' : '/mill');
        expect(req.headers['tradeway-event']).toBe(row.event);
        expect(req.headers['content-type']).toContain('application/json');
        expect(JSON.parse(req.body)).toEqual(row.payload);
        const signature = String(req.headers['tradeway-signature']);
        expect(verifyWebhookSignature(signature, req.body, secret, Math.floor(Date.now() / 1000))).toBe(true);
        expect(
          verifyWebhookSignature(
            signature,
            req.body,
            buyerHook.secret === secret ? millHook.secret : buyerHook.secret,
            Math.floor(Date.now() / 1000),
          ),
        ).toBe(false);
      }
      const log = await w.ok<{ items: Delivery[]; total: number }>(
        await w.call(
          'GET',
          `/api/integration/webhooks/${millHook.endpoint.id}/deliveries?status=delivered&orderId=${order.id}`,
          w.s.millOwner,
        ),
      );
      expect(log.items.map((d) => d.event).sort()).toEqual(['order.confirmed', 'order.placed']);
      expect(log.items[0]).toMatchObject({
        status: 'delivered',
        attempts: 1,
        lastStatusCode: 200,
        nextAttemptAt: null,
      });
      expect(
        (
          await w.ok<{ total: number }>(
            await w.call(
              'GET',
              `/api/integration/webhooks/${millHook.endpoint.id}/deliveries?status=failed`,
              w.s.millOwner,
            ),
          )
        ).total,
      ).toBe(0);
    });

    it('tells the seller nothing of an order waiting for the buyer’s approval, and order.placed once approved', async () => {
      const policy = await w.ok<{ id: string }>(
        await w.call('POST', '/api/approval/policies', w.s.buyerOwner, {
          subjectType: 'purchase_order',
          name: '大额',
          priority: 1,
          conditions: { minAmountMinor: '100000000' },
          levels: [{ order: 1, mode: 'any', approverRoles: ['owner'] }],
        }),
        201,
      );
      try {
        const quote = await w.ok<{ id: string }>(
          await w.call('POST', '/api/quotes', w.s.purchaser, {
            skuId: w.id.sku,
            quantity: '200',
            delivery: { mode: 'pickup', warehouseId: w.id.warehouse },
          }),
          201,
        );
        const order = await w.ok<Order>(
          await w.call('POST', '/api/orders', w.s.purchaser, { quoteId: quote.id }),
          201,
        );
        expect(order.status).toBe('pending_approval');
        expect((await deliveriesOf(order.id)).map((d) => [d.endpoint.companyId, d.event])).toEqual([
          [w.id.buyer, 'order.submitted'],
        ]);
        await w.ok(
          await w.call(
            'POST',
            `/api/approval/requests/${order.approvalRequestId}/decisions`,
            w.s.buyerOwner,
            {
              decision: 'approve',
            },
          ),
        );
        const rows = await deliveriesOf(order.id);
        expect(rows.map((d) => [d.endpoint.companyId, d.event])).toEqual([
          [w.id.buyer, 'order.submitted'],
          [w.id.buyer, 'order.approved'],
          [w.id.mill, 'order.placed'],
        ]);
        expect(rows[2]?.payload).toMatchObject({
          order: { status: 'placed', side: 'seller' },
          data: { to: 'placed' },
        });
        expect(JSON.stringify(rows[2]?.payload)).not.toContain(order.approvalRequestId ?? 'none');
      } finally {
        await w.ok(await w.call('DELETE', `/api/approval/policies/${policy.id}`, w.s.buyerOwner));
      }
    });

    it('queues nothing for a command that fails, for a paused endpoint, or for an event not subscribed', async () => {
      const order = await w.placedOrder('1');
      const before = await db().webhookDelivery.count({ where: { orderId: order.id } });
      const stale = await w.call('POST', `/api/orders/${order.id}/confirm`, w.s.millSales, {
        scheduledDate: chinaDay(1),
        version: 7,
      });
      expect(stale.statusCode).toBe(409);
      expect(await db().webhookDelivery.count({ where: { orderId: order.id } })).toBe(before);
      await w.ok(
        await w.call('PATCH', `/api/integration/webhooks/${buyerHook.endpoint.id}`, w.s.buyerOwner, {
          active: false,
        }),
      );
      await w.ok(await w.call('POST', `/api/orders/${order.id}/cancel`, w.s.purchaser, {}));
      // the buyer's endpoint is paused; the mill did not subscribe to order.cancelled
      expect(await db().webhookDelivery.count({ where: { orderId: order.id } })).toBe(before);
      await w.ok(
        await w.call('PATCH', `/api/integration/webhooks/${buyerHook.endpoint.id}`, w.s.buyerOwner, {
          active: true,
        }),
      );
    });

    it('shows a delivery with its attempts, redelivers it with the same id, and pings only an active endpoint', async () => {
      const order = await w.placedOrder('1');
      const [row] = await deliveriesOf(order.id);
      if (!row) throw new Error('no delivery');
      hooks.answer((path) => (path === '/buyer' ? 503 : 200));
      await h.app.get(WebhookDeliveryService).deliverDue();
      hooks.answer(() => 200);
      const base = `/api/integration/webhooks/${buyerHook.endpoint.id}/deliveries/${row.id}`;
      const failed = await w.ok<
        Delivery & { attemptLog: Array<{ statusCode: number; responseExcerpt: string }> }
      >(await w.call('GET', base, w.s.buyerOwner));
      expect(failed).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 503 });
      expect(Date.parse(failed.nextAttemptAt ?? '') - Date.now()).toBeGreaterThan(50_000);
      expect(failed.attemptLog).toEqual([
        expect.objectContaining({ attemptNo: 1, statusCode: 503, responseExcerpt: 'thanks' }),
      ]);

      const again = await w.ok<Delivery>(await w.call('POST', `${base}/redeliver`, w.s.buyerOwner, {}));
      expect(again.status).toBe('pending');
      await h.app.get(WebhookDeliveryService).deliverDue();
      const done = await w.ok<Delivery & { attemptLog: unknown[]; payload: unknown }>(
        await w.call('GET', base, w.s.buyerOwner),
      );
      expect(done).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 200 });
      expect(done.attemptLog).toHaveLength(2);
      expect(done.payload).toEqual(row.payload);
      expect(
        hooks.received
          .filter((r) => r.headers['tradeway-delivery'] === row.id)
          .map((r) => r.headers['tradeway-attempt']),
      ).toEqual(['1', '2']);
      expect((await audits(row.id)).map((a) => a.action)).toEqual(['webhook.redeliver']);

      const ping = await w.ok<Delivery>(
        await w.call('POST', `/api/integration/webhooks/${buyerHook.endpoint.id}/ping`, w.s.buyerOwner, {}),
        201,
      );
      expect(ping).toMatchObject({ event: 'webhook.ping', status: 'pending', orderId: null });
      await h.app.get(WebhookDeliveryService).deliverDue();
      expect(
        hooks.received.some(
          (r) => r.headers['tradeway-delivery'] === ping.id && r.headers['tradeway-event'] === 'webhook.ping',
        ),
      ).toBe(true);
      await w.ok(
        await w.call('PATCH', `/api/integration/webhooks/${buyerHook.endpoint.id}`, w.s.buyerOwner, {
          active: false,
        }),
      );
      const paused = await w.call(
        'POST',
        `/api/integration/webhooks/${buyerHook.endpoint.id}/ping`,
        w.s.buyerOwner,
        {},
      );
      expect([paused.statusCode, error(paused).code]).toEqual([409, 'WEBHOOK_ENDPOINT_INACTIVE']);
      expect((await w.call('POST', `${base}/redeliver`, w.s.buyerOwner, {})).statusCode).toBe(409);
      expect(
        (
          await w.call(
            'GET',
            `/api/integration/webhooks/${millHook.endpoint.id}/deliveries/${row.id}`,
            w.s.millOwner,
          )
        ).statusCode,
      ).toBe(404);
      await w.ok(
        await w.call('PATCH', `/api/integration/webhooks/${buyerHook.endpoint.id}`, w.s.buyerOwner, {
          active: true,
        }),
      );
    });
  });

  describe('placing with an API key', () => {
    it('makes one order per Idempotency-Key, refuses the key with another body, and allows the automatic channel', async () => {
      const quote = async () =>
        w.ok<{ id: string }>(
          await w.call('POST', '/api/quotes', w.s.purchaser, {
            skuId: w.id.sku,
            quantity: '1',
            delivery: { mode: 'pickup', warehouseId: w.id.warehouse },
          }),
          201,
        );
      const q = await quote();
      const key = randomUUID();
      const body = { quoteId: q.id, buyerReference: 'SAP-4711', channel: 'automatic' };
      const first = await w.call('POST', '/api/orders', null, body, { ...bearer, 'idempotency-key': key });
      const second = await w.call('POST', '/api/orders', null, body, { ...bearer, 'idempotency-key': key });
      expect(first.statusCode, first.body).toBe(201);
      expect(second.statusCode).toBe(201);
      expect(second.json()).toEqual(first.json());
      expect(first.json()).toMatchObject({
        channel: 'automatic',
        source: 'catalog_quote',
        buyerReference: 'SAP-4711',
      });
      expect(await db().order.count({ where: { sourceId: q.id } })).toBe(1);
      const other = await quote();
      const reused = await w.call(
        'POST',
        '/api/orders',
        null,
        { ...body, quoteId: other.id },
        { ...bearer, 'idempotency-key': key },
      );
      expect([reused.statusCode, error(reused).code, fieldOf(reused)]).toEqual([
        422,
        'IDEMPOTENCY_KEY_REUSED',
        'Idempotency-Key',
      ]);
      expect(await db().order.count({ where: { sourceId: other.id } })).toBe(0);
      const person = await w.call('POST', '/api/orders', w.s.purchaser, {
        quoteId: other.id,
        channel: 'automatic',
      });
      expect([person.statusCode, error(person).code, fieldOf(person)]).toEqual([
        422,
        'ORDER_CHANNEL_NOT_ALLOWED',
        'channel',
      ]);
      const order = await db().order.findFirstOrThrow({ where: { sourceId: q.id } });
      expect(order.createdByApiKeyId).not.toBeNull();
    });
  });

  describe('reorder', () => {
    it('orders the lines again at today’s prices, with the same quantity, terms and delivery, as source reorder', async () => {
      const past = await w.confirmedOrder('3', 'delivery');
      await setPrice('6500');
      try {
        const res = await reorder(w.s.purchaser, past.id, { buyerReference: 'HX-2' });
        const result = await w.ok<{ sourceOrderId: string; orders: Order[] }>(res, 201);
        expect(result.sourceOrderId).toBe(past.id);
        expect(result.orders).toHaveLength(1);
        const [again] = result.orders;
        expect(again).toMatchObject({
          status: 'placed',
          source: 'reorder',
          sourceId: past.id,
          channel: 'self_service',
          paymentTerm: 'cash',
          delivery: { mode: 'delivery', region: 'CN-GD' },
          lines: [{ skuId: w.id.sku, quantity: '3.000', unitPrice: '6500.0000' }],
        });
        const old = await db().order.findUniqueOrThrow({ where: { id: past.id }, include: { lines: true } });
        expect(old.lines[0]?.unitPrice.toFixed(4)).toBe('6000.0000');
        // a fresh stored quote at today's price, accepted by the new order
        const quote = await db().quote.findFirstOrThrow({
          where: { buyerId: w.id.buyer, status: 'accepted', unitPrice: '6500' },
        });
        expect((await db().order.findUniqueOrThrow({ where: { id: again?.id } })).repeatOrderId).toBeNull();
        expect(quote.totalMinor.toString()).toBe(again?.totalMinor);
        expect((await audits(past.id)).map((a) => a.action)).toContain('order.reorder');
        expect((await audits(again?.id ?? '')).map((a) => a.action)).toEqual(['order.place']);
        expect(
          await db().outboxMail.count({
            where: { to: w.email('millOwner'), subject: { contains: again?.number } },
          }),
        ).toBe(1);
      } finally {
        await setPrice('6000');
      }
    });

    it('answers 404 for another company’s order, 403 for its seller or without order:create, 422 when a line cannot be quoted', async () => {
      const past = await w.placedOrder('1');
      const orders = await db().order.count();
      expect((await reorder(w.s.strangerOwner, past.id)).statusCode).toBe(404);
      expect((await reorder(w.s.purchaser, randomUUID())).statusCode).toBe(404);
      const seller = await reorder(w.s.millOwner, past.id);
      expect([seller.statusCode, error(seller).code]).toEqual([403, 'REORDER_BUYER_ONLY']);
      expect((await reorder(viewer, past.id)).statusCode).toBe(403);
      expect((await reorder(w.s.purchaser, 'not-an-id')).statusCode).toBe(400);
      const automatic = await reorder(w.s.purchaser, past.id, { channel: 'automatic' });
      expect([automatic.statusCode, fieldOf(automatic)]).toEqual([422, 'channel']);
      await unlist();
      try {
        const gone = await reorder(w.s.purchaser, past.id);
        expect(gone.statusCode, gone.body).toBe(422);
        expect(error(gone)).toMatchObject({
          code: 'REORDER_LINE_NOT_QUOTABLE',
          data: { fields: [{ path: 'lines.0' }] },
        });
        expect(error(gone).data?.cause).toBeTruthy();
        expect(error(gone).data?.messageZh).toContain('第 1 行');
      } finally {
        await relist();
      }
      expect(await db().order.count()).toBe(orders);
    });

    it('answers a repeated Idempotency-Key (by API key) with the first answer, without new quotes or orders', async () => {
      const past = await w.placedOrder('2');
      const key = randomUUID();
      const first = await reorder(
        null,
        past.id,
        { channel: 'automatic' },
        { ...bearer, 'idempotency-key': key },
      );
      expect(first.statusCode, first.body).toBe(201);
      const quotes = await db().quote.count({ where: { buyerId: w.id.buyer } });
      const second = await reorder(
        null,
        past.id,
        { channel: 'automatic' },
        { ...bearer, 'idempotency-key': key },
      );
      expect(second.statusCode).toBe(201);
      expect(second.json()).toEqual(first.json());
      expect(await db().quote.count({ where: { buyerId: w.id.buyer } })).toBe(quotes);
      expect(await db().order.count({ where: { sourceId: past.id, source: 'reorder' } })).toBe(1);
      expect(first.json().orders[0]).toMatchObject({ channel: 'automatic', source: 'reorder' });
      const reused = await reorder(
        null,
        past.id,
        { channel: 'automatic', note: 'x' },
        { ...bearer, 'idempotency-key': key },
      );
      expect([reused.statusCode, error(reused).code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
      expect(await db().quote.count({ where: { buyerId: w.id.buyer } })).toBe(quotes);
    });
  });

  describe('repeat orders', () => {
    const runner = () => h.app.get(RepeatOrderService);
    const row = (id: string) => db().repeatOrder.findUniqueOrThrow({ where: { id } });

    it('schedules a past order, lists it, pauses, resumes and deletes it, each audited', async () => {
      const past = await w.placedOrder('1');
      const created = await w.ok<Repeat>(
        await repeat(w.s.purchaser, past.id, { intervalDays: 14, firstRunOn: chinaDay(3) }),
        201,
      );
      expect(created).toMatchObject({
        templateOrderId: past.id,
        templateOrderNumber: past.number,
        intervalDays: 14,
        firstRunOn: chinaDay(3),
        nextRunOn: chinaDay(3),
        active: true,
        pausedReason: null,
        runCount: 0,
      });
      const list = await w.ok<{ items: Repeat[]; total: number }>(
        await w.call('GET', '/api/repeat-orders?status=active', viewer),
      );
      expect(list.items.map((r) => r.id)).toContain(created.id);
      const base = `/api/repeat-orders/${created.id}`;
      expect(await w.ok<Repeat>(await w.call('POST', `${base}/pause`, w.s.purchaser, {}))).toMatchObject({
        active: false,
        pausedReason: 'manual',
      });
      expect(
        (
          await w.ok<{ items: Repeat[] }>(
            await w.call('GET', '/api/repeat-orders?status=paused', w.s.purchaser),
          )
        ).items.map((r) => r.id),
      ).toContain(created.id);
      // pausing again changes nothing
      await w.ok(await w.call('POST', `${base}/pause`, w.s.purchaser, {}));
      const resumed = await w.ok<Repeat>(
        await w.call('POST', `${base}/resume`, w.s.purchaser, { nextRunOn: chinaDay(5) }),
      );
      expect(resumed).toMatchObject({ active: true, pausedReason: null, nextRunOn: chinaDay(5) });
      await w.ok(await w.call('DELETE', base, w.s.purchaser));
      expect((await w.call('GET', base, w.s.purchaser)).statusCode).toBe(404);
      expect((await audits(created.id)).map((a) => a.action)).toEqual([
        'repeat_order.create',
        'repeat_order.pause',
        'repeat_order.resume',
        'repeat_order.delete',
      ]);
    });

    it('refuses bad input with 422 on the field, another company’s ids with 404, and a viewer with 403', async () => {
      const past = await w.placedOrder('1');
      for (const [body, field, code] of [
        [{ intervalDays: 0, firstRunOn: chinaDay(1) }, 'intervalDays', 'REPEAT_INTERVAL_INVALID'],
        [{ intervalDays: 366, firstRunOn: chinaDay(1) }, 'intervalDays', 'REPEAT_INTERVAL_INVALID'],
        [{ intervalDays: 7, firstRunOn: chinaDay(-1) }, 'firstRunOn', 'REPEAT_DAY_IN_PAST'],
      ] as const) {
        const res = await repeat(w.s.purchaser, past.id, body);
        expect([res.statusCode, fieldOf(res), error(res).code]).toEqual([422, field, code]);
      }
      const malformed = await repeat(w.s.purchaser, past.id, {
        intervalDays: 'weekly',
        firstRunOn: 'monday',
      });
      expect(malformed.statusCode).toBe(400);
      expect(await db().repeatOrder.count({ where: { templateOrderId: past.id } })).toBe(0);
      expect(
        (await repeat(w.s.strangerOwner, past.id, { intervalDays: 7, firstRunOn: chinaDay(1) })).statusCode,
      ).toBe(404);
      expect((await repeat(viewer, past.id, { intervalDays: 7, firstRunOn: chinaDay(1) })).statusCode).toBe(
        403,
      );
      const mine = await w.ok<Repeat>(
        await repeat(w.s.purchaser, past.id, { intervalDays: 7, firstRunOn: chinaDay(1) }),
        201,
      );
      const twice = await repeat(w.s.purchaser, past.id, { intervalDays: 7, firstRunOn: chinaDay(1) });
      expect([twice.statusCode, error(twice).code]).toEqual([409, 'REPEAT_ORDER_EXISTS']);
      const base = `/api/repeat-orders/${mine.id}`;
      const auditBefore = (await audits(mine.id)).length;
      for (const [method, url, body] of [
        ['GET', base, undefined],
        ['POST', `${base}/pause`, {}],
        ['POST', `${base}/resume`, {}],
        ['DELETE', base, undefined],
      ] as const) {
        expect((await w.call(method, url, w.s.strangerOwner, body)).statusCode, `${method} ${url}`).toBe(404);
        expect((await w.call(method, url, w.s.millOwner, body)).statusCode, `${method} ${url}`).toBe(404);
      }
      expect((await w.call('POST', `${base}/pause`, viewer, {})).statusCode).toBe(403);
      expect((await w.call('GET', base, viewer)).statusCode).toBe(200);
      const past2 = await w.call('POST', `${base}/resume`, w.s.purchaser, { nextRunOn: chinaDay(-1) });
      expect([past2.statusCode, fieldOf(past2)]).toEqual([422, 'nextRunOn']);
      expect((await audits(mine.id)).length).toBe(auditBefore);
      expect((await row(mine.id)).active).toBe(true);
      await w.ok(await w.call('DELETE', base, w.s.purchaser));
    });

    it('places a due run once as an automatic reorder, even when two runs race, and moves to the next date', async () => {
      const past = await w.placedOrder('4');
      const created = await w.ok<Repeat>(
        await repeat(w.s.purchaser, past.id, { intervalDays: 7, firstRunOn: chinaDay(0) }),
        201,
      );
      const due = await row(created.id);
      const now = new Date();
      const outcomes = await Promise.all([runner().runOne(due, now), runner().runOne(due, now)]);
      expect(outcomes.sort()).toEqual(['placed', 'skipped']);
      const placed = await db().order.findMany({
        where: { repeatOrderId: created.id },
        include: { lines: true },
      });
      expect(placed).toHaveLength(1);
      expect(placed[0]).toMatchObject({
        channel: 'automatic',
        source: 'reorder',
        sourceId: past.id,
        status: 'placed',
      });
      expect(placed[0]?.lines[0]?.quantity.toFixed(3)).toBe('4.000');
      const after = await w.ok<Repeat>(
        await w.call('GET', `/api/repeat-orders/${created.id}`, w.s.purchaser),
      );
      expect(after).toMatchObject({
        runCount: 1,
        nextRunOn: chinaDay(7),
        lastOrderId: placed[0]?.id,
        lastOrderNumber: placed[0]?.number,
        consecutiveFailures: 0,
      });
      // the runner finds nothing more due today
      await runner().runDue(now);
      expect(await db().order.count({ where: { repeatOrderId: created.id } })).toBe(1);
      expect(
        await db().outboxMail.count({
          where: { to: w.email('purchaser'), subject: { contains: placed[0]?.number } },
        }),
      ).toBeGreaterThanOrEqual(1);
      await w.ok(await w.call('DELETE', `/api/repeat-orders/${created.id}`, w.s.purchaser));
    });

    it('records and mails a failed run, and pauses after three failures in a row', async () => {
      const past = await w.placedOrder('1');
      const created = await w.ok<Repeat>(
        await repeat(w.s.purchaser, past.id, { intervalDays: 1, firstRunOn: chinaDay(0) }),
        201,
      );
      await unlist();
      try {
        let now = new Date();
        for (let i = 1; i <= 3; i++) {
          expect(await runner().runOne(await row(created.id), now)).toBe('failed');
          const r = await row(created.id);
          expect(r.consecutiveFailures).toBe(i);
          expect(r.active).toBe(i < 3);
          now = r.nextRunAt;
        }
      } finally {
        await relist();
      }
      const after = await w.ok<Repeat>(
        await w.call('GET', `/api/repeat-orders/${created.id}`, w.s.purchaser),
      );
      expect(after).toMatchObject({
        active: false,
        pausedReason: 'failures',
        consecutiveFailures: 3,
        runCount: 0,
      });
      expect(after.lastFailure?.code).toBe('REORDER_LINE_NOT_QUOTABLE');
      expect(after.lastFailure?.messageZh).toContain('第 1 行');
      expect(await db().order.count({ where: { repeatOrderId: created.id } })).toBe(0);
      const mails = await db().outboxMail.findMany({
        where: { to: w.email('buyerOwner'), subject: { contains: past.number } },
      });
      expect(mails.filter((m) => m.subject.includes('Repeat order failed'))).toHaveLength(3);
      expect(mails.at(-1)?.text).toContain('paused');
      expect((await audits(created.id)).filter((a) => a.action === 'repeat_order.run_failed')).toHaveLength(
        3,
      );
      // resumed, it runs again from its next day on
      const resumed = await w.ok<Repeat>(
        await w.call('POST', `/api/repeat-orders/${created.id}/resume`, w.s.purchaser, {}),
      );
      expect(resumed).toMatchObject({ active: true, consecutiveFailures: 0, nextRunOn: chinaDay(0) });
      expect(await runner().runOne(await row(created.id), new Date())).toBe('placed');
      await w.ok(await w.call('DELETE', `/api/repeat-orders/${created.id}`, w.s.purchaser));
    });

    it('pauses when the person it acts for has left, and acts for whoever resumes it', async () => {
      const leaver = await h.make.member(w.id.buyer, 'purchaser', 'leaver@integration.test');
      const session = await h.signIn('leaver@integration.test');
      const quote = await w.ok<{ id: string }>(
        await w.call('POST', '/api/quotes', session, {
          skuId: w.id.sku,
          quantity: '1',
          delivery: { mode: 'pickup', warehouseId: w.id.warehouse },
        }),
        201,
      );
      const past = await w.ok<Order>(
        await w.call('POST', '/api/orders', session, { quoteId: quote.id }),
        201,
      );
      const created = await w.ok<Repeat>(
        await repeat(session, past.id, { intervalDays: 30, firstRunOn: chinaDay(0) }),
        201,
      );
      await db().membership.update({ where: { id: leaver.membership.id }, data: { disabledAt: new Date() } });
      expect(await runner().runOne(await row(created.id), new Date())).toBe('failed');
      const paused = await w.ok<Repeat>(
        await w.call('GET', `/api/repeat-orders/${created.id}`, w.s.buyerOwner),
      );
      expect(paused).toMatchObject({ active: false, pausedReason: 'creator_inactive' });
      expect(paused.lastFailure?.code).toBe('REPEAT_CREATOR_INACTIVE');
      const owner = await db().user.findUniqueOrThrow({ where: { email: w.email('buyerOwner') } });
      const resumed = await w.ok<Repeat>(
        await w.call('POST', `/api/repeat-orders/${created.id}/resume`, w.s.buyerOwner, {}),
      );
      // the failed run was today's; resumed, the schedule runs from today on
      expect(resumed).toMatchObject({ active: true, createdById: owner.id, nextRunOn: chinaDay(0) });
      await w.ok(await w.call('DELETE', `/api/repeat-orders/${created.id}`, w.s.buyerOwner));
    });
  });
});

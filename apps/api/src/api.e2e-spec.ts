import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@tradeway/server/platform';
import {
  createTestDatabase,
  createTestRedis,
  factories,
  TEST_PASSWORD,
  type TestDatabase,
  type TestRedis,
} from '@tradeway/server/testing';
import { ORPCError } from '@orpc/client';
import { createApiClient, ErrorBodySchema, routeTable } from '@tradeway/shared/contracts';
import { buildApi } from './bootstrap';

/** A value that no field of any of our schemas accepts. */
const MALFORMED = {
  page: 'first',
  pageSize: -1,
  categoryId: 'not-a-uuid',
  q: '',
  companyName: 7,
  kinds: 'buyer',
  email: 'nobody',
  subjectType: 'nonsense',
  status: 'nope',
  to: 'x'.repeat(300),
  period: 'decade',
  format: 'pdf',
  locale: 'fr',
  at: 'yesterday',
};

describe('API over HTTP', () => {
  let db: TestDatabase;
  let redis: TestRedis;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    db = await createTestDatabase();
    redis = createTestRedis();
    const config = loadConfig({
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: redis.prefix,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
    });
    app = await buildApi(config, { logs: false });
  });
  afterAll(async () => {
    await app?.close();
    await redis?.cleanup();
    await db?.drop();
  });

  it('reports database and Redis up at /api/health and /health', async () => {
    for (const url of ['/api/health', '/health']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.status).toBe('ok');
      expect(body.checks.database.status).toBe('up');
      expect(body.checks.redis.status).toBe('up');
    }
  });

  let admin: Record<string, string> | undefined;
  async function adminCookies(): Promise<Record<string, string>> {
    if (admin) return admin;
    const make = factories(db.prisma);
    const operator = await make.company(['operator', 'buyer']);
    await make.member(operator.id, 'admin', 'root@operator.test');
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'root@operator.test', password: TEST_PASSWORD },
    });
    admin = { tw_session: res.cookies.find((c) => c.name === 'tw_session')?.value as string };
    return admin;
  }

  it('echoes a well-formed X-Request-Id and makes one otherwise', async () => {
    const given = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(given.headers['x-request-id']).toBe('abc-123');
    const made = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'bad id with spaces' },
    });
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  describe.each(routeTable().filter((r) => r.hasInput))(
    '$name ($method $path) with malformed input',
    (route) => {
      it('answers 400 with the field paths, in the common error shape, and writes nothing', async () => {
        const before = await db.prisma.onboardingApplication.count();
        // Signed in as an operator admin, who holds every permission: validation is what answers.
        const cookies = route.access?.kind === 'public' ? {} : await adminCookies();
        const url = route.path.replace(/\{[^}]+\}/g, 'not-an-id');
        const res =
          route.method === 'GET'
            ? await app.inject({
                method: 'GET',
                url,
                cookies,
                query: Object.fromEntries(Object.entries(MALFORMED).map(([k, v]) => [k, String(v)])),
              })
            : await app.inject({ method: route.method as 'POST', url, cookies, payload: MALFORMED });
        expect(res.statusCode).toBe(400);
        const body = ErrorBodySchema.parse(res.json());
        expect(body.code).toBe('BAD_REQUEST');
        expect(body.data?.fields?.length).toBeGreaterThan(0);
        for (const f of body.data?.fields ?? []) expect(f.path).toMatch(/^[A-Za-z]/);
        expect(await db.prisma.onboardingApplication.count()).toBe(before);
      });
    },
  );

  it('answers a body that is not JSON with 400, not 500', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/onboarding/applications',
      headers: { 'content-type': 'application/json' },
      payload: '{"companyName": ',
    });
    expect(res.statusCode).toBe(400);
    expect(ErrorBodySchema.parse(res.json()).code).toBe('BAD_REQUEST');
  });

  it('answers an unknown route with 404 in the common shape', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(res.statusCode).toBe(404);
    expect(ErrorBodySchema.parse(res.json()).code).toBe('NOT_FOUND');
  });

  it('accepts an onboarding application once and refuses a second for the same credit code with 409', async () => {
    const payload = {
      companyName: '河南好粮食品有限公司',
      creditCode: '91410100MA9F1G2H3J',
      kinds: ['buyer'],
      region: '河南',
      contactName: '王强',
      email: 'wang@haoliang.example',
      declaredAnnualPurchasingMinor: '5000000000',
    };
    const first = await app.inject({ method: 'POST', url: '/api/onboarding/applications', payload });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ companyName: payload.companyName, status: 'submitted' });
    const second = await app.inject({ method: 'POST', url: '/api/onboarding/applications', payload });
    expect(second.statusCode).toBe(409);
    expect(second.json().data.fields[0].path).toBe('creditCode');
    const stored = await db.prisma.onboardingApplication.findFirstOrThrow({
      where: { creditCode: payload.creditCode },
    });
    expect(stored.declaredAnnualPurchasingMinor).toBe(5_000_000_000n);
  });

  it('lists categories and pages products from the database', async () => {
    const seller = await db.prisma.company.create({
      data: { code: 'mill', name: '广西糖业', kinds: ['seller'], region: '广西' },
    });
    const sugar = await db.prisma.category.create({
      data: { code: 'sugar', nameZh: '白砂糖', nameEn: 'White sugar', taxRateBps: 1300 },
    });
    await db.prisma.product.createMany({
      data: [1, 2, 3].map((i) => ({
        code: `sugar-${i}`,
        sellerId: seller.id,
        categoryId: sugar.id,
        nameZh: `白砂糖 ${i}`,
        nameEn: `White sugar ${i}`,
        unit: 't' as const,
      })),
    });
    const cats = await app.inject({ method: 'GET', url: '/api/catalog/categories' });
    expect(cats.json().items).toEqual([
      expect.objectContaining({ code: 'sugar', taxRateBps: 1300, productCount: 3 }),
    ]);
    const page = await app.inject({
      method: 'GET',
      url: `/api/catalog/products?categoryId=${sugar.id}&pageSize=2&page=2`,
    });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({
      total: 3,
      page: 2,
      pageSize: 2,
      items: [{ nameEn: 'White sugar 3', sellerName: '广西糖业' }],
    });
    const unknown = await app.inject({
      method: 'GET',
      url: '/api/catalog/products?categoryId=00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().data.fields[0].path).toBe('categoryId');
  });

  it("answers the typed client the portals use, over a real socket, with the contract's types and errors", async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = await app.getUrl();
    const client = createApiClient({ baseUrl: address, headers: () => ({ 'x-request-id': 'client-1' }) });
    const health = await client.health.check();
    expect(health).toMatchObject({
      status: 'ok',
      checks: { database: { status: 'up' }, redis: { status: 'up' } },
    });
    const orchard = await db.prisma.company.create({
      data: { code: 'orchard', name: '栖霞果业', kinds: ['seller'], region: '山东' },
    });
    const fruit = await db.prisma.category.create({
      data: { code: 'apples', nameZh: '苹果', nameEn: 'Apples', taxRateBps: 900 },
    });
    await db.prisma.product.create({
      data: {
        code: 'fuji-80',
        sellerId: orchard.id,
        categoryId: fruit.id,
        nameZh: '红富士 80#',
        nameEn: 'Fuji 80#',
        unit: 'kg',
      },
    });
    const page = await client.catalog.listProducts({ page: 1, pageSize: 5, categoryId: fruit.id });
    expect(page).toMatchObject({ total: 1, items: [{ nameEn: 'Fuji 80#', sellerName: '栖霞果业' }] });
    const refused = await client.catalog
      .listProducts({ pageSize: 5, categoryId: '00000000-0000-4000-8000-000000000000' })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ORPCError);
    expect((refused as ORPCError<string, unknown>).status).toBe(404);
    expect((refused as ORPCError<string, { fields: Array<{ path: string }> }>).data.fields[0]?.path).toBe(
      'categoryId',
    );
  });

  it('serves the OpenAPI document, generated from the contract, and its browsable page', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const r of routeTable()) expect(doc.paths[r.path]?.[r.method.toLowerCase()], r.name).toBeDefined();
    const bare = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(bare.statusCode === 200 || bare.headers.location === '/api/docs/').toBe(true);
    const page = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger-ui');
    // served from the package, not a CDN: the page works offline
    expect(
      (await app.inject({ method: 'GET', url: '/api/docs/static/swagger-ui-bundle.js' })).statusCode,
    ).toBe(200);
  });

  it('serves the queue dashboard with the housekeeping queue to operators only', async () => {
    const anonymous = await app.inject({ method: 'GET', url: '/api/admin/queues/api/queues' });
    expect(anonymous.statusCode).toBe(401);
    const page = await app.inject({ method: 'GET', url: '/api/admin/queues' });
    expect(page.statusCode).toBe(401);
    const make = factories(db.prisma);
    const buyer = await make.company(['buyer']);
    await make.member(buyer.id, 'owner', 'owner@buyer-q.test');
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'owner@buyer-q.test', password: TEST_PASSWORD },
    });
    const buyerCookies = { tw_session: signIn.cookies.find((c) => c.name === 'tw_session')?.value as string };
    const forbidden = await app.inject({
      method: 'GET',
      url: '/api/admin/queues/api/queues',
      cookies: buyerCookies,
    });
    expect(forbidden.statusCode).toBe(403);
    const res = await app.inject({
      method: 'GET',
      url: '/api/admin/queues/api/queues',
      cookies: await adminCookies(),
    });
    expect(res.statusCode).toBe(200);
    expect(JSON.stringify(res.json())).toContain('housekeeping');
    expect(JSON.stringify(res.json())).toContain('approval-escalation');
  });
});

describe('API logs', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  const lines: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = loadConfig({
      DATABASE_URL: db.url,
      REDIS_URL: 'redis://127.0.0.1:6379',
      LOG_LEVEL: 'info',
      QUEUE_DASHBOARD: 'off',
    });
    const destination = {
      write: (chunk: string) => void lines.push(JSON.parse(chunk) as Record<string, unknown>),
    };
    app = await buildApi(config, { logDestination: destination });
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('writes one JSON line when a request comes in and one when it completes, both with its request id, and nothing else', async () => {
    lines.length = 0;
    await app.inject({
      method: 'GET',
      url: '/api/catalog/categories',
      headers: { 'x-request-id': 'log-test-1' },
    });
    await app.inject({
      method: 'GET',
      url: '/api/catalog/products?pageSize=0',
      headers: { 'x-request-id': 'log-test-2' },
    });
    const mine = lines.filter((l) => String(l.reqId).startsWith('log-test-'));
    expect(mine.map((l) => [l.reqId, l.msg])).toEqual([
      ['log-test-1', 'incoming request'],
      ['log-test-1', 'request completed'],
      ['log-test-2', 'incoming request'],
      ['log-test-2', 'request completed'],
    ]);
    expect(mine[3]).toMatchObject({ service: 'api', res: { statusCode: 400 } });
    expect(lines.filter((l) => Number(l.level) >= 40)).toEqual([]);
  });
});

describe('API with Redis down', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    db = await createTestDatabase();
    const config = loadConfig({
      DATABASE_URL: db.url,
      REDIS_URL: 'redis://127.0.0.1:1',
      LOG_LEVEL: 'silent',
      QUEUE_DASHBOARD: 'off',
    });
    app = await buildApi(config, { logs: false });
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('still answers: health is degraded with Redis down and the database up, and database reads go on', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'degraded',
      checks: { database: { status: 'up' }, redis: { status: 'down' } },
    });
    expect((await app.inject({ method: 'GET', url: '/api/catalog/categories' })).statusCode).toBe(200);
  });
});

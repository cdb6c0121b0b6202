import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, RateLimiterService } from '@tradeway/server/platform';
import { RATE_LIMITS } from '@tradeway/shared/contracts';
import { httpHarness, type HttpHarness } from './testing/http';

/** A hundredth of the real budgets, so a test can spend them: 3 per user, 30 per company. */
const FACTOR = 0.01;
const perUser = Math.round(RATE_LIMITS.quote_request.perUser.points * FACTOR);
const perCompany = Math.round(RATE_LIMITS.quote_request.perCompany.points * FACTOR);

/** DESIGN.md §14: quote requests are limited per user and per company (429 with Retry-After). */
describe('rate limits on quote requests', () => {
  let h: HttpHarness;
  const session = {} as Record<'a1' | 'a2' | 'b1', { cookies: Record<string, string> }>;

  beforeAll(async () => {
    h = await httpHarness({ RATE_LIMIT_FACTOR: String(FACTOR) });
    const a = await h.make.company(['buyer']);
    const b = await h.make.company(['buyer']);
    const a1 = await h.make.member(a.id, 'purchaser');
    const a2 = await h.make.member(a.id, 'purchaser');
    const b1 = await h.make.member(b.id, 'purchaser');
    session.a1 = await h.signIn(a1.user.email);
    session.a2 = await h.signIn(a2.user.email);
    session.b1 = await h.signIn(b1.user.email);
  });
  afterAll(async () => {
    await h?.close();
  });

  const preview = (who: keyof typeof session) =>
    h.app.inject({
      method: 'POST',
      url: '/api/quotes/preview',
      payload: {
        skuId: randomUUID(),
        quantity: '1',
        paymentTerm: 'cash',
        delivery: { mode: 'delivery', region: 'CN-GX' },
      },
      ...session[who],
    });

  it('answers 429 with Retry-After once a user spends its budget, and only for that user', async () => {
    expect(perUser).toBe(3);
    for (let i = 0; i < perUser; i++) {
      // An unknown SKU: the handler answers 404, and the request still counts.
      expect((await preview('a1')).statusCode).toBe(404);
    }
    const refused = await preview('a1');
    expect(refused.statusCode).toBe(429);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(RATE_LIMITS.quote_request.perUser.windowS);
    expect(refused.json()).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      status: 429,
      data: { retryAfterSeconds: retryAfter },
    });
    // A colleague and another company's buyer are not held back by a1's budget.
    expect((await preview('a2')).statusCode).toBe(404);
    expect((await preview('b1')).statusCode).toBe(404);
  });

  it('counts every user of a company against the company budget', async () => {
    const limiter = h.app.get(RateLimiterService);
    const companyId = randomUUID();
    const decisions = [];
    // perCompany / perUser callers spend the company budget exactly; the next caller is refused.
    for (let c = 0; c <= perCompany / perUser; c++) {
      const callerId = randomUUID();
      for (let i = 0; i < perUser; i++) {
        decisions.push(await limiter.consume('quote_request', { callerId, companyId }));
      }
    }
    const allowed = decisions.filter((d) => d.allowed).length;
    expect(allowed).toBe(perCompany);
    expect(decisions.at(-1)).toMatchObject({ allowed: false });
  });

  it('keeps limiting in memory, without refusing service, when Redis cannot be reached', async () => {
    const limiter = new RateLimiterService(
      loadConfig({
        DATABASE_URL: 'postgresql://unused@127.0.0.1/unused',
        REDIS_URL: 'redis://127.0.0.1:1',
        QUEUE_PREFIX: `rl-down-${randomUUID().slice(0, 8)}`,
        RATE_LIMIT_FACTOR: String(FACTOR),
      }),
    );
    try {
      const subject = { callerId: randomUUID(), companyId: randomUUID() };
      const decisions = [];
      for (let i = 0; i <= perUser; i++) decisions.push(await limiter.consume('quote_request', subject));
      expect(decisions.slice(0, perUser).every((d) => d.allowed)).toBe(true);
      expect(decisions[perUser]).toMatchObject({ allowed: false });
    } finally {
      limiter.onModuleDestroy();
    }
  });
});

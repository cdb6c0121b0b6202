import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '@tradeway/server/testing';
import { routeTable } from '@tradeway/shared/contracts';
import { httpHarness, type HttpHarness } from './testing/http';

describe('sign-in, sessions and access', () => {
  let h: HttpHarness;
  let db: HttpHarness['db'];
  let app: HttpHarness['app'];
  let make: HttpHarness['make'];

  beforeAll(async () => {
    h = await httpHarness();
    ({ db, app, make } = h);
  });
  afterAll(async () => {
    await h?.close();
  });

  const signIn = (email: string, password = TEST_PASSWORD, ip = '10.0.0.1', companyId?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password, companyId },
      remoteAddress: ip,
    });
  const sessionOf = (res: { cookies: Array<{ name: string; value: string }> }) =>
    res.cookies.find((c) => c.name === 'tw_session')?.value as string;
  const as = (token: string) => ({ cookies: { tw_session: token } });

  it('signs in with an httpOnly SameSite cookie and answers who is signed in', async () => {
    const buyer = await make.company(['buyer'], { name: '华鑫食品' });
    const { user } = await make.member(buyer.id, 'purchaser', 'li.na@huaxin.test');
    const res = await signIn('LI.NA@huaxin.test');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'tw_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(res.json()).toMatchObject({ user: { id: user.id }, activeCompanyId: buyer.id });
    expect(res.json().permissions).toContain('requisition:create');
    expect(res.json().permissions).not.toContain('approval:decide');

    const me = await app.inject({ method: 'GET', url: '/api/auth/me', ...as(sessionOf(res)) });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe('li.na@huaxin.test');
    const anonymous = await app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(anonymous.statusCode).toBe(401);
    const forged = await app.inject({ method: 'GET', url: '/api/auth/me', ...as('not-a-session') });
    expect(forged.statusCode).toBe(401);
    const stored = await db.prisma.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toBe(sessionOf(res));
  });

  it('answers a wrong password and an unknown email alike, then throttles the account with Retry-After', async () => {
    const c = await make.company();
    await make.member(c.id, 'viewer', 'target@example.com');
    const unknown = await signIn('nobody@example.com', 'whatever', '10.0.1.1');
    const wrong = await signIn('target@example.com', 'wrong-password-1', '10.0.1.1');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().message).toBe(unknown.json().message);
    for (let i = 0; i < 4; i++)
      expect((await signIn('target@example.com', 'nope', `10.0.2.${i}`)).statusCode).toBe(401);
    const blocked = await signIn('target@example.com', TEST_PASSWORD, '10.0.3.1');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(800);
    expect(blocked.json().data.retryAfterSeconds).toBe(Number(blocked.headers['retry-after']));
    expect(blocked.cookies).toEqual([]);
  });

  it('throttles one address trying many accounts', async () => {
    const c = await make.company();
    await make.member(c.id, 'viewer', 'victim@example.com');
    for (let i = 0; i < 20; i++) await signIn(`spray-${i}@example.com`, 'guess', '10.9.9.9');
    expect((await signIn('victim@example.com', TEST_PASSWORD, '10.9.9.9')).statusCode).toBe(429);
    expect((await signIn('victim@example.com', TEST_PASSWORD, '10.9.9.10')).statusCode).toBe(200);
  });

  it('switches between the companies of a user, and answers 404 for any other company', async () => {
    const group = await make.company(['buyer'], { name: 'Group' });
    const sub = await make.company(['buyer'], { name: 'Subsidiary', parentId: group.id });
    const stranger = await make.company(['buyer']);
    const { user } = await make.member(group.id, 'finance', 'shared.finance@example.com');
    await db.prisma.membership.create({ data: { userId: user.id, companyId: sub.id, role: 'approver' } });
    const token = sessionOf(await signIn('shared.finance@example.com'));
    const switched = await app.inject({
      method: 'POST',
      url: '/api/auth/switch-company',
      payload: { companyId: sub.id },
      ...as(token),
    });
    expect(switched.statusCode).toBe(200);
    expect(switched.json().activeCompanyId).toBe(sub.id);
    expect(switched.json().memberships.map((m: { companyName: string }) => m.companyName)).toEqual([
      'Group',
      'Subsidiary',
    ]);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', ...as(token) });
    expect(me.json().activeCompanyId).toBe(sub.id);
    const refused = await app.inject({
      method: 'POST',
      url: '/api/auth/switch-company',
      payload: { companyId: stranger.id },
      ...as(token),
    });
    expect(refused.statusCode).toBe(404);
    expect(refused.json().data.fields[0].path).toBe('companyId');
  });

  it('signs out: the cookie is cleared and the old token no longer works', async () => {
    const c = await make.company();
    await make.member(c.id, 'viewer', 'leaving@example.com');
    const token = sessionOf(await signIn('leaving@example.com'));
    const out = await app.inject({ method: 'POST', url: '/api/auth/sign-out', ...as(token) });
    expect(out.statusCode).toBe(200);
    expect(out.cookies.find((x) => x.name === 'tw_session')?.value).toBe('');
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', ...as(token) })).statusCode).toBe(401);
  });

  it('changes the password: the current one must be right, other sessions end, the change is audited', async () => {
    const c = await make.company();
    const { user } = await make.member(c.id, 'viewer', 'changer@example.com');
    const here = sessionOf(await signIn('changer@example.com'));
    const elsewhere = sessionOf(await signIn('changer@example.com', TEST_PASSWORD, '10.0.5.5'));
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: 'not-it', newPassword: 'New-password-2026' },
      ...as(here),
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().data.fields[0].path).toBe('currentPassword');
    const weak = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'short' },
      ...as(here),
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().data.fields.map((f: { path: string }) => f.path)).toContain('newPassword');
    const ok = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'New-password-2026' },
      ...as(here),
    });
    expect(ok.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', ...as(here) })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', ...as(elsewhere) })).statusCode).toBe(401);
    expect((await signIn('changer@example.com', 'New-password-2026', '10.0.6.6')).statusCode).toBe(200);
    const audit = await db.prisma.auditEntry.findMany({ where: { subjectId: user.id } });
    expect(audit.map((a) => a.action)).toEqual(['user.password_change']);
    expect(audit[0]?.actorUserId).toBe(user.id);
  });

  it('resets a forgotten password through the outbox, once, and the operator reads the dev mailbox', async () => {
    const operator = await make.company(['operator']);
    const ops = await make.member(operator.id, 'admin', 'ops@example.com');
    const buyer = await make.company();
    await make.member(buyer.id, 'owner', 'forgetful@example.com');
    const opsToken = sessionOf(await signIn(ops.user.email));
    const buyerToken = sessionOf(await signIn('forgetful@example.com'));

    const none = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: 'ghost@example.com' },
    });
    expect(none.statusCode).toBe(202);
    const asked = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: 'forgetful@example.com' },
    });
    expect(asked.statusCode).toBe(202);

    // only the operator reads mail, even a buyer company's owner is refused
    expect(
      (await app.inject({ method: 'GET', url: '/api/platform/mailbox', ...as(buyerToken) })).statusCode,
    ).toBe(403);
    const box = await app.inject({
      method: 'GET',
      url: '/api/platform/mailbox?to=forgetful',
      ...as(opsToken),
    });
    expect(box.statusCode).toBe(200);
    expect(box.json().items).toHaveLength(1);
    const token = /token=([A-Za-z0-9_-]+)/.exec(box.json().items[0].text)?.[1] as string;
    expect(box.json().items[0].text).toContain('http://127.0.0.1:4201/reset-password?token=');
    const allMail = await db.prisma.outboxMail.findMany();
    expect(allMail.map((m) => m.to)).not.toContain('ghost@example.com');

    const reset = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, newPassword: 'Remembered-2026' },
    });
    expect(reset.statusCode).toBe(200);
    const again = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, newPassword: 'Second-try-2026' },
    });
    expect(again.statusCode).toBe(422);
    expect(again.json().data.fields[0].path).toBe('token');
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', ...as(buyerToken) })).statusCode).toBe(
      401,
    );
    expect((await signIn('forgetful@example.com', 'Remembered-2026', '10.0.7.7')).statusCode).toBe(200);
  });

  it('refuses every route that is not public without a caller (the route table, so a new route is covered)', async () => {
    const closed = routeTable().filter((r) => r.access?.kind !== 'public');
    expect(closed.length).toBeGreaterThan(3);
    for (const r of closed) {
      const url = r.path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      const res = await app.inject({
        method: r.method as 'GET',
        url,
        payload: r.method === 'GET' ? undefined : {},
      });
      expect(res.statusCode, `${r.name} ${r.method} ${url}`).toBe(401);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApprovalService } from '@tradeway/server/approval/feature';
import { httpHarness, type HttpHarness } from './testing/http';

type Session = { cookies: Record<string, string> };
const yuan = (n: number) => String(BigInt(Math.round(n * 100)));

/** The policy of DESIGN.md §9 and issue 3, in three bands. */
const POLICIES = [
  {
    subjectType: 'purchase_requisition',
    name: 'Under 10 000: none',
    priority: 10,
    conditions: { maxAmountMinor: yuan(10_000) },
    levels: [],
  },
  {
    subjectType: 'purchase_requisition',
    name: '10 000–100 000: purchasing manager',
    priority: 20,
    conditions: { minAmountMinor: yuan(10_000), maxAmountMinor: yuan(100_000) },
    levels: [{ order: 1, mode: 'any', approverRoles: ['approver'], slaHours: 24 }],
  },
  {
    subjectType: 'purchase_requisition',
    name: 'Above 100 000: manager, then finance and general manager',
    priority: 30,
    conditions: { minAmountMinor: yuan(100_000) },
    levels: [
      { order: 1, mode: 'any', approverRoles: ['approver'], slaHours: 24, escalation: { kind: 'notify' } },
      { order: 2, mode: 'all', approverRoles: ['finance', 'owner'], slaHours: 48 },
    ],
  },
];

describe('approval engine over HTTP', () => {
  let h: HttpHarness;
  let companyId: string;
  const s: Record<'owner' | 'purchaser' | 'approver' | 'finance' | 'approver2', Session> = {} as never;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await httpHarness();
    const c = await h.make.company(['buyer'], { name: '华鑫食品' });
    companyId = c.id;
    for (const [key, role] of [
      ['owner', 'owner'],
      ['purchaser', 'purchaser'],
      ['approver', 'approver'],
      ['finance', 'finance'],
    ] as const) {
      const m = await h.make.member(c.id, role, `${key}@huaxin.test`);
      ids[key] = m.user.id;
      s[key] = await h.signIn(`${key}@huaxin.test`);
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, as: Session, payload?: object) =>
    h.app.inject({ method, url, payload, ...as });
  const requisition = (amountYuan: number, title = '白砂糖') => ({
    title,
    lines: [{ description: `${title} 一级`, quantity: '1', unit: 't', unitPriceMinor: yuan(amountYuan) }],
  });

  it('lets the admin build the three-band policy, and refuses a broken one at its field', async () => {
    for (const p of POLICIES)
      expect((await call('POST', '/api/approval/policies', s.owner, p)).statusCode).toBe(201);
    const broken = await call('POST', '/api/approval/policies', s.owner, {
      subjectType: 'purchase_requisition',
      name: 'gap',
      priority: 1,
      levels: [{ order: 2, mode: 'any', approverRoles: ['approver'] }],
    });
    expect(broken.statusCode).toBe(422);
    expect(broken.json().data.fields[0].path).toMatch(/^levels\.0/);
    expect(
      (await call('POST', '/api/approval/policies', s.purchaser, POLICIES[0] as object)).statusCode,
    ).toBe(403);
    const listed = await call('GET', '/api/approval/policies', s.owner);
    expect(listed.json().items).toHaveLength(3);
  });

  it('approves a small purchase at once and sends a mid-size one to the purchasing manager', async () => {
    const small = await call('POST', '/api/requisitions', s.purchaser, requisition(9_999.99, '办公用品'));
    expect(small.statusCode).toBe(201);
    expect(small.json()).toMatchObject({ status: 'approved', totalMinor: '999999' });
    const mid = await call('POST', '/api/requisitions', s.purchaser, requisition(10_000));
    expect(mid.json().status).toBe('pending_approval');
    const request = await call('GET', `/api/approval/requests/${mid.json().approvalRequestId}`, s.purchaser);
    expect(request.json().tasks.map((t: { approverUserId: string }) => t.approverUserId)).toEqual([
      ids['approver'],
    ]);
  });

  it('runs 150 000 through manager, then finance and the general manager (all), and the requester sees it approved', async () => {
    const created = await call('POST', '/api/requisitions', s.purchaser, {
      title: '白砂糖 25 吨',
      lines: [{ description: '白砂糖 一级', quantity: '25', unit: 't', unitPriceMinor: yuan(6_000) }],
    });
    expect(created.json()).toMatchObject({ totalMinor: yuan(150_000), status: 'pending_approval' });
    const requestId = created.json().approvalRequestId as string;

    // level 2 may not act before level 1
    const early = await call('POST', `/api/approval/requests/${requestId}/decisions`, s.finance, {
      decision: 'approve',
    });
    expect(early.statusCode).toBe(403);
    expect(early.json().code).toBe('NOT_AN_APPROVER');

    const inbox = await call('GET', '/api/approval/inbox', s.approver);
    expect(inbox.json().items.map((i: { requestId: string }) => i.requestId)).toContain(requestId);
    const l1 = await call('POST', `/api/approval/requests/${requestId}/decisions`, s.approver, {
      decision: 'approve',
      comment: '价格合理',
    });
    expect(l1.json()).toMatchObject({ status: 'pending', currentLevel: 2 });

    const f = await call('POST', `/api/approval/requests/${requestId}/decisions`, s.finance, {
      decision: 'approve',
    });
    expect(f.json()).toMatchObject({ status: 'pending', currentLevel: 2 }); // `all` waits for the general manager
    expect((await call('GET', `/api/requisitions/${created.json().id}`, s.purchaser)).json().status).toBe(
      'pending_approval',
    );
    const twice = await call('POST', `/api/approval/requests/${requestId}/decisions`, s.finance, {
      decision: 'approve',
    });
    expect(twice.statusCode).toBe(409);

    const gm = await call('POST', `/api/approval/requests/${requestId}/decisions`, s.owner, {
      decision: 'approve',
    });
    expect(gm.json()).toMatchObject({ status: 'approved', currentLevel: null });
    expect((await call('GET', `/api/requisitions/${created.json().id}`, s.purchaser)).json().status).toBe(
      'approved',
    );
    const mail = await h.db.prisma.outboxMail.findMany({ where: { to: 'purchaser@huaxin.test' } });
    expect(mail.some((m) => m.subject.startsWith('审批通过'))).toBe(true);
    const audit = await h.db.prisma.auditEntry.findMany({
      where: { subjectId: requestId },
      orderBy: { seq: 'asc' },
    });
    expect(audit.map((a) => a.action)).toEqual([
      'approval.submit',
      'approval.task_decided',
      'approval.level_started',
      'approval.task_decided',
      'approval.task_decided',
      'approval.approved',
    ]);
  });

  it('refuses self-approval, even for an approver who files a requisition', async () => {
    await h.db.prisma.membership.updateMany({
      where: { userId: ids['approver'] },
      data: { role: 'approver' },
    });
    await h.db.prisma.customRole.create({
      data: { companyId, name: 'buyer-approver', permissions: ['requisition:create'] },
    });
    const role = await h.db.prisma.customRole.findFirstOrThrow({ where: { name: 'buyer-approver' } });
    const m = await h.db.prisma.membership.findFirstOrThrow({ where: { userId: ids['approver'] } });
    await h.db.prisma.membershipRole.create({ data: { membershipId: m.id, roleId: role.id } });
    const second = await h.make.member(companyId, 'approver', 'approver2@huaxin.test');
    s.approver2 = await h.signIn('approver2@huaxin.test');
    const own = await call('POST', '/api/requisitions', s.approver, requisition(20_000, '包装袋'));
    const request = (
      await call('GET', `/api/approval/requests/${own.json().approvalRequestId}`, s.approver)
    ).json();
    // the engine never asks the requester: the other approver gets the task
    expect(request.tasks.map((t: { approverUserId: string }) => t.approverUserId)).toEqual([second.user.id]);
    const self = await call(
      'POST',
      `/api/approval/requests/${own.json().approvalRequestId}/decisions`,
      s.approver,
      {
        decision: 'approve',
        onBehalfOfUserId: second.user.id,
      },
    );
    expect(self.statusCode).toBe(403);
    expect(self.json().code).toBe('SELF_APPROVAL');
  });

  it('lets a delegate decide only inside the delegation dates', async () => {
    const req = await call('POST', '/api/requisitions', s.purchaser, requisition(50_000, '纸箱'));
    const requestId = req.json().approvalRequestId as string;
    const tasks = (await call('GET', `/api/approval/requests/${requestId}`, s.purchaser)).json()
      .tasks as Array<{ approverUserId: string }>;
    const absent = tasks[0]?.approverUserId as string;
    const absentSession = absent === ids['approver'] ? s.approver : s.approver2;
    const now = Date.now();
    const future = await call('POST', '/api/approval/delegations', absentSession, {
      toUserId: ids['finance'],
      startsAt: new Date(now + 86_400_000).toISOString(),
      endsAt: new Date(now + 2 * 86_400_000).toISOString(),
    });
    expect(future.statusCode).toBe(201);
    const tooEarly = await call('POST', `/api/approval/requests/${requestId}/decisions`, s.finance, {
      decision: 'approve',
      onBehalfOfUserId: absent,
    });
    expect(tooEarly.statusCode).toBe(403);
    expect(tooEarly.json().code).toBe('DELEGATION_NOT_ACTIVE');
    await call('POST', '/api/approval/delegations', absentSession, {
      toUserId: ids['finance'],
      startsAt: new Date(now - 60_000).toISOString(),
      endsAt: new Date(now + 3_600_000).toISOString(),
    });
    const inbox = (await call('GET', '/api/approval/inbox', s.finance)).json();
    expect(
      inbox.items.find((i: { requestId: string }) => i.requestId === requestId)?.onBehalfOf,
    ).toBeTruthy();
    const ok = await call('POST', `/api/approval/requests/${requestId}/decisions`, s.finance, {
      decision: 'approve',
      onBehalfOfUserId: absent,
      comment: '代批',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().tasks[0]).toMatchObject({
      approverUserId: absent,
      decidedByUserId: ids['finance'],
      status: 'approved',
    });
    const bad = await call('POST', '/api/approval/delegations', s.owner, {
      toUserId: ids['finance'],
      startsAt: new Date(now).toISOString(),
      endsAt: new Date(now - 1000).toISOString(),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().data.fields[0].path).toBe('endsAt');
  });

  it('withdraws and restarts approval when a pending requisition is edited; a rejection needs a comment', async () => {
    const req = await call('POST', '/api/requisitions', s.purchaser, requisition(30_000, '苹果'));
    const first = req.json().approvalRequestId as string;
    const edited = await call(
      'PUT',
      `/api/requisitions/${req.json().id}`,
      s.purchaser,
      requisition(120_000, '苹果'),
    );
    expect(edited.json()).toMatchObject({
      version: 2,
      status: 'pending_approval',
      totalMinor: yuan(120_000),
    });
    expect(edited.json().approvalRequestId).not.toBe(first);
    expect((await call('GET', `/api/approval/requests/${first}`, s.purchaser)).json().status).toBe(
      'withdrawn',
    );
    const stale = await call('POST', `/api/approval/requests/${first}/decisions`, s.approver, {
      decision: 'approve',
    });
    expect(stale.statusCode).toBe(409);
    const second = edited.json().approvalRequestId as string;
    const approver = (await call('GET', `/api/approval/requests/${second}`, s.purchaser)).json().tasks[0]
      .approverUserId;
    const who = approver === ids['approver'] ? s.approver : s.approver2;
    const blank = await call('POST', `/api/approval/requests/${second}/decisions`, who, {
      decision: 'reject',
    });
    expect(blank.statusCode).toBe(422);
    const rejected = await call('POST', `/api/approval/requests/${second}/decisions`, who, {
      decision: 'reject',
      comment: '预算不足',
    });
    expect(rejected.json().status).toBe('rejected');
    expect((await call('GET', `/api/requisitions/${req.json().id}`, s.purchaser)).json().status).toBe(
      'rejected',
    );
  });

  it('sends a purchase beyond the remaining monthly limit to approval even under 10 000, computed from what was approved', async () => {
    const limit = await call('POST', '/api/approval/spending-limits', s.owner, {
      userId: ids['purchaser'],
      period: 'month',
      limitMinor: yuan(250_000),
    });
    expect(limit.statusCode).toBe(201);
    // 9 999.99 + 150 000 + 50 000 (delegated) were approved this month: 40 000.01 remain
    expect(limit.json()).toMatchObject({ spentMinor: yuan(209_999.99), remainingMinor: yuan(40_000.01) });
    const within = await call('POST', '/api/requisitions', s.purchaser, requisition(5_000, '文具'));
    expect(within.json().status).toBe('approved');
    const beyond = await call('POST', '/api/requisitions', s.purchaser, requisition(36_000.02, '文具'));
    expect(beyond.json().status).toBe('pending_approval');
    const request = (
      await call('GET', `/api/approval/requests/${beyond.json().approvalRequestId}`, s.purchaser)
    ).json();
    expect(request.overSpendingLimit).toBe(true);
  });

  it('escalates an overdue level once, however many times the job runs', async () => {
    const req = await call('POST', '/api/requisitions', s.purchaser, requisition(60_000, '托盘'));
    const requestId = req.json().approvalRequestId as string;
    const engine = h.app.get(ApprovalService);
    expect(await engine.escalateLevel(requestId, 1, new Date())).toBe(false); // not due yet
    const later = new Date(Date.now() + 25 * 3600_000);
    const results = await Promise.all([1, 2, 3].map(() => engine.escalateLevel(requestId, 1, later)));
    expect(results.filter(Boolean)).toHaveLength(1);
    const entries = await h.db.prisma.auditEntry.findMany({
      where: { subjectId: requestId, action: 'approval.escalated' },
    });
    expect(entries).toHaveLength(1);
    const job = await h.app
      .get(ApprovalService)
      ['queues'].queue('approval-escalation')
      .getJob(`escalate-${requestId}-1`);
    expect(job?.opts.delay).toBeGreaterThan(23 * 3600_000);
  });
});

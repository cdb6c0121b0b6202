import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpHarness, type HttpHarness } from './testing/http';

describe('company administration', () => {
  let h: HttpHarness;
  let companyId: string;
  let owner: { cookies: Record<string, string> };

  beforeAll(async () => {
    h = await httpHarness();
    const c = await h.make.company(['buyer'], { name: '华鑫食品' });
    companyId = c.id;
    await h.make.member(c.id, 'owner', 'owner@huaxin.test');
    owner = await h.signIn('owner@huaxin.test');
  });
  afterAll(async () => {
    await h?.close();
  });

  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    as: { cookies: Record<string, string> },
    payload?: object,
  ) => h.app.inject({ method, url, payload, ...as });

  it('invites a new staff member, who sets a password from the mail and signs in', async () => {
    const dept = await call('POST', '/api/company/departments', owner, {
      name: '采购部',
      budgetCode: 'CC-100',
    });
    expect(dept.statusCode).toBe(201);
    const clash = await call('POST', '/api/company/departments', owner, {
      name: '采购二部',
      budgetCode: 'CC-100',
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().data.fields.map((f: { path: string }) => f.path)).toEqual(['budgetCode']);
    const invited = await call('POST', '/api/company/members', owner, {
      email: 'New.Buyer@huaxin.test',
      displayName: '王采购',
      role: 'purchaser',
      departmentId: dept.json().id,
    });
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toMatchObject({
      email: 'new.buyer@huaxin.test',
      role: 'purchaser',
      departmentId: dept.json().id,
    });
    const again = await call('POST', '/api/company/members', owner, {
      email: 'new.buyer@huaxin.test',
      displayName: 'x',
      role: 'viewer',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().data.fields[0].path).toBe('email');

    const mail = await h.db.prisma.outboxMail.findFirstOrThrow({ where: { to: 'new.buyer@huaxin.test' } });
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    const set = await h.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, newPassword: 'First-password-1' },
    });
    expect(set.statusCode).toBe(200);
    const signIn = await h.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'new.buyer@huaxin.test', password: 'First-password-1' },
    });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().permissions).toContain('requisition:create');
  });

  it('refuses references to roles or departments the company does not have, at the field, changing nothing', async () => {
    const other = await h.make.company();
    const foreignDept = await h.db.prisma.department.create({
      data: { companyId: other.id, name: 'x', budgetCode: 'X1' },
    });
    const before = await h.db.prisma.membership.count();
    const res = await call('POST', '/api/company/members', owner, {
      email: 'someone@huaxin.test',
      displayName: 'S',
      role: 'viewer',
      departmentId: foreignDept.id,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().data.fields[0].path).toBe('departmentId');
    expect(await h.db.prisma.membership.count()).toBe(before);
    const bad = await call('POST', '/api/company/members', owner, {
      email: 'not-an-email',
      displayName: '',
      role: 'owner',
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .data.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['displayName', 'email', 'role']);
  });

  it('builds a custom role that grants a permission, and audits every change with before and after', async () => {
    const { membership } = await h.make.member(companyId, 'viewer', 'auditor@huaxin.test');
    const auditor = await h.signIn('auditor@huaxin.test');
    expect((await call('GET', '/api/company/audit', auditor)).statusCode).toBe(403);

    const role = await call('POST', '/api/company/roles', owner, {
      name: '内审',
      permissions: ['audit:view'],
    });
    expect(role.statusCode).toBe(201);
    const assign = await call('PATCH', `/api/company/members/${membership.id}`, owner, {
      customRoleIds: [role.json().id],
    });
    expect(assign.statusCode).toBe(200);
    expect(assign.json().customRoleIds).toEqual([role.json().id]);

    const log = await call('GET', '/api/company/audit?pageSize=50', auditor);
    expect(log.statusCode).toBe(200);
    const actions = log.json().items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['role.create', 'member.update', 'member.invite', 'department.create']),
    );
    const update = log.json().items.find((e: { action: string }) => e.action === 'member.update');
    expect(update.before.customRoleIds).toEqual([]);
    expect(update.after.customRoleIds).toEqual([role.json().id]);
    expect(update.actorName).toBe('owner');

    const renamed = await call('PATCH', `/api/company/roles/${role.json().id}`, owner, {
      permissions: ['audit:view', 'user:view'],
    });
    expect(renamed.json()).toMatchObject({ memberCount: 1, permissions: ['audit:view', 'user:view'] });
    expect((await call('GET', '/api/company/members', auditor)).statusCode).toBe(200);
    expect((await call('DELETE', `/api/company/roles/${role.json().id}`, owner)).statusCode).toBe(200);
    expect((await call('GET', '/api/company/audit', auditor)).statusCode).toBe(403);
  });

  it('issues an API key shown once, usable with Bearer, limited to its permissions, revocable, last use recorded', async () => {
    const created = await call('POST', '/api/company/api-keys', owner, {
      name: 'ERP',
      permissions: ['company:view'],
    });
    expect(created.statusCode).toBe(201);
    const { apiKey, secret } = created.json();
    expect(secret).toMatch(/^tw_[0-9a-f]{12}_/);
    const listed = await call('GET', '/api/company/api-keys', owner);
    expect(JSON.stringify(listed.json())).not.toContain(secret.slice(16)); // tw_ + 12-char prefix + _
    const bearer = { headers: { authorization: `Bearer ${secret}` } };
    const members = await h.app.inject({ method: 'GET', url: '/api/company/members', ...bearer });
    expect(members.statusCode).toBe(200);
    expect((await h.app.inject({ method: 'GET', url: '/api/company/audit', ...bearer })).statusCode).toBe(
      403,
    );
    expect((await h.app.inject({ method: 'GET', url: '/api/auth/me', ...bearer })).statusCode).toBe(403);
    expect(
      (await h.db.prisma.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } })).lastUsedAt,
    ).not.toBeNull();
    expect(
      (await call('POST', `/api/company/api-keys/${apiKey.id}/revoke`, owner)).json().revokedAt,
    ).not.toBeNull();
    expect((await h.app.inject({ method: 'GET', url: '/api/company/members', ...bearer })).statusCode).toBe(
      401,
    );
    const wrong = await h.app.inject({
      method: 'GET',
      url: '/api/company/members',
      headers: { authorization: `Bearer ${secret}x` },
    });
    expect(wrong.statusCode).toBe(401);
  });

  it('refuses a key with more rights than its creator', async () => {
    const other = await h.make.company();
    await h.make.member(other.id, 'sales_manager', 'manager@seller.test');
    const manager = await h.signIn('manager@seller.test');
    const res = await call('POST', '/api/company/api-keys', manager, {
      name: 'x',
      permissions: ['user:view'],
    });
    expect(res.statusCode).toBe(403); // sales managers do not manage keys at all
  });

  it('disables a leaver and hands its open requisitions and approval tasks to the chosen colleague', async () => {
    const leaver = await h.make.member(companyId, 'purchaser', 'leaver@huaxin.test');
    const heir = await h.make.member(companyId, 'purchaser', 'heir@huaxin.test');
    const pr = await h.db.prisma.purchaseRequisition.create({
      data: {
        companyId,
        number: 'PR-TEST-1',
        requesterId: leaver.user.id,
        ownerId: leaver.user.id,
        title: '白砂糖 100 吨',
        currency: 'CNY',
        totalMinor: 60_000_000n,
        lines: [],
        status: 'pending_approval',
      },
    });
    const leaverSession = await h.signIn('leaver@huaxin.test');
    const res = await call('POST', `/api/company/members/${leaver.membership.id}/disable`, owner, {
      reassignToMembershipId: heir.membership.id,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().reassigned).toMatchObject({ requisitions: 1 });
    expect((await h.db.prisma.purchaseRequisition.findUniqueOrThrow({ where: { id: pr.id } })).ownerId).toBe(
      heir.user.id,
    );
    expect((await call('GET', '/api/auth/me', leaverSession)).statusCode).toBe(401);
    const ownerRow = (await call('GET', '/api/company/members', owner))
      .json()
      .items.find((m: { isOwner: boolean }) => m.isOwner);
    const refused = await call('POST', `/api/company/members/${ownerRow.membershipId}/disable`, owner, {});
    expect(refused.statusCode).toBe(422);
  });

  it('shows a group admin the audit of its subsidiaries, and a subsidiary nothing of its parent', async () => {
    const group = await h.make.company(['buyer'], { name: 'Group' });
    const sub = await h.make.company(['buyer'], { name: 'Sub', parentId: group.id });
    await h.make.member(group.id, 'owner', 'group.owner@group.test');
    await h.make.member(sub.id, 'owner', 'sub.owner@sub.test');
    const groupOwner = await h.signIn('group.owner@group.test');
    const subOwner = await h.signIn('sub.owner@sub.test');
    await call('POST', '/api/company/departments', groupOwner, { name: 'HQ', budgetCode: 'HQ' });
    await call('POST', '/api/company/departments', subOwner, { name: 'Plant', budgetCode: 'P1' });
    const groupView = (await call('GET', '/api/company/audit?action=department', groupOwner)).json();
    expect(groupView.items.map((e: { companyId: string }) => e.companyId).sort()).toEqual(
      [group.id, sub.id].sort(),
    );
    const subView = (await call('GET', '/api/company/audit?action=department', subOwner)).json();
    expect(subView.items.map((e: { companyId: string }) => e.companyId)).toEqual([sub.id]);
  });

  it("shows the owner each staff account's activity today, and nobody without activity:view", async () => {
    await h.make.member(companyId, 'purchaser', 'active@huaxin.test');
    const active = await h.signIn('active@huaxin.test');
    await call('POST', '/api/requisitions', active, {
      title: '纸箱',
      lines: [{ description: '纸箱', quantity: '100', unit: 'piece', unitPriceMinor: '250' }],
    });
    const report = await call('GET', '/api/company/staff-activity?period=day', owner);
    expect(report.statusCode).toBe(200);
    expect(report.json().rows.find((r: { email: string }) => r.email === 'active@huaxin.test')).toMatchObject(
      {
        signIns: 1,
        requisitionsSubmitted: 1,
      },
    );
    expect((await call('GET', '/api/company/staff-activity', active)).statusCode).toBe(403);
    const bad = await call('GET', '/api/company/staff-activity?period=year', owner);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().data.fields[0].path).toBe('period');
  });
});

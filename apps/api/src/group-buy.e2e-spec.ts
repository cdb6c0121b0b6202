import { GroupBuyRepository } from '@tradeway/server/group-buy/data-access';
import { CampaignFeed, GroupBuySettlementService } from '@tradeway/server/group-buy/feature';
import { AuditService, OrderPlacementGateway } from '@tradeway/server/platform';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { httpHarness, type HttpHarness } from './testing/http';
import { sseClient, until } from './testing/sse';

type Session = { cookies: Record<string, string> };
type Res = Awaited<ReturnType<HttpHarness['app']['inject']>>;
type CampaignBody = {
  id: string;
  number: string;
  side: string;
  eligible: boolean;
  progress: {
    status: string;
    total: string;
    participants: number;
    currentPrice: string;
    nextTier: { unitPrice: string; needed: string } | null;
    room: string | null;
  };
  mine: { quantity: string; depositMinor: string; depositStatus: string; orderId: string | null } | null;
  finalPrice: string | null;
};

const HOUR = 3_600_000;
const FACTORIES = 10;

describe('group buys over HTTP', () => {
  let h: HttpHarness;
  let skuId = '';
  let settlement: GroupBuySettlementService;
  const s = {} as Record<string, Session>;
  const id = {} as Record<string, string>;
  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    as: Session | null | undefined,
    payload?: object,
  ) => h.app.inject({ method, url, payload, ...(as ?? {}) });
  const ok = async <T>(res: Res, status = 200): Promise<T> => {
    expect(res.statusCode, res.body).toBe(status);
    return res.json() as T;
  };
  const fieldOf = (res: Res) =>
    (res.json() as { data?: { fields?: Array<{ path: string }> } }).data?.fields?.[0]?.path;

  /** The sugar campaign of DESIGN.md §7: < 500 t 5 000; ≥ 500 t 4 900; ≥ 1 000 t 4 800. */
  const input = (over: Record<string, unknown> = {}) => ({
    skuId,
    title: '广西食品厂白砂糖集采',
    regions: ['CN-GX'],
    ladder: [
      { minQuantity: '0', unitPrice: '5000' },
      { minQuantity: '500', unitPrice: '4900' },
      { minQuantity: '1000', unitPrice: '4800' },
    ],
    minTotal: '600',
    maxTotal: '1500',
    perBuyerMin: '20',
    perBuyerMax: '300',
    lockAt: new Date(Date.now() + 24 * HOUR).toISOString(),
    deadline: new Date(Date.now() + 48 * HOUR).toISOString(),
    deliveryMonths: ['2027-01', '2027-02'],
    depositBps: 1000,
    paymentTerm: 'cash',
    ...over,
  });
  const open = async (over: Record<string, unknown> = {}) => {
    const draft = await ok<CampaignBody>(await call('POST', '/api/group-buys', s.mill, input(over)), 201);
    return ok<CampaignBody>(await call('POST', `/api/group-buys/${draft.id}/publish`, s.mill));
  };
  const join = (campaignId: string, who: string, quantity: string, deliveryMonth = '2027-01') =>
    call('PUT', `/api/group-buys/${campaignId}/commitment`, s[who] ?? null, { quantity, deliveryMonth });
  /** Moves a campaign's lock and deadline into the past (as time would). */
  const passDeadline = (campaignId: string) =>
    h.db.prisma.groupBuyCampaign.update({
      where: { id: campaignId },
      data: { lockAt: new Date(Date.now() - 2 * HOUR), deadline: new Date(Date.now() - HOUR) },
    });

  beforeAll(async () => {
    h = await httpHarness({ RATE_LIMIT_FACTOR: '10' });
    const db = h.db.prisma;
    const mill = await h.make.company(['seller'], { name: '桂糖', nameEn: 'Guitang Sugar' });
    const otherMill = await h.make.company(['seller'], { name: '南宁糖业' });
    const far = await h.make.company(['buyer'], { name: '山东烘焙' });
    await db.company.update({ where: { id: far.id }, data: { regionCode: 'CN-SD' } });
    Object.assign(id, { mill: mill.id, otherMill: otherMill.id, far: far.id });
    for (let i = 1; i <= FACTORIES; i++) {
      // only the first factory has an English name
      const f = await h.make.company(['buyer'], {
        name: `广西食品厂${i}`,
        nameEn: i === 1 ? 'Guangxi Food Factory 1' : undefined,
      });
      await db.company.update({ where: { id: f.id }, data: { regionCode: 'CN-GX' } });
      id[`f${i}`] = f.id;
      await h.make.member(f.id, 'purchaser', `f${i}@gb.test`);
      s[`f${i}`] = await h.signIn(`f${i}@gb.test`);
    }
    for (const [who, company, role] of [
      ['mill', mill.id, 'sales_manager'],
      ['millSales', mill.id, 'sales'],
      ['otherMill', otherMill.id, 'sales_manager'],
      ['far', far.id, 'purchaser'],
    ] as const) {
      await h.make.member(company, role, `${who.toLowerCase()}@gb.test`);
      s[who] = await h.signIn(`${who.toLowerCase()}@gb.test`);
    }
    skuId = (await h.make.sugarSku(mill.id, 'gb', { code: 'WS-GB1' })).id;
    settlement = new GroupBuySettlementService(
      h.app.get(GroupBuyRepository),
      h.app.get(OrderPlacementGateway),
      h.app.get(AuditService),
      h.app.get(CampaignFeed),
    );
  });
  afterAll(async () => {
    await h?.close();
  });
  const sse = sseClient(() => h);
  afterEach(() => sse.stopAll());

  it('refuses bad terms with the field at fault, and creates nothing', async () => {
    const before = await h.db.prisma.groupBuyCampaign.count();
    const cases: Array<[Session | undefined, Record<string, unknown>, number, string]> = [
      [s.mill, { minTotal: '-5' }, 400, 'minTotal'],
      [s.mill, { regions: [] }, 400, 'regions'],
      [s.mill, { ladder: [{ minQuantity: '10', unitPrice: '5000' }] }, 422, 'ladder.0.minQuantity'],
      [
        s.mill,
        {
          ladder: [
            { minQuantity: '0', unitPrice: '5000' },
            { minQuantity: '500', unitPrice: '5100' },
          ],
        },
        422,
        'ladder.1.unitPrice',
      ],
      [s.mill, { maxTotal: '100' }, 422, 'maxTotal'],
      [s.mill, { lockAt: new Date(Date.now() + 72 * HOUR).toISOString() }, 422, 'lockAt'],
      [s.mill, { regions: ['CN-GX', 'XX-9'] }, 422, 'regions.1'],
      [s.mill, { deliveryMonths: ['2027-01', '2027-01'] }, 422, 'deliveryMonths.1'],
      // a seller runs group buys of its own SKUs only
      [s.otherMill, {}, 422, 'skuId'],
    ];
    for (const [who, over, status, field] of cases) {
      const res = await call('POST', '/api/group-buys', who ?? null, input(over));
      expect(res.statusCode, `${field}: ${res.body}`).toBe(status);
      expect(fieldOf(res), res.body).toBe(field);
    }
    expect(await h.db.prisma.groupBuyCampaign.count()).toBe(before);
    // a draft is its organiser's (and seller's) alone
    const draft = await ok<CampaignBody>(await call('POST', '/api/group-buys', s.mill, input()), 201);
    expect((await call('GET', `/api/group-buys/${draft.id}`, s.millSales)).statusCode).toBe(200);
    expect((await call('GET', `/api/group-buys/${draft.id}`, s.f1)).statusCode).toBe(404);
    expect((await join(draft.id, 'f1', '100')).statusCode).toBe(404);
  });

  it('ten factories of 100 t reach the 1 000 t tier; a factory outside the region is refused; all pay 4 800', async () => {
    const c = await open();
    expect(c.progress).toMatchObject({ status: 'open', total: '0.000', currentPrice: '5000.0000' });
    // a draft is the organiser's alone; open, the region's buyers discover it
    const discovered = await ok<{ items: Array<{ id: string }> }>(
      await call('GET', '/api/group-buys?scope=discover', s.f1),
    );
    expect(discovered.items.map((i) => i.id)).toContain(c.id);
    expect(
      (await ok<{ items: Array<{ id: string }> }>(await call('GET', '/api/group-buys?scope=discover', s.far)))
        .items,
    ).toEqual([]);
    expect(await ok<CampaignBody>(await call('GET', `/api/group-buys/${c.id}`, s.far))).toMatchObject({
      eligible: false,
    });
    const far = await join(c.id, 'far', '100');
    expect(far.statusCode).toBe(403);
    expect(far.json()).toMatchObject({
      code: 'JOIN_REGION_NOT_ELIGIBLE',
      data: { params: { region: 'CN-SD' } },
    });
    // a seller sees no open campaign of another seller
    expect((await call('GET', `/api/group-buys/${c.id}`, s.otherMill)).statusCode).toBe(404);

    const joined = await Promise.all(
      Array.from({ length: FACTORIES }, (_, i) =>
        join(c.id, `f${i + 1}`, '100', i % 2 ? '2027-02' : '2027-01'),
      ),
    );
    for (const res of joined) expect(res.statusCode, res.body).toBe(200);
    const seen = await ok<CampaignBody>(await call('GET', `/api/group-buys/${c.id}`, s.f3));
    expect(seen.progress).toMatchObject({
      total: '1000.000',
      participants: 10,
      currentPrice: '4800.0000',
      nextTier: null,
      room: '500.000',
    });
    // the names in both languages (English pages show the English ones)
    expect(seen).toMatchObject({
      organiserName: '桂糖',
      organiserNameEn: 'Guitang Sugar',
      sellerName: '桂糖',
      sellerNameEn: 'Guitang Sugar',
      productName: '白砂糖',
      productNameEn: 'White sugar',
    });
    // 100 t × 5 000 × 10 % = 50 000.00 held
    expect(seen.mine).toMatchObject({ quantity: '100.000', depositMinor: '5000000', depositStatus: 'held' });

    // per-buyer limits and the region, with the field at fault
    const tooMuch = await join(c.id, 'f1', '301');
    expect([tooMuch.statusCode, fieldOf(tooMuch)]).toEqual([422, 'quantity']);
    const month = await join(c.id, 'f1', '100', '2027-03');
    expect([month.statusCode, fieldOf(month)]).toEqual([422, 'deliveryMonth']);
    const seller = await join(c.id, 'mill', '100');
    expect(seller.statusCode).toBe(403);

    // the organiser's monitor: months and participants; a participant may not see it
    const monitor = await ok<{
      byMonth: Array<{ month: string; quantity: string }>;
      participants: Array<{ buyerId: string; buyerName: string; buyerNameEn: string | null }>;
    }>(await call('GET', `/api/group-buys/${c.id}/monitor`, s.mill));
    expect(monitor.byMonth).toEqual([
      { month: '2027-01', quantity: '500.000', participants: 5 },
      { month: '2027-02', quantity: '500.000', participants: 5 },
    ]);
    expect(monitor.participants).toHaveLength(10);
    const named = (n: number) => monitor.participants.find((p) => p.buyerId === id[`f${n}`]);
    expect(named(1)).toMatchObject({ buyerName: '广西食品厂1', buyerNameEn: 'Guangxi Food Factory 1' });
    expect(named(2)).toMatchObject({ buyerName: '广西食品厂2', buyerNameEn: null });
    expect((await call('GET', `/api/group-buys/${c.id}/monitor`, s.f1)).statusCode).toBe(404);

    await passDeadline(c.id);
    const late = await join(c.id, 'f2', '150');
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'JOIN_DEADLINE_PASSED' });

    const run = await settlement.settle(c.id);
    expect(run).toMatchObject({ outcome: 'succeeded', orders: 10, released: 0 });
    const orders = await h.db.prisma.order.findMany({ where: { sourceId: c.id }, include: { lines: true } });
    expect(orders).toHaveLength(10);
    for (const o of orders) {
      expect(o).toMatchObject({ source: 'group_buy', sellerId: id.mill, status: 'placed' });
      expect(o.lines[0]?.unitPrice.toFixed(0)).toBe('4800');
      // 100 t × 4 800 = 480 000.00 net, 13 % VAT
      expect([o.netMinor, o.taxMinor]).toEqual([48_000_000n, 6_240_000n]);
    }
    // running it again creates nothing and releases nothing
    expect(await settlement.settle(c.id)).toMatchObject({ outcome: 'not_due', orders: 0 });
    expect(await h.db.prisma.order.count({ where: { sourceId: c.id } })).toBe(10);
    const after = await ok<CampaignBody>(await call('GET', `/api/group-buys/${c.id}`, s.f3));
    expect(after).toMatchObject({ finalPrice: '4800.0000', progress: { status: 'succeeded' } });
    expect(after.mine).toMatchObject({ depositStatus: 'applied' });
    expect((await call('GET', `/api/orders/${after.mine?.orderId}`, s.f3)).statusCode).toBe(200);
    expect((await call('GET', `/api/orders/${after.mine?.orderId}`, s.f4)).statusCode).toBe(404);
  });

  it('a campaign that misses its minimum releases every deposit and places no order', async () => {
    const c = await open();
    await ok(await join(c.id, 'f1', '100'));
    await ok(await join(c.id, 'f2', '200'));
    // before the lock: reduce, change the month, withdraw
    await ok(await join(c.id, 'f2', '150', '2027-02'));
    await ok(await call('DELETE', `/api/group-buys/${c.id}/commitment`, s.f1));
    await ok(await join(c.id, 'f1', '120'));
    // past the lock: raise only
    await h.db.prisma.groupBuyCampaign.update({
      where: { id: c.id },
      data: { lockAt: new Date(Date.now() - HOUR) },
    });
    const down = await join(c.id, 'f1', '100');
    expect([down.statusCode, down.json().code]).toEqual([409, 'JOIN_LOCKED']);
    expect((await call('DELETE', `/api/group-buys/${c.id}/commitment`, s.f1)).statusCode).toBe(409);
    await ok(await join(c.id, 'f1', '130'));
    await passDeadline(c.id);
    expect(await settlement.settle(c.id)).toMatchObject({ outcome: 'failed', orders: 0, released: 2 });
    expect(await settlement.settle(c.id)).toMatchObject({ outcome: 'not_due', released: 0 });
    const rows = await h.db.prisma.groupBuyCommitment.findMany({ where: { campaignId: c.id } });
    expect(rows.map((r) => r.depositStatus)).toEqual(['released', 'released']);
    expect(await h.db.prisma.order.count({ where: { sourceId: c.id } })).toBe(0);
    const changes = await h.db.prisma.groupBuyCommitmentChange.findMany({
      where: { campaignId: c.id },
      orderBy: { id: 'asc' },
    });
    expect(changes.map((x) => x.kind)).toEqual([
      'joined',
      'joined',
      'reduced',
      'withdrawn',
      'joined',
      'raised',
      'released',
      'released',
    ]);
    expect(changes.at(-3)?.total.toFixed(0)).toBe('280');
  });

  it('refuses a join beyond the maximum and says how much room is left', async () => {
    const c = await open({ maxTotal: '650', minTotal: '100' });
    await ok(await join(c.id, 'f1', '300'));
    await ok(await join(c.id, 'f2', '300'));
    const full = await join(c.id, 'f3', '100');
    expect(full.statusCode).toBe(409);
    expect(full.json()).toMatchObject({ code: 'JOIN_ABOVE_MAX_TOTAL', data: { params: { room: '50.000' } } });
    await ok(await join(c.id, 'f3', '50'));
    const row = await h.db.prisma.groupBuyCampaign.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.total.toFixed(0)).toBe('650');
  });

  it('pushes the progress to every viewer as commitments come in, and to no one outside', async () => {
    const c = await open();
    const watch = async (who: string) => {
      const { status, stream } = await sse.open(`/api/group-buys/${c.id}/live`, s[who] as Session);
      expect(status).toBe(200);
      return stream;
    };
    const factory = await watch('f5');
    const organiser = await watch('mill');
    await until(() => factory.events.length === 1 && organiser.events.length === 1);
    expect(factory.events[0]).toMatchObject({ total: '0.000', currentPrice: '5000.0000', participants: 0 });
    await ok(await join(c.id, 'f6', '300'));
    await ok(await join(c.id, 'f7', '250'));
    await until(() => factory.events.some((e) => e['total'] === '550.000'));
    expect(factory.events.at(-1)).toMatchObject({
      currentPrice: '4900.0000',
      participants: 2,
      nextTier: { unitPrice: '4800.0000', needed: '450.000' },
      room: '950.000',
    });
    await until(() => organiser.events.some((e) => e['total'] === '550.000'));
    // nothing a participant is sent names another's commitment
    expect(JSON.stringify(factory.events)).not.toMatch(/广西食品厂6|buyerId/);
    expect((await sse.open(`/api/group-buys/${c.id}/live`, s.otherMill as Session)).status).toBe(404);
  });

  it('a commitment above the buyer’s limit waits for its approval; approved, it joins the pool; rejected, nothing', async () => {
    const c = await open();
    // 广西食品厂8 asks its approver for any group-buy commitment of ¥500 000 or more
    await h.make.member(id.f8 as string, 'owner', 'f8owner@gb.test');
    await h.make.member(id.f8 as string, 'approver', 'f8approver@gb.test');
    s.f8owner = await h.signIn('f8owner@gb.test');
    s.f8approver = await h.signIn('f8approver@gb.test');
    await ok(
      await call('POST', '/api/approval/policies', s.f8owner, {
        subjectType: 'group_buy_commitment',
        name: '大额团购',
        priority: 1,
        conditions: { minAmountMinor: '50000000' },
        levels: [{ order: 1, mode: 'any', approverRoles: ['approver'] }],
      }),
      201,
    );
    // 50 t × 5 000 = 250 000: below the limit, joined at once
    await ok(await join(c.id, 'f8', '50'));
    // 150 t × 5 000 = 750 000: waits
    const waiting = await ok<
      CampaignBody & { pendingRequest: { status: string; approvalRequestId: string } }
    >(await join(c.id, 'f8', '150'));
    expect(waiting.pendingRequest).toMatchObject({ status: 'pending_approval' });
    expect(waiting.progress.total).toBe('50.000');
    expect(waiting.mine).toMatchObject({ quantity: '50.000' });
    const again = await join(c.id, 'f8', '160');
    expect([again.statusCode, again.json().code]).toEqual([409, 'JOIN_APPROVAL_PENDING']);
    await ok(
      await call(
        'POST',
        `/api/approval/requests/${waiting.pendingRequest.approvalRequestId}/decisions`,
        s.f8approver,
        {
          decision: 'approve',
          comment: '同意',
        },
      ),
    );
    const joined = await ok<CampaignBody & { pendingRequest: { status: string } }>(
      await call('GET', `/api/group-buys/${c.id}`, s.f8),
    );
    expect(joined.pendingRequest).toMatchObject({ status: 'applied' });
    expect(joined.mine).toMatchObject({ quantity: '150.000' });
    expect(joined.progress.total).toBe('150.000');

    const big = await ok<CampaignBody & { pendingRequest: { approvalRequestId: string } }>(
      await join(c.id, 'f8', '250'),
    );
    await ok(
      await call(
        'POST',
        `/api/approval/requests/${big.pendingRequest.approvalRequestId}/decisions`,
        s.f8approver,
        {
          decision: 'reject',
          comment: '暂不追加',
        },
      ),
    );
    const after = await ok<CampaignBody & { pendingRequest: { status: string } }>(
      await call('GET', `/api/group-buys/${c.id}`, s.f8),
    );
    expect(after.pendingRequest).toMatchObject({ status: 'rejected' });
    expect(after.progress.total).toBe('150.000');
    // a reduction passes no approval
    await ok(await join(c.id, 'f8', '100'));
  });
});

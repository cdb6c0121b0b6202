import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpHarness, type HttpHarness } from './testing/http';

type Session = { cookies: Record<string, string> };
type OrderBody = {
  id: string;
  number: string;
  side: 'buyer' | 'seller';
  buyerId: string;
  sellerId: string;
  status: string;
  source: string;
  sourceId: string | null;
  channel: string;
  currency: string;
  paymentTerm: string;
  delivery: { mode: string; warehouseId?: string; region?: string };
  netMinor: string;
  taxMinor: string;
  totalMinor: string;
  buyerReference: string;
  note: string;
  scheduledDate: string | null;
  rejectionReason: string | null;
  cancellation: string | null;
  cancelReason: string | null;
  approvalRequestId: string | null;
  placedAt: string | null;
  version: number;
  lines: Array<{
    id: string;
    skuId: string;
    skuCode: string;
    quantity: string;
    unit: string;
    unitPrice: string;
    taxRateBps: number;
    netMinor: string;
    taxMinor: string;
    totalMinor: string;
  }>;
  reservations: Array<{
    locationId: string;
    warehouseId: string;
    quantity: string;
    releasedAt: string | null;
  }>;
  events: Array<{ kind: string; actor: string; data: Record<string, unknown> }>;
  allowedCommands: string[];
};
type QuoteBody = {
  id: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  netMinor: string;
  taxMinor: string;
  totalMinor: string;
  taxRateBps: number;
  currency: string;
};
type ErrorBody = {
  code: string;
  status: number;
  message: string;
  data?: { fields?: Array<{ path: string }>; params?: Record<string, string>; lineId?: string };
};

/** A China day, `offset` days from today (the server's business days, DESIGN.md §14). */
const day = (offset: number) =>
  new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * DESIGN.md §8 (orders), §9 (approval of purchase orders) and §14 (idempotency keys, audit,
 * bad input) over HTTP: a sugar mill with stock in two warehouses, a food group with a
 * purchaser, an approver and a policy for large orders, a rival mill and a stranger.
 */
describe('orders over HTTP', () => {
  let h: HttpHarness;
  type Who =
    | 'millOwner'
    | 'millSales'
    | 'millStore'
    | 'buyerOwner'
    | 'purchaser'
    | 'approver'
    | 'freeBuyer'
    | 'rivalOwner'
    | 'strangerOwner'
    | 'lister';
  const s = {} as Record<Who, Session>;
  const email = (who: Who) => `${who.toLowerCase()}@orders.test`;
  const id = {} as Record<
    | 'mill'
    | 'buyer'
    | 'free'
    | 'rival'
    | 'stranger'
    | 'listBuyer'
    | 'sku'
    | 'scarce'
    | 'rivalSku'
    | 'pickup'
    | 'pickupLoc'
    | 'far'
    | 'farLoc'
    | 'list',
    string
  >;

  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    as: Session | null,
    payload?: object,
    headers: Record<string, string> = {},
  ) => h.app.inject({ method, url, payload, headers, ...(as ?? {}) });
  const ok = async <T>(res: Awaited<ReturnType<typeof call>>, status = 200): Promise<T> => {
    expect(res.statusCode, res.body).toBe(status);
    return res.json() as T;
  };
  const quote = async (as: Session, quantity: string, skuId = id.sku, pickup = true): Promise<QuoteBody> =>
    ok<QuoteBody>(
      await call('POST', '/api/quotes', as, {
        skuId,
        quantity,
        delivery: pickup
          ? { mode: 'pickup', warehouseId: skuId === id.rivalSku ? id.far : id.pickup }
          : { mode: 'delivery', region: 'CN-GD' },
      }),
      201,
    );
  const place = (as: Session, body: object, key?: string) =>
    call('POST', '/api/orders', as, body, key ? { 'idempotency-key': key } : {});
  const order = async (
    as: Session,
    quantity = '1',
    extra: object = {},
    skuId = id.sku,
  ): Promise<OrderBody> => {
    const q = await quote(as, quantity, skuId);
    return ok<OrderBody>(await place(as, { quoteId: q.id, ...extra }), 201);
  };
  const get = (as: Session, orderId: string) => call('GET', `/api/orders/${orderId}`, as);
  const act = (as: Session, orderId: string, command: 'confirm' | 'reject' | 'cancel', body: object = {}) =>
    call('POST', `/api/orders/${orderId}/${command}`, as, body);
  const error = (res: Awaited<ReturnType<typeof call>>) => res.json() as ErrorBody;
  const db = () => h.db.prisma;
  const stock = async (skuId: string, locationId: string) => {
    const l = await db().inventoryLevel.findUniqueOrThrow({
      where: { skuId_locationId: { skuId, locationId } },
    });
    return { onHand: l.onHand.toFixed(3), reserved: l.reserved.toFixed(3) };
  };
  const setStock = (skuId: string, locationId: string, onHand: string) =>
    db().inventoryLevel.upsert({
      where: { skuId_locationId: { skuId, locationId } },
      create: { skuId, locationId, onHand },
      update: { onHand, reserved: '0' },
    });
  const mails = (who: Who, orderNumber: string) =>
    db().outboxMail.findMany({ where: { to: email(who), subject: { contains: orderNumber } } });
  const audits = (orderId: string) =>
    db().auditEntry.findMany({
      where: { subjectType: 'order', subjectId: orderId },
      orderBy: { seq: 'asc' },
    });
  /** A quote stored as the engine stores it, for cases the API cannot make (an expired quote). */
  const storedQuote = async (buyerId: string, over: { validUntil?: Date } = {}) =>
    db().quote.create({
      data: {
        number: `Q-T-${randomUUID().slice(0, 8)}`,
        sellerId: id.mill,
        buyerId,
        skuId: id.sku,
        origin: 'buyer_request',
        createdById: (await db().user.findFirstOrThrow({ where: { email: email('purchaser') } })).id,
        status: 'active',
        priceListId: id.list,
        request: {
          skuId: id.sku,
          quantity: '1',
          paymentTerm: 'cash',
          delivery: { mode: 'pickup', warehouseId: id.pickup },
          date: day(0),
        },
        result: { taxRateBps: 1300, lines: [] },
        currency: 'CNY',
        quantity: '1',
        unitPrice: '6000',
        netMinor: 600000n,
        taxMinor: 78000n,
        totalMinor: 678000n,
        validUntil: over.validUntil ?? new Date(Date.now() + 86_400_000),
      },
    });

  beforeAll(async () => {
    h = await httpHarness();
    const mill = await h.make.company(['seller'], { name: '桂糖制糖', nameEn: 'Guitang Sugar' });
    const buyer = await h.make.company(['buyer'], { name: '华鑫食品' });
    const free = await h.make.company(['buyer'], { name: '自由采购食品厂' });
    const rival = await h.make.company(['seller'], { name: '南宁糖业' });
    const stranger = await h.make.company(['buyer', 'seller'], { name: '无关贸易' });
    const listBuyer = await h.make.company(['buyer'], { name: '列表饮料' });
    Object.assign(id, {
      mill: mill.id,
      buyer: buyer.id,
      free: free.id,
      rival: rival.id,
      stranger: stranger.id,
      listBuyer: listBuyer.id,
    });
    for (const [who, company, role] of [
      ['millOwner', mill.id, 'owner'],
      ['millSales', mill.id, 'sales'],
      ['millStore', mill.id, 'warehouse'],
      ['buyerOwner', buyer.id, 'owner'],
      ['purchaser', buyer.id, 'purchaser'],
      ['approver', buyer.id, 'approver'],
      ['freeBuyer', free.id, 'owner'],
      ['rivalOwner', rival.id, 'owner'],
      ['strangerOwner', stranger.id, 'owner'],
      ['lister', listBuyer.id, 'owner'],
    ] as const) {
      await h.make.member(company, role, email(who));
      s[who] = await h.signIn(email(who));
    }
    const grade1 = { specCode: 'SUGAR-WHITE-GB1', attributes: { grade: '一级' } };
    const millSku = await h.make.sugarSku(mill.id, 'orders-mill', { code: 'WS-GB1', ...grade1 });
    id.sku = millSku.id;
    id.scarce = (
      await h.make.sugarSkuOf({ id: millSku.productId, sellerId: mill.id }, { code: 'WS-SCARCE', ...grade1 })
    ).id;
    id.rivalSku = (await h.make.sugarSku(rival.id, 'orders-rival', { code: 'NN-GB1', ...grade1 })).id;
    const warehouse = (code: string, name: string, operatorId: string) =>
      db().warehouseLocation.create({
        data: {
          code: 'A1',
          warehouse: {
            create: {
              code,
              name,
              nameEn: code,
              kind: 'ambient',
              city: '崇左',
              address: '崇左市',
              operatorId,
              dailyStorageFeeMinor: 100n,
              feeUnit: 't',
              exitFeeDays: 3,
            },
          },
        },
      });
    const pickupLoc = await warehouse('CZ-1', '崇左一号库', mill.id);
    const farLoc = await warehouse('NN-9', '南宁九号库', rival.id);
    Object.assign(id, {
      pickup: pickupLoc.warehouseId,
      pickupLoc: pickupLoc.id,
      far: farLoc.warehouseId,
      farLoc: farLoc.id,
    });
    // The mill's sugar: most at its own pickup warehouse, some in a warehouse further away.
    await setStock(id.sku, id.pickupLoc, '1000');
    await setStock(id.sku, id.farLoc, '500');
    await setStock(id.scarce, id.pickupLoc, '10');

    for (const [owner, seller, skus, warehouseId] of [
      [s.millOwner, id.mill, [id.sku, id.scarce], id.pickup],
      [s.rivalOwner, id.rival, [id.rivalSku], id.far],
    ] as const) {
      const list = await ok<{ id: string }>(
        await call('POST', '/api/pricing/lists', owner, {
          kind: 'list',
          code: `LIST-${seller.slice(0, 4)}`,
          name: '2026 公开价',
          delivery: {
            pickups: [{ warehouseId, handlingPerUnit: '0' }],
            zones: [
              {
                code: 'GD',
                nameZh: '广东',
                nameEn: 'Guangdong',
                regions: ['CN-GD'],
                freightPerUnit: '50',
                perShipmentFeeMinor: '20000',
              },
            ],
          },
        }),
        201,
      );
      for (const skuId of skus) {
        await ok(
          await call('PUT', `/api/pricing/lists/${list.id}/items/${skuId}`, owner, { unitPrice: '6000' }),
        );
      }
      const current = await ok<{ version: number }>(
        await call('GET', `/api/pricing/lists/${list.id}`, owner),
      );
      await ok(
        await call('PATCH', `/api/pricing/lists/${list.id}`, owner, {
          status: 'published',
          version: current.version,
        }),
      );
      if (seller === id.mill) id.list = list.id;
    }
    // 华鑫's policy: a purchase order of 1 000 000.00 CNY or more needs its approver.
    await ok(
      await call('POST', '/api/approval/policies', s.buyerOwner, {
        subjectType: 'purchase_order',
        name: '大额采购订单',
        priority: 1,
        conditions: { minAmountMinor: '100000000' },
        levels: [{ order: 1, mode: 'any', approverRoles: ['approver'] }],
      }),
      201,
    );
  });
  afterAll(async () => {
    await h?.close();
  });

  describe('placing an order from a quote', () => {
    it('places it at once when no policy applies, with the quote’s figures exactly, and tells the seller', async () => {
      const q = await quote(s.purchaser, '2');
      const res = await place(s.purchaser, {
        quoteId: q.id,
        buyerReference: 'HX-PO-0001',
        note: '月底前送达',
      });
      const o = await ok<OrderBody>(res, 201);
      expect(o).toMatchObject({
        side: 'buyer',
        status: 'placed',
        source: 'catalog_quote',
        sourceId: q.id,
        channel: 'self_service',
        buyerId: id.buyer,
        sellerId: id.mill,
        currency: 'CNY',
        paymentTerm: 'cash',
        delivery: { mode: 'pickup', warehouseId: id.pickup },
        netMinor: q.netMinor,
        taxMinor: q.taxMinor,
        totalMinor: q.totalMinor,
        buyerReference: 'HX-PO-0001',
        note: '月底前送达',
        version: 1,
      });
      expect(o.number).toMatch(/^PO-\d{8}-\d{6,}$/);
      expect(o.lines).toEqual([
        expect.objectContaining({
          skuId: id.sku,
          skuCode: 'WS-GB1',
          quantity: '2.000',
          unit: 't',
          unitPrice: q.unitPrice,
          taxRateBps: 1300,
          netMinor: q.netMinor,
          taxMinor: q.taxMinor,
          totalMinor: q.totalMinor,
        }),
      ]);
      expect(o.totalMinor).toBe('1356000');
      expect(o.events.map((e) => [e.kind, e.actor])).toEqual([['order.placed', 'buyer']]);
      // The buyer may cancel a placed order; only the seller confirms it.
      expect(o.allowedCommands).toEqual(['cancel']);

      const stored = await db().quote.findUniqueOrThrow({ where: { id: q.id } });
      expect(stored.status).toBe('accepted');
      expect(stored.acceptedAt).not.toBeNull();
      expect((await audits(o.id)).map((a) => a.action)).toEqual(['order.place']);
      expect(await mails('millOwner', o.number)).toHaveLength(1);

      const asSeller = await ok<OrderBody>(await get(s.millSales, o.id));
      expect(asSeller).toMatchObject({ side: 'seller', status: 'placed', approvalRequestId: null });
      expect(asSeller.allowedCommands).toEqual(['confirm', 'reject', 'cancel']);
    });

    it('sends a large order to the approver; approval places it and only then does the seller see it', async () => {
      const o = await order(s.purchaser, '200');
      expect(o.status).toBe('pending_approval');
      expect(o.approvalRequestId).not.toBeNull();
      expect(o.events.map((e) => e.kind)).toEqual(['order.submitted']);
      expect(o.allowedCommands).toEqual(['cancel']);
      // The seller does not see an order that is still the buyer's internal business.
      expect((await get(s.millOwner, o.id)).statusCode).toBe(404);
      expect(await mails('millOwner', o.number)).toHaveLength(0);
      expect(
        await db().outboxMail.count({ where: { to: email('approver'), subject: { contains: o.number } } }),
      ).toBe(1);

      // The purchaser cannot approve it; the approver can.
      expect(
        (
          await call('POST', `/api/approval/requests/${o.approvalRequestId}/decisions`, s.purchaser, {
            decision: 'approve',
          })
        ).statusCode,
      ).toBe(403);
      await ok(
        await call('POST', `/api/approval/requests/${o.approvalRequestId}/decisions`, s.approver, {
          decision: 'approve',
          comment: '同意',
        }),
      );
      const approved = await ok<OrderBody>(await get(s.purchaser, o.id));
      expect(approved.status).toBe('placed');
      expect(approved.placedAt).not.toBeNull();
      expect(approved.version).toBe(2);
      expect(approved.events.map((e) => [e.kind, e.actor])).toEqual([
        ['order.submitted', 'buyer'],
        ['order.approved', 'system'],
      ]);
      expect((await audits(o.id)).map((a) => a.action)).toEqual(['order.place', 'order.approve']);
      expect(await mails('millOwner', o.number)).toHaveLength(1);
      expect((await ok<OrderBody>(await get(s.millOwner, o.id))).status).toBe('placed');
    });

    it('cancels the order when the approver rejects it, without the seller ever hearing of it', async () => {
      const o = await order(s.purchaser, '300');
      expect(o.status).toBe('pending_approval');
      await ok(
        await call('POST', `/api/approval/requests/${o.approvalRequestId}/decisions`, s.approver, {
          decision: 'reject',
          comment: '预算不足',
        }),
      );
      const rejected = await ok<OrderBody>(await get(s.purchaser, o.id));
      expect(rejected).toMatchObject({
        status: 'cancelled',
        cancellation: 'approval_rejected',
        // The approver's comment is the reason the order shows.
        cancelReason: '预算不足',
        placedAt: null,
      });
      expect(rejected.events.map((e) => e.kind)).toEqual(['order.submitted', 'order.approval_rejected']);
      expect(rejected.allowedCommands).toEqual([]);
      expect((await audits(o.id)).map((a) => a.action)).toEqual(['order.place', 'order.reject_approval']);
      // The requester hears it from the approval engine; the seller never saw the order.
      expect(
        await db().outboxMail.count({
          where: { to: email('purchaser'), subject: { contains: '审批被驳回' } },
        }),
      ).toBeGreaterThan(0);
      expect(await mails('millOwner', o.number)).toHaveLength(0);
      expect((await get(s.millOwner, o.id)).statusCode).toBe(404);
    });

    it('refuses an expired quote (422), a quote of another company or none (404), and a quote twice (409)', async () => {
      const expired = await storedQuote(id.buyer, { validUntil: new Date(Date.now() - 60_000) });
      const r1 = await place(s.purchaser, { quoteId: expired.id });
      expect(r1.statusCode, r1.body).toBe(422);
      expect(error(r1)).toMatchObject({ code: 'QUOTE_EXPIRED', data: { fields: [{ path: 'quoteId' }] } });

      const theirs = await quote(s.freeBuyer, '1');
      const r2 = await place(s.purchaser, { quoteId: theirs.id });
      expect(r2.statusCode).toBe(404);
      expect(error(r2).data?.fields?.[0]?.path).toBe('quoteId');
      expect((await place(s.purchaser, { quoteId: randomUUID() })).statusCode).toBe(404);
      expect((await db().quote.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe('active');

      const q = await quote(s.purchaser, '1');
      await ok(await place(s.purchaser, { quoteId: q.id }), 201);
      const again = await place(s.purchaser, { quoteId: q.id });
      expect(again.statusCode).toBe(409);
      expect(error(again)).toMatchObject({
        code: 'QUOTE_ALREADY_ORDERED',
        data: { fields: [{ path: 'quoteId' }] },
      });
      // A quote accepted on its own is taken too.
      const accepted = await quote(s.purchaser, '1');
      await ok(await call('POST', `/api/quotes/${accepted.id}/accept`, s.purchaser, {}));
      expect(error(await place(s.purchaser, { quoteId: accepted.id })).code).toBe('QUOTE_ALREADY_ORDERED');
      expect(
        await db().order.count({ where: { sourceId: { in: [expired.id, theirs.id, accepted.id] } } }),
      ).toBe(0);
    });

    it('refuses bad input with the field at fault, and an automatic order from a person', async () => {
      const q = await quote(s.purchaser, '1');
      const bad = await place(s.purchaser, { quoteId: 'nope', channel: 'fax' });
      expect(bad.statusCode).toBe(400);
      expect(
        error(bad)
          .data?.fields?.map((f) => f.path)
          .sort(),
      ).toEqual(['channel', 'quoteId']);
      const automatic = await place(s.purchaser, { quoteId: q.id, channel: 'automatic' });
      expect(automatic.statusCode).toBe(422);
      expect(error(automatic)).toMatchObject({
        code: 'ORDER_CHANNEL_NOT_ALLOWED',
        data: { fields: [{ path: 'channel' }] },
      });
      // Placing needs order:create, and the quote must be the caller's company's.
      expect((await place(s.millStore, { quoteId: q.id })).statusCode).toBe(403);
      expect((await place(s.millOwner, { quoteId: q.id })).statusCode).toBe(404);
      expect((await db().quote.findUniqueOrThrow({ where: { id: q.id } })).status).toBe('active');
    });
  });

  describe('Idempotency-Key', () => {
    it('answers the same key with the same body with the first answer, and makes one order', async () => {
      const q = await quote(s.purchaser, '1');
      const key = randomUUID();
      const first = await place(s.purchaser, { quoteId: q.id, buyerReference: 'K-1' }, key);
      const second = await place(s.purchaser, { quoteId: q.id, buyerReference: 'K-1' }, key);
      expect(first.statusCode, first.body).toBe(201);
      expect(second.statusCode).toBe(201);
      expect(second.json()).toEqual(first.json());
      expect(await db().order.count({ where: { sourceId: q.id } })).toBe(1);
      expect((await audits(first.json().id)).map((a) => a.action)).toEqual(['order.place']);
    });

    it('refuses the same key with a different body (422), changing nothing', async () => {
      const q = await quote(s.purchaser, '1');
      const other = await quote(s.purchaser, '1');
      const key = randomUUID();
      await ok(await place(s.purchaser, { quoteId: q.id }, key), 201);
      const reused = await place(s.purchaser, { quoteId: other.id }, key);
      expect(reused.statusCode).toBe(422);
      expect(error(reused)).toMatchObject({
        code: 'IDEMPOTENCY_KEY_REUSED',
        data: { fields: [{ path: 'Idempotency-Key' }] },
      });
      expect(error(await place(s.purchaser, { quoteId: q.id, note: 'changed' }, key)).code).toBe(
        'IDEMPOTENCY_KEY_REUSED',
      );
      expect(await db().order.count({ where: { sourceId: other.id } })).toBe(0);
      expect((await db().quote.findUniqueOrThrow({ where: { id: other.id } })).status).toBe('active');
      // Keys belong to a company: another company's request with the same key is its own.
      const theirs = await quote(s.freeBuyer, '1');
      await ok(await place(s.freeBuyer, { quoteId: theirs.id }, key), 201);
    });

    it('makes one order from two simultaneous requests with one key, both answered alike', async () => {
      const q = await quote(s.purchaser, '1');
      const key = randomUUID();
      const answers = await Promise.all([1, 2, 3].map(() => place(s.purchaser, { quoteId: q.id }, key)));
      expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201]);
      expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
      expect(await db().order.count({ where: { sourceId: q.id } })).toBe(1);
      expect(await db().idempotencyKey.count({ where: { key } })).toBe(1);
    });

    it('without a key, lets only one of two simultaneous placements of one quote through', async () => {
      const q = await quote(s.purchaser, '1');
      const answers = await Promise.all([1, 2].map(() => place(s.purchaser, { quoteId: q.id })));
      expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
      expect(await db().order.count({ where: { sourceId: q.id } })).toBe(1);
    });

    it('refuses a malformed key before anything runs', async () => {
      const q = await quote(s.purchaser, '1');
      const res = await place(s.purchaser, { quoteId: q.id }, 'with spaces inside');
      expect(res.statusCode).toBe(400);
      expect(error(res).data?.fields?.[0]?.path).toBe('Idempotency-Key');
      expect(await db().order.count({ where: { sourceId: q.id } })).toBe(0);
    });
  });

  describe('the seller’s confirmation and stock', () => {
    it('reserves the stock at the pickup warehouse first, with an event, an audit entry and a mail', async () => {
      const o = await order(s.purchaser, '5');
      const before = await stock(id.sku, id.pickupLoc);
      const res = await act(s.millSales, o.id, 'confirm', { scheduledDate: day(3), version: 1 });
      const confirmed = await ok<OrderBody>(res);
      expect(confirmed).toMatchObject({
        status: 'confirmed',
        scheduledDate: day(3),
        version: 2,
        side: 'seller',
      });
      expect(confirmed.reservations).toEqual([
        expect.objectContaining({
          locationId: id.pickupLoc,
          warehouseId: id.pickup,
          warehouseName: '崇左一号库',
          warehouseNameEn: 'CZ-1',
          quantity: '5.000',
          releasedAt: null,
        }),
      ]);
      expect(confirmed).toMatchObject({ sellerNameEn: 'Guitang Sugar', buyerNameEn: null });
      const after = await stock(id.sku, id.pickupLoc);
      expect(Number(after.reserved) - Number(before.reserved)).toBe(5);
      expect(after.onHand).toBe(before.onHand);
      expect(confirmed.events.map((e) => [e.kind, e.actor])).toEqual([
        ['order.placed', 'buyer'],
        ['order.confirmed', 'seller'],
      ]);
      expect(confirmed.events[1]?.data).toMatchObject({
        from: 'placed',
        to: 'confirmed',
        scheduledDate: day(3),
      });
      const audit = (await audits(o.id)).at(-1);
      expect(audit).toMatchObject({
        action: 'order.confirm',
        companyId: id.mill,
        before: { status: 'placed', version: 1 },
      });
      expect(audit?.after).toMatchObject({
        to: 'confirmed',
        reserved: [{ quantity: '5.000', locationId: id.pickupLoc }],
      });
      // The buyer hears of it: its owner and the purchaser who placed it.
      expect(await mails('buyerOwner', o.number)).toHaveLength(1);
      expect((await mails('purchaser', o.number)).map((m) => m.subject)).toEqual([
        `订单已确认 / Order confirmed: ${o.number}`,
      ]);
      // The buyer sees the date, not the seller's stock positions.
      const asBuyer = await ok<OrderBody>(await get(s.purchaser, o.id));
      expect(asBuyer).toMatchObject({ status: 'confirmed', scheduledDate: day(3), reservations: [] });
      expect(asBuyer.allowedCommands).toEqual([]);
    });

    it('refuses a date in the past, a stale version, the wrong side and a second confirmation', async () => {
      const o = await order(s.purchaser, '1');
      const past = await act(s.millSales, o.id, 'confirm', { scheduledDate: day(-1) });
      expect(past.statusCode).toBe(422);
      expect(error(past)).toMatchObject({
        code: 'ORDER_SCHEDULED_DATE_IN_PAST',
        data: { fields: [{ path: 'scheduledDate' }] },
      });
      const stale = await act(s.millSales, o.id, 'confirm', { scheduledDate: day(1), version: 7 });
      expect(stale.statusCode).toBe(409);
      expect(error(stale)).toMatchObject({
        code: 'ORDER_VERSION_CONFLICT',
        data: { params: { version: '1' } },
      });
      // The buyer's owner holds order:fulfil, but a buyer does not confirm.
      const buyerSide = await act(s.buyerOwner, o.id, 'confirm', { scheduledDate: day(1) });
      expect(buyerSide.statusCode).toBe(403);
      expect(error(buyerSide).code).toBe('ORDER_ACTOR_NOT_ALLOWED');
      expect((await act(s.purchaser, o.id, 'confirm', { scheduledDate: day(1) })).statusCode).toBe(403);
      await ok(await act(s.millSales, o.id, 'confirm', { scheduledDate: day(0) }));
      const twice = await act(s.millSales, o.id, 'confirm', { scheduledDate: day(1) });
      expect(twice.statusCode).toBe(409);
      expect(error(twice).code).toBe('ORDER_TRANSITION_NOT_ALLOWED');
      expect((await audits(o.id)).map((a) => a.action)).toEqual(['order.place', 'order.confirm']);
    });

    it('refuses when the stock is short, naming the line and what is available, and changes nothing', async () => {
      await setStock(id.scarce, id.pickupLoc, '10');
      const o = await order(s.purchaser, '12', {}, id.scarce);
      const res = await act(s.millSales, o.id, 'confirm', { scheduledDate: day(2) });
      expect(res.statusCode).toBe(409);
      expect(error(res)).toMatchObject({
        code: 'INSUFFICIENT_STOCK',
        data: {
          fields: [{ path: 'lines.0.quantity' }],
          lineId: o.lines[0]?.id,
          params: { lineNo: '1', skuCode: 'WS-SCARCE', requested: '12.000', available: '10.000', unit: 't' },
        },
      });
      expect(error(res).message).toContain('10.000 t');
      const after = await ok<OrderBody>(await get(s.millSales, o.id));
      expect(after).toMatchObject({ status: 'placed', version: 1, reservations: [] });
      expect(after.events).toHaveLength(1);
      expect(await stock(id.scarce, id.pickupLoc)).toEqual({ onHand: '10.000', reserved: '0.000' });
      expect((await audits(o.id)).map((a) => a.action)).toEqual(['order.place']);
    });

    it('lets exactly one of two simultaneous confirmations have the last stock', async () => {
      await setStock(id.scarce, id.pickupLoc, '10');
      const a = await order(s.purchaser, '6', {}, id.scarce);
      const b = await order(s.purchaser, '6', {}, id.scarce);
      const results = await Promise.all(
        [a, b].map((o) => act(s.millSales, o.id, 'confirm', { scheduledDate: day(1) })),
      );
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      expect(results.map((r) => error(r).code).filter((c) => c !== undefined)).toEqual([
        'INSUFFICIENT_STOCK',
      ]);
      expect(await stock(id.scarce, id.pickupLoc)).toEqual({ onHand: '10.000', reserved: '6.000' });
      const open = await db().orderReservation.findMany({ where: { skuId: id.scarce, releasedAt: null } });
      expect(open.map((r) => r.quantity.toFixed(3))).toEqual(['6.000']);
    });

    it('splits a line over warehouses when the pickup warehouse has too little', async () => {
      await setStock(id.scarce, id.pickupLoc, '4');
      await setStock(id.scarce, id.farLoc, '9');
      const o = await order(s.purchaser, '7', {}, id.scarce);
      const confirmed = await ok<OrderBody>(
        await act(s.millSales, o.id, 'confirm', { scheduledDate: day(1) }),
      );
      expect(confirmed.reservations.map((r) => [r.locationId, r.quantity])).toEqual([
        [id.pickupLoc, '4.000'],
        [id.farLoc, '3.000'],
      ]);
      // Cancelling gives both back.
      await ok(await act(s.millSales, o.id, 'cancel', { reason: '运力不足' }));
      expect(await stock(id.scarce, id.pickupLoc)).toEqual({ onHand: '4.000', reserved: '0.000' });
      expect(await stock(id.scarce, id.farLoc)).toEqual({ onHand: '9.000', reserved: '0.000' });
    });
  });

  describe('rejection and cancellation', () => {
    it('needs a reason to reject, then tells the buyer', async () => {
      const o = await order(s.purchaser, '1');
      const bare = await act(s.millSales, o.id, 'reject', { reason: '   ' });
      expect(bare.statusCode).toBe(422);
      expect(error(bare)).toMatchObject({
        code: 'ORDER_REASON_REQUIRED',
        data: { fields: [{ path: 'reason' }] },
      });
      const rejected = await ok<OrderBody>(await act(s.millSales, o.id, 'reject', { reason: '该规格停产' }));
      expect(rejected).toMatchObject({ status: 'rejected', rejectionReason: '该规格停产', version: 2 });
      expect(rejected.events.at(-1)).toMatchObject({
        kind: 'order.rejected',
        actor: 'seller',
        data: { reason: '该规格停产' },
      });
      expect((await audits(o.id)).map((a) => a.action)).toEqual(['order.place', 'order.reject']);
      expect((await mails('buyerOwner', o.number)).map((m) => m.subject)).toEqual([
        `订单被拒绝 / Order rejected: ${o.number}`,
      ]);
      expect(
        (await mails('purchaser', o.number)).find((m) => m.subject.startsWith('订单被拒绝'))?.text,
      ).toContain('该规格停产');
      expect(error(await act(s.millSales, o.id, 'cancel', { reason: 'x' })).code).toBe(
        'ORDER_TRANSITION_NOT_ALLOWED',
      );
    });

    it('lets the buyer cancel a placed order without a reason, and tells the seller', async () => {
      const o = await order(s.purchaser, '1');
      const cancelled = await ok<OrderBody>(await act(s.purchaser, o.id, 'cancel'));
      expect(cancelled).toMatchObject({ status: 'cancelled', cancellation: 'by_buyer', cancelReason: null });
      expect(cancelled.events.at(-1)).toMatchObject({ kind: 'order.cancelled', actor: 'buyer' });
      expect((await audits(o.id)).map((a) => a.action)).toEqual(['order.place', 'order.cancel']);
      expect((await mails('millOwner', o.number)).map((m) => m.subject)).toEqual([
        `新订单 / New order: ${o.number}`,
        `订单已取消 / Order cancelled: ${o.number}`,
      ]);
    });

    it('lets the buyer withdraw an order waiting for approval: the approval is withdrawn too', async () => {
      const o = await order(s.purchaser, '250');
      expect(o.status).toBe('pending_approval');
      // Not even visible to the seller, let alone cancellable by it.
      expect((await act(s.millSales, o.id, 'cancel', { reason: 'x' })).statusCode).toBe(404);
      const cancelled = await ok<OrderBody>(await act(s.purchaser, o.id, 'cancel', { reason: '需求取消' }));
      expect(cancelled).toMatchObject({
        status: 'cancelled',
        cancellation: 'by_buyer',
        cancelReason: '需求取消',
      });
      const request = await db().approvalRequest.findUniqueOrThrow({
        where: { id: o.approvalRequestId as string },
      });
      expect(request.status).toBe('withdrawn');
      const late = await call('POST', `/api/approval/requests/${o.approvalRequestId}/decisions`, s.approver, {
        decision: 'approve',
      });
      expect(late.statusCode).toBe(409);
      expect((await ok<OrderBody>(await get(s.purchaser, o.id))).status).toBe('cancelled');
    });

    it('lets only the seller cancel a confirmed order, with a reason, releasing the reservation', async () => {
      const o = await order(s.purchaser, '3');
      await ok(await act(s.millSales, o.id, 'confirm', { scheduledDate: day(5) }));
      const before = await stock(id.sku, id.pickupLoc);
      const byBuyer = await act(s.purchaser, o.id, 'cancel', { reason: '不要了' });
      expect(byBuyer.statusCode).toBe(403);
      expect(error(byBuyer).code).toBe('ORDER_ACTOR_NOT_ALLOWED');
      const noReason = await act(s.millSales, o.id, 'cancel');
      expect(noReason.statusCode).toBe(422);
      expect(error(noReason).code).toBe('ORDER_REASON_REQUIRED');
      // A warehouse clerk reads orders but may not cancel them.
      expect((await act(s.millStore, o.id, 'cancel', { reason: 'x' })).statusCode).toBe(403);
      const cancelled = await ok<OrderBody>(
        await act(s.millSales, o.id, 'cancel', { reason: '设备检修', version: 2 }),
      );
      expect(cancelled).toMatchObject({
        status: 'cancelled',
        cancellation: 'by_seller',
        cancelReason: '设备检修',
        version: 3,
      });
      expect(cancelled.reservations).toEqual([
        expect.objectContaining({ quantity: '3.000', releasedAt: expect.any(String) }),
      ]);
      const after = await stock(id.sku, id.pickupLoc);
      expect(Number(before.reserved) - Number(after.reserved)).toBe(3);
      const audit = (await audits(o.id)).at(-1);
      expect(audit).toMatchObject({ action: 'order.cancel', companyId: id.mill });
      expect(audit?.after).toMatchObject({ released: [{ quantity: '3.000' }] });
      expect((await mails('purchaser', o.number)).map((m) => m.subject)).toContain(
        `订单已取消 / Order cancelled: ${o.number}`,
      );
      // Cancelled is final.
      expect(error(await act(s.millSales, o.id, 'cancel', { reason: 'again' })).code).toBe(
        'ORDER_TRANSITION_NOT_ALLOWED',
      );
    });

    it('refuses a cancellation after the first shipment (the lifecycle’s rule)', async () => {
      const o = await order(s.purchaser, '1');
      await ok(await act(s.millSales, o.id, 'confirm', { scheduledDate: day(1) }));
      // Shipments arrive with the next issue; the state is set as a shipment would set it.
      await db().order.update({
        where: { id: o.id },
        data: { status: 'in_fulfilment', version: { increment: 1 } },
      });
      const res = await act(s.millSales, o.id, 'cancel', { reason: '太晚了' });
      expect(res.statusCode).toBe(409);
      expect(error(res).code).toBe('ORDER_ALREADY_SHIPPED');
    });
  });

  describe('lists', () => {
    const list = async (as: Session, query = '') =>
      ok<{
        items: Array<{
          id: string;
          number: string;
          status: string;
          counterpartyId: string;
          counterpartyName: string;
          side: string;
          totalMinor: string;
          scheduledDate: string | null;
          channel: string;
          buyerReference: string;
        }>;
        total: number;
        totalIsLowerBound: boolean;
        page: number;
        pageSize: number;
        nextCursor: string | null;
      }>(await call('GET', `/api/orders${query}`, as));
    const mine: OrderBody[] = [];

    beforeAll(async () => {
      mine.push(await order(s.lister, '1', { buyerReference: 'ERP-1001' }));
      mine.push(await order(s.lister, '2', { buyerReference: 'ERP-1002' }));
      mine.push(await order(s.lister, '3', { buyerReference: 'ERP-1003' }));
      mine.push(await order(s.lister, '1', { buyerReference: 'ERP-2001' }, id.rivalSku));
      await ok(await act(s.millSales, (mine[0] as OrderBody).id, 'confirm', { scheduledDate: day(4) }));
      await ok(await act(s.millSales, (mine[1] as OrderBody).id, 'reject', { reason: '无货' }));
    });

    it('lists my orders as buyer by default, newest first, with the counterparty and the figures', async () => {
      const page = await list(s.lister);
      expect(page).toMatchObject({
        total: 4,
        totalIsLowerBound: false,
        page: 1,
        pageSize: 20,
        nextCursor: null,
      });
      expect(page.items.map((i) => i.id)).toEqual([...mine].reverse().map((o) => o.id));
      expect(page.items[3]).toMatchObject({
        side: 'buyer',
        counterpartyId: id.mill,
        counterpartyName: '桂糖制糖',
        counterpartyNameEn: 'Guitang Sugar',
        status: 'confirmed',
        scheduledDate: day(4),
        channel: 'self_service',
        totalMinor: '678000',
        buyerReference: 'ERP-1001',
      });
      expect(page.items[0]).toMatchObject({
        counterpartyName: '南宁糖业',
        counterpartyNameEn: null,
        status: 'placed',
      });
    });

    it('filters by status (several), counterparty, days and number or reference', async () => {
      expect((await list(s.lister, '?status=confirmed,rejected')).items.map((i) => i.status).sort()).toEqual([
        'confirmed',
        'rejected',
      ]);
      expect((await list(s.lister, '?status[]=placed')).total).toBe(2);
      expect((await list(s.lister, `?counterpartyId=${id.rival}`)).items.map((i) => i.id)).toEqual([
        mine[3]?.id,
      ]);
      expect((await list(s.lister, `?createdFrom=${day(0)}&createdTo=${day(0)}`)).total).toBe(4);
      expect((await list(s.lister, `?createdFrom=${day(1)}`)).total).toBe(0);
      expect((await list(s.lister, `?createdTo=${day(-1)}`)).total).toBe(0);
      const number = mine[2]?.number as string;
      expect((await list(s.lister, `?q=${number.slice(-6)}`)).items.map((i) => i.id)).toEqual([mine[2]?.id]);
      expect((await list(s.lister, '?q=ERP-100')).total).toBe(3);
      expect((await list(s.lister, '?q=%25')).total).toBe(0);
      const bad = await call('GET', `/api/orders?createdFrom=${day(1)}&createdTo=${day(0)}`, s.lister);
      expect(bad.statusCode).toBe(422);
      expect((await call('GET', '/api/orders?status=lost', s.lister)).statusCode).toBe(400);
      expect((await call('GET', '/api/orders?pageSize=101', s.lister)).statusCode).toBe(400);
    });

    it('pages by page number and by cursor', async () => {
      const second = await list(s.lister, '?pageSize=3&page=2');
      expect(second).toMatchObject({ total: 4, page: 2, pageSize: 3 });
      expect(second.items.map((i) => i.id)).toEqual([mine[0]?.id]);
      const first = await list(s.lister, '?pageSize=3');
      expect(first.nextCursor).not.toBeNull();
      const next = await list(s.lister, `?pageSize=3&cursor=${first.nextCursor}`);
      expect(next.items.map((i) => i.id)).toEqual([mine[0]?.id]);
      expect(next.nextCursor).toBeNull();
      expect((await call('GET', '/api/orders?cursor=bm9wZQ', s.lister)).statusCode).toBe(422);
    });

    it('shows a seller its own orders only, and a buyer company nothing as seller', async () => {
      const mill = await list(s.millOwner, `?counterpartyId=${id.listBuyer}`);
      expect(mill.items.map((i) => i.id).sort()).toEqual([mine[0]?.id, mine[1]?.id, mine[2]?.id].sort());
      expect(mill.items.every((i) => i.side === 'seller' && i.counterpartyName === '列表饮料')).toBe(true);
      const rival = await list(s.rivalOwner);
      expect(rival.items.map((i) => i.id)).toEqual([mine[3]?.id]);
      expect((await list(s.lister, '?side=seller')).total).toBe(0);
      // Nothing of 华鑫's waiting or approval-rejected orders reaches the mill's list.
      const all = await list(s.millOwner, '?pageSize=100');
      expect(all.items.some((i) => i.status === 'pending_approval')).toBe(false);
      expect((await list(s.strangerOwner)).total).toBe(0);
    });
  });

  describe('confidentiality', () => {
    it('answers 404 to a third company for reading or acting on an order, and changes nothing', async () => {
      const o = await order(s.purchaser, '1');
      const auditBefore = await db().auditEntry.count();
      expect((await get(s.strangerOwner, o.id)).statusCode).toBe(404);
      expect((await act(s.strangerOwner, o.id, 'confirm', { scheduledDate: day(1) })).statusCode).toBe(404);
      expect((await act(s.strangerOwner, o.id, 'reject', { reason: 'x' })).statusCode).toBe(404);
      expect((await act(s.strangerOwner, o.id, 'cancel', { reason: 'x' })).statusCode).toBe(404);
      // Another seller is a third company too.
      expect((await get(s.rivalOwner, o.id)).statusCode).toBe(404);
      expect((await act(s.rivalOwner, o.id, 'confirm', { scheduledDate: day(1) })).statusCode).toBe(404);
      expect(await db().auditEntry.count()).toBe(auditBefore);
      expect((await ok<OrderBody>(await get(s.purchaser, o.id))).version).toBe(1);
    });
  });
});

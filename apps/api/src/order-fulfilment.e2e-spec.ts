import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpHarness, type HttpHarness } from './testing/http';
import { type Session, tradeWorld, type TradeWorld } from './testing/trade';

type ShipmentBody = {
  id: string;
  orderId: string;
  number: string;
  status: string;
  warehouseId: string | null;
  warehouseName: string;
  carrierName: string;
  trackingNumber: string;
  departedAt: string | null;
  arrivedAt: string | null;
  lines: Array<{ orderLineId: string; quantity: string; unit: string; skuCode: string }>;
  tracking: Array<{ kind: string; location: string; note: string }>;
  authorisations: Array<{ id: string; status: string; logisticsCompanyName: string; driverName: string }>;
  allowedActions: string[];
};
type ShipmentsBody = {
  orderStatus: string;
  side: string;
  lines: Array<{ orderLineId: string; ordered: string; shipped: string; remaining: string }>;
  fullyShipped: boolean;
  allShipmentsArrived: boolean;
  shipments: ShipmentBody[];
};
type PickupBody = {
  id: string;
  shipmentId: string;
  status: string;
  logisticsCompanyId: string;
  logisticsCompanyName: string;
  driverName: string;
  vehiclePlate: string;
  validFrom: string;
  validUntil: string;
  code?: string;
};
type TaskBody = {
  authorisationId: string;
  status: string;
  orderNumber: string;
  buyerName: string;
  shipmentId: string;
  shipmentStatus: string;
  driverName: string;
  vehiclePlate: string;
  warehouse: { id: string; name: string } | null;
  goods: Array<{ skuCode: string; quantity: string; unit: string }>;
};
type TaskPage = { items: TaskBody[]; total: number; page: number; pageSize: number };
type OrderBody = {
  status: string;
  version: number;
  lines: Array<{ id: string }>;
  events: Array<{ kind: string; actor: string; data: Record<string, unknown> }>;
  reservations: Array<{ quantity: string; releasedAt: string | null }>;
};
type ErrorBody = {
  code: string;
  status: number;
  data?: { fields?: Array<{ path: string }>; params?: Record<string, string> };
};

const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();

/**
 * DESIGN.md §8 over HTTP (issue 5): split shipments that never exceed the order, tracking
 * visible to both sides, delivery when the last shipment arrives, pickup authorisations issued
 * by the buyer to a logistics company, and the warehouse's release against the code — once,
 * while valid. A sugar mill (seller, operating its own warehouse), a food buyer, two logistics
 * firms and a stranger (tradeWorld).
 */
describe('order fulfilment over HTTP', () => {
  let h: HttpHarness;
  let w: TradeWorld;
  let rivalCarrier: Session;

  const db = () => h.db.prisma;
  const error = (res: { json(): unknown }) => res.json() as ErrorBody;
  const orderOf = async (orderId: string, as: Session = w.s.millSales) =>
    w.ok<OrderBody>(await w.call('GET', `/api/orders/${orderId}`, as));
  const lineOf = async (orderId: string) => (await orderOf(orderId)).lines[0]?.id as string;
  const ship = (orderId: string, body: object, as: Session = w.s.millSales) =>
    w.call('POST', `/api/orders/${orderId}/shipments`, as, body);
  const shipOk = async (orderId: string, quantity: string, extra: object = {}) =>
    w.ok<ShipmentBody>(
      await ship(orderId, { lines: [{ orderLineId: await lineOf(orderId), quantity }], ...extra }),
      201,
    );
  const shipments = (orderId: string, as: Session = w.s.millSales) =>
    w.call('GET', `/api/orders/${orderId}/shipments`, as);
  const track = (shipmentId: string, kind: string, as: Session = w.s.millSales, extra: object = {}) =>
    w.call('POST', `/api/shipments/${shipmentId}/tracking`, as, { kind, ...extra });
  const issue = (shipmentId: string, body: object = {}, as: Session = w.s.purchaser) =>
    w.call('POST', `/api/shipments/${shipmentId}/pickup-authorisations`, as, {
      logisticsCompanyId: w.id.carrier,
      driverName: '王师傅',
      vehiclePlate: '桂A12345',
      validUntil: hours(48),
      ...body,
    });
  const release = (shipmentId: string, code: string, as: Session = w.s.millStore) =>
    w.call('POST', `/api/shipments/${shipmentId}/release`, as, { code });
  const stock = async () => {
    const l = await db().inventoryLevel.findUniqueOrThrow({
      where: { skuId_locationId: { skuId: w.id.sku, locationId: w.id.location } },
    });
    return { onHand: l.onHand.toFixed(3), reserved: l.reserved.toFixed(3), version: l.version };
  };
  const minus = (a: string, b: string) => (Number(a) - Number(b)).toFixed(3);
  const audits = (subjectId: string) =>
    db().auditEntry.findMany({ where: { subjectId }, orderBy: { seq: 'asc' } });
  const mails = (who: Parameters<TradeWorld['email']>[0], orderNumber: string) =>
    db().outboxMail.findMany({ where: { to: w.email(who), subject: { contains: orderNumber } } });

  beforeAll(async () => {
    h = await httpHarness();
    w = await tradeWorld(h, 'fulfil');
    const other = await h.make.company(['logistics'], { name: '飞驰物流' });
    await h.make.member(other.id, 'owner', 'owner@rival-carrier.test');
    rivalCarrier = await h.signIn('owner@rival-carrier.test');
  });
  afterAll(async () => {
    await h?.close();
  });

  describe('planning shipments', () => {
    it('splits a confirmed order: the first shipment starts fulfilment, the next adds to it, both sides see them', async () => {
      const order = await w.confirmedOrder('10', 'delivery');
      const first = await shipOk(order.id, '4', { carrierName: '德邦', trackingNumber: 'DB-001' });
      expect(first).toMatchObject({
        number: `${order.number}-S1`,
        status: 'planned',
        warehouseId: w.id.warehouse,
        warehouseName: '崇左一号库',
        warehouseNameEn: 'Chongzuo No. 1',
        carrierName: '德邦',
        trackingNumber: 'DB-001',
        lines: [expect.objectContaining({ quantity: '4.000', unit: 't', skuCode: 'WS-GB1' })],
        allowedActions: ['departed', 'cancel'],
      });
      let o = await orderOf(order.id);
      expect(o.status).toBe('in_fulfilment');
      expect(o.events.at(-1)).toMatchObject({
        kind: 'order.fulfilment_started',
        actor: 'seller',
        data: { from: 'confirmed', to: 'in_fulfilment', shipmentId: first.id, shipmentNumber: first.number },
      });

      const second = await shipOk(order.id, '6');
      expect(second.number).toBe(`${order.number}-S2`);
      o = await orderOf(order.id);
      expect(o.status).toBe('in_fulfilment');
      expect(o.events.at(-1)).toMatchObject({
        kind: 'order.shipment_added',
        data: { shipmentId: second.id },
      });

      for (const [as, side] of [
        [w.s.millSales, 'seller'],
        [w.s.purchaser, 'buyer'],
      ] as const) {
        const list = await w.ok<ShipmentsBody>(await shipments(order.id, as));
        expect(list).toMatchObject({
          side,
          orderStatus: 'in_fulfilment',
          fullyShipped: true,
          allShipmentsArrived: false,
          lines: [{ ordered: '10.000', shipped: '10.000', remaining: '0.000' }],
        });
        expect(list.shipments.map((s) => s.number)).toEqual([first.number, second.number]);
      }
      const buyerView = await w.ok<ShipmentsBody>(await shipments(order.id, w.s.purchaser));
      expect(buyerView.shipments[0]?.allowedActions).toEqual(['authorise_pickup']);

      expect((await mails('purchaser', order.number)).map((m) => m.subject)).toEqual(
        expect.arrayContaining([
          expect.stringContaining('Order shipped'),
          expect.stringContaining('New shipment'),
        ]),
      );
      expect((await audits(first.id)).map((a) => a.action)).toEqual(['shipment.create']);
      // Planning moves no stock: it is still reserved, and leaves with the goods.
      expect((await orderOf(order.id)).reservations.every((r) => r.releasedAt === null)).toBe(true);
    });

    it('refuses over-shipment, naming the line and what is left, and changes nothing', async () => {
      const order = await w.confirmedOrder('10', 'delivery');
      const lineId = await lineOf(order.id);
      let res = await ship(order.id, { lines: [{ orderLineId: lineId, quantity: '10.001' }] });
      expect(res.statusCode).toBe(422);
      expect(error(res)).toMatchObject({
        code: 'SHIPMENT_EXCEEDS_ORDERED',
        data: { fields: [{ path: 'lines.0.quantity' }], params: { remaining: '10.000', unit: 't' } },
      });
      await shipOk(order.id, '4');
      const version = (await orderOf(order.id)).version;
      res = await ship(order.id, { lines: [{ orderLineId: lineId, quantity: '7' }] });
      expect([res.statusCode, error(res).code, error(res).data?.params?.remaining]).toEqual([
        422,
        'SHIPMENT_EXCEEDS_ORDERED',
        '6.000',
      ]);
      expect(await db().shipment.count({ where: { orderId: order.id } })).toBe(1);
      expect((await orderOf(order.id)).version).toBe(version);
    });

    it('refuses bad lines at their field', async () => {
      const order = await w.confirmedOrder('10', 'delivery');
      const lineId = await lineOf(order.id);
      const cases: Array<[object, number, string, string]> = [
        [{ lines: [] }, 422, 'SHIPMENT_EMPTY', 'lines'],
        [
          { lines: [{ orderLineId: lineId, quantity: '0' }] },
          422,
          'SHIPMENT_QUANTITY_INVALID',
          'lines.0.quantity',
        ],
        [
          { lines: [{ orderLineId: lineId, quantity: '1.2345' }] },
          422,
          'SHIPMENT_QUANTITY_INVALID',
          'lines.0.quantity',
        ],
        [
          { lines: [{ orderLineId: lineId, quantity: 'abc' }] },
          422,
          'SHIPMENT_QUANTITY_INVALID',
          'lines.0.quantity',
        ],
        [
          { lines: [{ orderLineId: w.id.sku, quantity: '1' }] },
          422,
          'SHIPMENT_UNKNOWN_LINE',
          'lines.0.orderLineId',
        ],
        [
          {
            lines: [
              { orderLineId: lineId, quantity: '1' },
              { orderLineId: lineId, quantity: '1' },
            ],
          },
          422,
          'SHIPMENT_DUPLICATE_LINE',
          'lines.1.orderLineId',
        ],
        // What the contract's schema refuses is a 400, with the field too.
        [{ lines: [{ orderLineId: lineId, quantity: 5 }] }, 400, '', 'lines.0.quantity'],
        [{ lines: [{ orderLineId: 'nope', quantity: '1' }] }, 400, '', 'lines.0.orderLineId'],
      ];
      for (const [body, status, code, path] of cases) {
        const res = await ship(order.id, body);
        expect(res.statusCode, JSON.stringify(body)).toBe(status);
        if (code) expect(error(res).code).toBe(code);
        expect(error(res).data?.fields?.map((f) => f.path)).toContain(path);
      }
      expect(await db().shipment.count({ where: { orderId: order.id } })).toBe(0);
      expect((await orderOf(order.id)).status).toBe('confirmed');
    });

    it('ships only from a warehouse holding the order’s stock, and no more than is reserved there', async () => {
      const order = await w.confirmedOrder('5', 'delivery');
      const lineId = await lineOf(order.id);
      const empty = await db().warehouseLocation.create({
        data: {
          code: 'B1',
          warehouse: {
            create: {
              code: 'CZ-EMPTY',
              name: '崇左二号库',
              nameEn: 'Chongzuo No. 2',
              kind: 'ambient',
              city: '崇左',
              address: '崇左市',
              operatorId: w.id.mill,
              dailyStorageFeeMinor: 100n,
              feeUnit: 't',
              exitFeeDays: 3,
            },
          },
        },
      });
      const res = await ship(order.id, {
        lines: [{ orderLineId: lineId, quantity: '1' }],
        warehouseId: empty.warehouseId,
      });
      expect([res.statusCode, error(res).code, error(res).data?.fields?.[0]?.path]).toEqual([
        422,
        'SHIPMENT_WAREHOUSE_INVALID',
        'warehouseId',
      ]);
      // Stock reserved at the warehouse and already planned is not planned twice.
      await db().orderReservation.updateMany({
        where: { orderLineId: lineId },
        data: { quantity: '3' },
      });
      const over = await ship(order.id, { lines: [{ orderLineId: lineId, quantity: '4' }] });
      expect([over.statusCode, error(over).code, error(over).data?.params?.available]).toEqual([
        422,
        'SHIPMENT_EXCEEDS_RESERVED',
        '3.000',
      ]);
      expect(await db().shipment.count({ where: { orderId: order.id } })).toBe(0);
    });

    it('lets exactly one of two simultaneous 6 t shipments of a 10 t order through', async () => {
      const order = await w.confirmedOrder('10', 'delivery');
      const lineId = await lineOf(order.id);
      const answers = await Promise.all(
        [1, 2].map(() => ship(order.id, { lines: [{ orderLineId: lineId, quantity: '6' }] })),
      );
      expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 422]);
      expect(answers.map((a) => error(a).code).filter((c) => c !== undefined)).toEqual([
        'SHIPMENT_EXCEEDS_ORDERED',
      ]);
      const stored = await db().shipmentLine.findMany({ where: { shipment: { orderId: order.id } } });
      expect(stored.map((l) => l.quantity.toFixed(3))).toEqual(['6.000']);
    });

    it('refuses the wrong side, the wrong state and other companies', async () => {
      const placed = await w.placedOrder('2', 'delivery');
      const placedLine = await lineOf(placed.id);
      const res = await ship(placed.id, { lines: [{ orderLineId: placedLine, quantity: '1' }] });
      expect([res.statusCode, error(res).code]).toEqual([409, 'ORDER_TRANSITION_NOT_ALLOWED']);

      const order = await w.confirmedOrder('2', 'delivery');
      const body = { lines: [{ orderLineId: await lineOf(order.id), quantity: '1' }] };
      // The buyer's owner holds every permission, but the buyer does not ship.
      expect((await ship(order.id, body, w.s.buyerOwner)).statusCode).toBe(403);
      // A purchaser lacks order:fulfil; the warehouse role too.
      expect((await ship(order.id, body, w.s.purchaser)).statusCode).toBe(403);
      expect((await ship(order.id, body, w.s.millStore)).statusCode).toBe(403);
      for (const stranger of [w.s.strangerOwner, w.s.carrierOwner]) {
        expect((await ship(order.id, body, stranger)).statusCode).toBe(404);
        expect((await shipments(order.id, stranger)).statusCode).toBe(404);
      }
      expect(await db().shipment.count({ where: { orderId: order.id } })).toBe(0);

      await w.ok(await w.call('POST', `/api/orders/${order.id}/cancel`, w.s.millSales, { reason: '停产' }));
      const cancelled = await ship(order.id, body);
      expect([cancelled.statusCode, error(cancelled).code]).toEqual([409, 'ORDER_TRANSITION_NOT_ALLOWED']);
    });
  });

  describe('tracking and delivery', () => {
    it('departs, reports locations, arrives, and delivers the order when the last shipment arrives; the stock leaves with the goods', async () => {
      const order = await w.confirmedOrder('10', 'delivery');
      const before = await stock();
      const s1 = await shipOk(order.id, '4');
      const s2 = await shipOk(order.id, '6');

      const departed = await w.ok<ShipmentBody>(
        await track(s1.id, 'departed', w.s.millSales, { note: '08:00 装车' }),
        201,
      );
      expect(departed).toMatchObject({ status: 'in_transit', allowedActions: ['location', 'arrived'] });
      expect(departed.departedAt).not.toBeNull();
      const afterDeparture = await stock();
      expect(afterDeparture).toEqual({
        onHand: minus(before.onHand, '4'),
        reserved: minus(before.reserved, '4'),
        version: before.version + 1,
      });
      // The reservation is used up in part: 4 t closed, 6 t still reserved for the next shipment.
      const reservations = (await orderOf(order.id)).reservations;
      expect(reservations.map((r) => [r.quantity, r.releasedAt === null]).sort()).toEqual([
        ['4.000', false],
        ['6.000', true],
      ]);

      const moved = await w.ok<ShipmentBody>(
        await track(s1.id, 'location', w.s.millSales, { location: '南宁', note: '途经' }),
        201,
      );
      expect(moved.tracking.map((t) => [t.kind, t.location])).toEqual([
        ['departed', ''],
        ['location', '南宁'],
      ]);
      await w.ok(await track(s1.id, 'arrived', w.s.millSales, { location: '广州' }), 201);
      expect((await orderOf(order.id)).status).toBe('in_fulfilment');

      await w.ok(await track(s2.id, 'departed'), 201);
      const last = await w.ok<ShipmentBody>(await track(s2.id, 'arrived'), 201);
      expect(last.status).toBe('arrived');
      const o = await orderOf(order.id, w.s.purchaser);
      expect(o.status).toBe('delivered');
      expect(o.events.map((e) => e.kind)).toEqual(
        expect.arrayContaining(['shipment.departed', 'shipment.location', 'shipment.arrived']),
      );
      // The arrival and the delivery it causes share one instant (the timeline orders them by kind).
      expect(o.events.find((e) => e.kind === 'order.delivered')).toMatchObject({
        actor: 'system',
        data: { from: 'in_fulfilment', to: 'delivered', shipmentId: s2.id },
      });
      const stored = await db().order.findUniqueOrThrow({ where: { id: order.id } });
      expect(stored.deliveredAt).not.toBeNull();
      expect(await stock()).toMatchObject({
        onHand: minus(before.onHand, '10'),
        reserved: minus(before.reserved, '10'),
      });
      expect((await orderOf(order.id)).reservations.every((r) => r.releasedAt !== null)).toBe(true);

      const both = await w.ok<ShipmentsBody>(await shipments(order.id, w.s.purchaser));
      expect(both).toMatchObject({ orderStatus: 'delivered', fullyShipped: true, allShipmentsArrived: true });
      expect((await audits(s1.id)).map((a) => a.action)).toEqual([
        'shipment.create',
        'shipment.depart',
        'shipment.track',
        'shipment.arrive',
      ]);
      expect(
        await db().auditEntry.count({
          where: { action: 'inventory.ship', companyId: w.id.mill, subjectType: 'inventory_level' },
        }),
      ).toBeGreaterThanOrEqual(2);
      expect((await audits(order.id)).map((a) => a.action)).toContain('order.deliver');
      const subjects = (await mails('purchaser', order.number)).map((m) => m.subject);
      expect(subjects).toEqual(
        expect.arrayContaining([
          expect.stringContaining('Goods dispatched'),
          expect.stringContaining('Goods arrived'),
        ]),
      );
      expect((await mails('millOwner', order.number)).map((m) => m.subject)).toEqual(
        expect.arrayContaining([expect.stringContaining('Order delivered')]),
      );
    });

    it('refuses tracking out of order, from the wrong side, without a location, or from others', async () => {
      const order = await w.confirmedOrder('3', 'delivery');
      const s = await shipOk(order.id, '3');
      const expectRefusal = async (res: Awaited<ReturnType<typeof track>>, status: number, code?: string) => {
        expect(res.statusCode, res.body).toBe(status);
        if (code) expect(error(res).code).toBe(code);
      };
      await expectRefusal(
        await track(s.id, 'location', w.s.millSales, { location: 'x' }),
        409,
        'SHIPMENT_STATUS_CONFLICT',
      );
      await expectRefusal(await track(s.id, 'arrived'), 409, 'SHIPMENT_STATUS_CONFLICT');
      await expectRefusal(await track(s.id, 'departed', w.s.buyerOwner), 403, 'FULFILMENT_SIDE_NOT_ALLOWED');
      await expectRefusal(await track(s.id, 'departed', w.s.millStore), 403);
      await expectRefusal(await track(s.id, 'departed', w.s.strangerOwner), 404);
      await expectRefusal(await track(s.id, 'departed', w.s.carrierOwner), 404);
      const bad = await track(s.id, 'teleported');
      expect([bad.statusCode, error(bad).data?.fields?.[0]?.path]).toEqual([400, 'kind']);
      expect((await db().shipment.findUniqueOrThrow({ where: { id: s.id } })).status).toBe('planned');

      await w.ok(await track(s.id, 'departed'), 201);
      await expectRefusal(await track(s.id, 'departed'), 409, 'SHIPMENT_STATUS_CONFLICT');
      const blank = await track(s.id, 'location');
      expect([blank.statusCode, error(blank).code, error(blank).data?.fields?.[0]?.path]).toEqual([
        422,
        'TRACKING_LOCATION_REQUIRED',
        'location',
      ]);
      // The seller delivers this one itself: the buyer does not report its progress.
      await expectRefusal(await track(s.id, 'arrived', w.s.purchaser), 403, 'FULFILMENT_SIDE_NOT_ALLOWED');
      expect(await db().trackingEvent.count({ where: { shipmentId: s.id } })).toBe(1);
    });

    it('cancels a planned shipment, revoking its authorisation, and lets its quantity ship again', async () => {
      const order = await w.confirmedOrder('5', 'delivery');
      const s = await shipOk(order.id, '5');
      const pickup = await w.ok<PickupBody>(await issue(s.id), 201);
      expect((await w.call('POST', `/api/shipments/${s.id}/cancel`, w.s.purchaser, {})).statusCode).toBe(403);
      expect((await w.call('POST', `/api/shipments/${s.id}/cancel`, w.s.buyerOwner, {})).statusCode).toBe(
        403,
      );
      expect((await w.call('POST', `/api/shipments/${s.id}/cancel`, w.s.strangerOwner, {})).statusCode).toBe(
        404,
      );
      const cancelled = await w.ok<ShipmentBody>(
        await w.call('POST', `/api/shipments/${s.id}/cancel`, w.s.millSales, { reason: '车辆故障' }),
      );
      expect(cancelled).toMatchObject({
        status: 'cancelled',
        tracking: [{ kind: 'cancelled', note: '车辆故障' }],
        authorisations: [{ id: pickup.id, status: 'revoked' }],
        allowedActions: [],
      });
      const again = await w.call('POST', `/api/shipments/${s.id}/cancel`, w.s.millSales, {});
      expect([again.statusCode, error(again).code]).toEqual([409, 'SHIPMENT_STATUS_CONFLICT']);
      const list = await w.ok<ShipmentsBody>(await shipments(order.id));
      expect(list.lines[0]).toMatchObject({ shipped: '0.000', remaining: '5.000' });
      expect((await mails('carrierOwner', order.number)).map((m) => m.subject)).toEqual(
        expect.arrayContaining([expect.stringContaining('Pickup authorisation revoked')]),
      );
      expect((await mails('purchaser', order.number)).map((m) => m.subject)).toEqual(
        expect.arrayContaining([expect.stringContaining('Shipment cancelled')]),
      );
      expect((await orderOf(order.id)).events.map((e) => e.kind)).toContain('shipment.cancelled');

      const replacement = await shipOk(order.id, '5');
      await w.ok(await track(replacement.id, 'departed'), 201);
      const gone = await w.call('POST', `/api/shipments/${replacement.id}/cancel`, w.s.millSales, {});
      expect([gone.statusCode, error(gone).code]).toEqual([409, 'SHIPMENT_STATUS_CONFLICT']);
    });

    it('does not let the seller dispatch goods that are to be collected against an authorisation', async () => {
      const pickupOrder = await w.confirmedOrder('2', 'pickup');
      const p = await shipOk(pickupOrder.id, '2');
      expect(p.allowedActions).toEqual(['cancel']);
      const res = await track(p.id, 'departed');
      expect([res.statusCode, error(res).code]).toEqual([409, 'SHIPMENT_AWAITS_PICKUP']);

      const deliveryOrder = await w.confirmedOrder('2', 'delivery');
      const d = await shipOk(deliveryOrder.id, '2');
      await w.ok(await issue(d.id), 201);
      const refused = await track(d.id, 'departed');
      expect([refused.statusCode, error(refused).code]).toEqual([409, 'SHIPMENT_AWAITS_PICKUP']);
      expect((await db().shipment.findUniqueOrThrow({ where: { id: d.id } })).status).toBe('planned');
    });
  });

  describe('pickup authorisation and warehouse release', () => {
    it('the buyer authorises the carrier, the warehouse releases once against the code, a second use is refused', async () => {
      const order = await w.confirmedOrder('10', 'pickup');
      const s = await shipOk(order.id, '10');
      const before = await stock();
      const issued = await w.ok<PickupBody>(await issue(s.id), 201);
      expect(issued).toMatchObject({
        shipmentId: s.id,
        status: 'issued',
        logisticsCompanyId: w.id.carrier,
        logisticsCompanyName: '顺达物流',
        logisticsCompanyNameEn: 'Shunda Logistics',
        driverName: '王师傅',
        vehiclePlate: '桂A12345',
      });
      const code = issued.code as string;
      expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      const stored = await db().pickupAuthorisation.findUniqueOrThrow({ where: { id: issued.id } });
      expect(stored.codeHash).not.toContain(code.replaceAll('-', ''));
      // Shown once: neither side's later view carries the code.
      for (const as of [w.s.purchaser, w.s.millSales]) {
        const res = await shipments(order.id, as);
        expect(res.body).not.toContain(code);
        expect((res.json() as ShipmentsBody).shipments[0]?.authorisations[0]).toMatchObject({
          id: issued.id,
          status: 'issued',
        });
      }

      // The carrier sees what it may collect, and no price; another carrier sees nothing.
      const carrierRes = await w.call('GET', '/api/logistics/pickups', w.s.carrierOwner);
      const page = await w.ok<TaskPage>(carrierRes);
      const task = page.items.find((t) => t.authorisationId === issued.id);
      expect(task).toMatchObject({
        status: 'issued',
        orderNumber: order.number,
        buyerName: '华鑫食品',
        buyerNameEn: null,
        logisticsCompanyNameEn: 'Shunda Logistics',
        shipmentStatus: 'planned',
        driverName: '王师傅',
        warehouse: { id: w.id.warehouse, name: '崇左一号库', nameEn: 'Chongzuo No. 1' },
        goods: [{ skuCode: 'WS-GB1', quantity: '10.000', unit: 't' }],
      });
      expect(carrierRes.body).not.toMatch(/Minor|unitPrice|price/i);
      const rival = await w.ok<TaskPage>(await w.call('GET', '/api/logistics/pickups', rivalCarrier));
      expect(rival).toMatchObject({ items: [], total: 0 });
      expect((await mails('carrierOwner', order.number)).map((m) => m.subject)).toEqual([
        expect.stringContaining('New pickup authorisation'),
      ]);
      // The warehouse sees the expected collection too.
      const expected = await w.ok<TaskPage>(
        await w.call('GET', '/api/warehouse/pickups?status=issued', w.s.millStore),
      );
      expect(expected.items.map((t) => t.authorisationId)).toContain(issued.id);

      const released = await w.ok<{ task: TaskBody; releasedAt: string }>(
        await release(s.id, ` ${code.toLowerCase().replaceAll('-', ' ')} `),
      );
      expect(released.task).toMatchObject({
        authorisationId: issued.id,
        status: 'used',
        shipmentStatus: 'in_transit',
      });
      expect(await stock()).toEqual({
        onHand: minus(before.onHand, '10'),
        reserved: minus(before.reserved, '10'),
        version: before.version + 1,
      });
      const after = await db().pickupAuthorisation.findUniqueOrThrow({ where: { id: issued.id } });
      expect([after.status, after.usedAt !== null]).toEqual(['used', true]);

      const second = await release(s.id, code);
      expect([second.statusCode, error(second).code]).toEqual([409, 'PICKUP_AUTH_USED']);
      expect(await stock()).toMatchObject({ onHand: minus(before.onHand, '10') });

      const o = await orderOf(order.id, w.s.purchaser);
      expect(o.events.map((e) => e.kind)).toEqual(
        expect.arrayContaining([
          'order.fulfilment_started',
          'pickup.issued',
          'shipment.departed',
          'pickup.released',
        ]),
      );
      expect((await audits(issued.id)).map((a) => a.action)).toEqual(['pickup.issue', 'pickup.release']);
      expect((await mails('purchaser', order.number)).map((m) => m.subject)).toEqual(
        expect.arrayContaining([expect.stringContaining('Goods released')]),
      );

      // The buyer's carrier has the goods: the buyer reports their arrival, and the order is delivered.
      const view = await w.ok<ShipmentsBody>(await shipments(order.id, w.s.purchaser));
      expect(view.shipments[0]?.allowedActions).toEqual(['location', 'arrived']);
      await w.ok(await track(s.id, 'arrived', w.s.purchaser, { location: '华鑫食品仓' }), 201);
      expect((await orderOf(order.id)).status).toBe('delivered');
    });

    it('refuses an expired, revoked, early, misplaced or wrong code, and nothing changes', async () => {
      const order = await w.confirmedOrder('4', 'pickup');
      const s = await shipOk(order.id, '2');
      const other = await shipOk(order.id, '2');
      const before = await stock();
      const unchanged = async () => {
        expect(await stock()).toEqual(before);
        expect((await db().shipment.findUniqueOrThrow({ where: { id: s.id } })).status).toBe('planned');
      };

      const wrong = await release(s.id, 'AAAA-BBBB-CCCC');
      expect([wrong.statusCode, error(wrong).code, error(wrong).data?.fields?.[0]?.path]).toEqual([
        422,
        'PICKUP_CODE_INVALID',
        'code',
      ]);
      const empty = await release(s.id, '');
      expect([empty.statusCode, error(empty).data?.fields?.[0]?.path]).toEqual([400, 'code']);
      await unchanged();

      const expired = await w.ok<PickupBody>(await issue(s.id), 201);
      await db().pickupAuthorisation.update({
        where: { id: expired.id },
        data: { validFrom: new Date(Date.now() - 7_200_000), validUntil: new Date(Date.now() - 1000) },
      });
      const late = await release(s.id, expired.code as string);
      expect([late.statusCode, error(late).code]).toEqual([409, 'PICKUP_AUTH_EXPIRED']);
      const expiredList = await w.ok<TaskPage>(
        await w.call('GET', '/api/logistics/pickups?status=expired', w.s.carrierOwner),
      );
      expect(expiredList.items.map((t) => t.authorisationId)).toEqual([expired.id]);
      await unchanged();

      // An expired one does not block a new one; a valid one does.
      const early = await w.ok<PickupBody>(
        await issue(s.id, { validFrom: hours(24), validUntil: hours(48) }),
        201,
      );
      const blocked = await issue(s.id);
      expect([blocked.statusCode, error(blocked).code]).toEqual([409, 'PICKUP_AUTH_ALREADY_ISSUED']);
      const tooEarly = await release(s.id, early.code as string);
      expect([tooEarly.statusCode, error(tooEarly).code]).toEqual([409, 'PICKUP_AUTH_NOT_YET_VALID']);
      await unchanged();

      const revoked = await w.ok<PickupBody>(
        await w.call('POST', `/api/pickup-authorisations/${early.id}/revoke`, w.s.purchaser, {
          reason: '换车',
        }),
      );
      expect(revoked.status).toBe('revoked');
      const afterRevoke = await release(s.id, early.code as string);
      expect([afterRevoke.statusCode, error(afterRevoke).code]).toEqual([409, 'PICKUP_AUTH_REVOKED']);
      const twice = await w.call('POST', `/api/pickup-authorisations/${early.id}/revoke`, w.s.purchaser, {});
      expect([twice.statusCode, error(twice).code]).toEqual([409, 'PICKUP_AUTH_REVOKED']);
      await unchanged();

      // A code for the other shipment does not release this one.
      const forOther = await w.ok<PickupBody>(await issue(other.id), 201);
      const misplaced = await release(s.id, forOther.code as string);
      expect([misplaced.statusCode, error(misplaced).code]).toEqual([403, 'PICKUP_AUTH_WRONG_SHIPMENT']);
      await unchanged();
      expect((await db().pickupAuthorisation.findUniqueOrThrow({ where: { id: forOther.id } })).status).toBe(
        'issued',
      );
      expect(
        await db().auditEntry.count({ where: { action: 'pickup.release', subjectId: forOther.id } }),
      ).toBe(0);
    });

    it('releases only at the warehouse’s operator, by its warehouse staff', async () => {
      const order = await w.confirmedOrder('1', 'pickup');
      const s = await shipOk(order.id, '1');
      const { code } = await w.ok<PickupBody>(await issue(s.id), 201);
      // The stranger's owner holds warehouse:operate, but does not run this warehouse; nor does the carrier.
      expect((await release(s.id, code as string, w.s.strangerOwner)).statusCode).toBe(404);
      expect((await release(s.id, code as string, w.s.carrierOwner)).statusCode).toBe(404);
      // The mill's sales staff may not release goods (no warehouse:operate).
      expect((await release(s.id, code as string, w.s.millSales)).statusCode).toBe(403);
      expect(
        (await w.ok<TaskPage>(await w.call('GET', '/api/warehouse/pickups', w.s.strangerOwner))).total,
      ).toBe(0);
      expect((await db().shipment.findUniqueOrThrow({ where: { id: s.id } })).status).toBe('planned');
      await w.ok(await release(s.id, code as string));
      const revokeUsed = await w.call(
        'POST',
        `/api/pickup-authorisations/${(await db().pickupAuthorisation.findFirstOrThrow({ where: { shipmentId: s.id } })).id}/revoke`,
        w.s.purchaser,
        {},
      );
      expect([revokeUsed.statusCode, error(revokeUsed).code]).toEqual([409, 'PICKUP_AUTH_USED']);
    });

    it('refuses bad authorisations at their field, the wrong side, the wrong state and other companies', async () => {
      const order = await w.confirmedOrder('2', 'pickup');
      const s = await shipOk(order.id, '2');
      const cases: Array<[object, number, string, string]> = [
        [
          { logisticsCompanyId: w.id.stranger },
          422,
          'PICKUP_LOGISTICS_COMPANY_INVALID',
          'logisticsCompanyId',
        ],
        [{ logisticsCompanyId: w.id.sku }, 422, 'PICKUP_LOGISTICS_COMPANY_INVALID', 'logisticsCompanyId'],
        [{ validUntil: hours(-1) }, 422, 'PICKUP_AUTH_EXPIRY_INVALID', 'validUntil'],
        [{ validUntil: hours(24 * 31) }, 422, 'PICKUP_AUTH_WINDOW_INVALID', 'validUntil'],
        [{ validFrom: hours(10), validUntil: hours(5) }, 422, 'PICKUP_AUTH_WINDOW_INVALID', 'validUntil'],
        [{ driverName: '' }, 400, '', 'driverName'],
        [{ vehiclePlate: '   ' }, 400, '', 'vehiclePlate'],
        [{ validUntil: 'tomorrow' }, 400, '', 'validUntil'],
      ];
      for (const [body, status, code, path] of cases) {
        const res = await issue(s.id, body);
        expect(res.statusCode, JSON.stringify(body)).toBe(status);
        if (code) expect(error(res).code).toBe(code);
        expect(error(res).data?.fields?.map((f) => f.path)).toContain(path);
      }
      // The seller's owner holds order:create, but only the buyer authorises a pickup.
      const seller = await issue(s.id, {}, w.s.millOwner);
      expect([seller.statusCode, error(seller).code]).toEqual([403, 'FULFILMENT_SIDE_NOT_ALLOWED']);
      expect((await issue(s.id, {}, w.s.millSales)).statusCode).toBe(403);
      expect((await issue(s.id, {}, w.s.strangerOwner)).statusCode).toBe(404);
      expect((await issue(s.id, {}, w.s.carrierOwner)).statusCode).toBe(404);
      expect(await db().pickupAuthorisation.count({ where: { shipmentId: s.id } })).toBe(0);

      const ok = await w.ok<PickupBody>(await issue(s.id), 201);
      for (const as of [w.s.strangerOwner, w.s.carrierOwner]) {
        const res = await w.call('POST', `/api/pickup-authorisations/${ok.id}/revoke`, as, {});
        expect(res.statusCode).toBe(404);
      }
      const bySeller = await w.call('POST', `/api/pickup-authorisations/${ok.id}/revoke`, w.s.millOwner, {});
      expect(bySeller.statusCode).toBe(403);
      await w.ok(await release(s.id, ok.code as string));
      const inTransit = await issue(s.id);
      expect([inTransit.statusCode, error(inTransit).code]).toEqual([409, 'PICKUP_AUTH_SHIPMENT_NOT_READY']);
    });

    it('pages the carrier’s jobs and filters them by status', async () => {
      const order = await w.confirmedOrder('3', 'pickup');
      const ids: string[] = [];
      for (const q of ['1', '1', '1']) {
        const s = await shipOk(order.id, q);
        ids.push((await w.ok<PickupBody>(await issue(s.id), 201)).id);
      }
      const first = await w.ok<TaskPage>(
        await w.call('GET', '/api/logistics/pickups?status=issued&pageSize=2', w.s.carrierOwner),
      );
      expect(first.items).toHaveLength(2);
      expect(first.total).toBeGreaterThanOrEqual(3);
      const second = await w.ok<TaskPage>(
        await w.call('GET', '/api/logistics/pickups?status=issued&pageSize=2&page=2', w.s.carrierOwner),
      );
      expect(new Set([...first.items, ...second.items].map((t) => t.authorisationId)).size).toBe(
        first.items.length + second.items.length,
      );
      const used = await w.ok<TaskPage>(
        await w.call('GET', '/api/logistics/pickups?status=used,revoked', w.s.carrierOwner),
      );
      expect(used.items.every((t) => ['used', 'revoked'].includes(t.status))).toBe(true);
      expect(used.items.map((t) => t.authorisationId)).not.toContain(ids[0]);
      const bad = await w.call('GET', '/api/logistics/pickups?status=lost', w.s.carrierOwner);
      expect([bad.statusCode, error(bad).data?.fields?.[0]?.path]).toEqual([400, 'status.0']);
      // Pickups are for people of the platform's companies; the rival carrier's list stays empty.
      expect((await w.ok<TaskPage>(await w.call('GET', '/api/logistics/pickups', rivalCarrier))).total).toBe(
        0,
      );
    });
  });
});

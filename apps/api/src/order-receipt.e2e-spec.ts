import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliver, shipParts } from './testing/deliveries';
import { httpHarness, type HttpHarness } from './testing/http';
import { tradeWorld, type TradeWorld } from './testing/trade';

type ErrorBody = {
  code: string;
  status: number;
  data?: { fields?: Array<{ path: string }>; params?: Record<string, string>; messageZh?: string };
};
type ReceiptLine = {
  orderLineId: string;
  shippedQuantity: string;
  receivedQuantity: string;
  variance: string;
  varianceBps: number;
  toleranceBps: number;
  withinTolerance: boolean;
  gradeMatches: boolean;
  grade: string | null;
  orderedGrade: string | null;
};
type Overview = {
  orderId: string;
  side: string;
  status: string;
  version: number;
  totalMinor: string;
  creditedMinor: string;
  adjustedTotalMinor: string;
  toleranceBps: number;
  deliveredAt: string | null;
  autoAcceptDueAt: string | null;
  acceptedAt: string | null;
  shipments: Array<{ id: string; number: string; status: string; receiptId: string | null }>;
  receipts: Array<{ id: string; shipmentId: string; outcome: string; lines: ReceiptLine[] }>;
  disputes: Array<{
    id: string;
    receiptId: string | null;
    status: string;
    reason: string;
    shipmentNumber: string | null;
  }>;
  allowedActions: string[];
};
type OrderBody = {
  status: string;
  version: number;
  events: Array<{ kind: string; actor: string; data: Record<string, unknown> }>;
};

/**
 * Receipt and inspection over HTTP (DESIGN.md §8, issue 5): the buyer records what arrived of
 * each shipment; the order's tolerance (±0.5 % by weight) decides whether the delivered order
 * is accepted or disputed; explicit acceptance and disputes by the buyer. Shipments are
 * written as fixtures (testing/deliveries.ts) while the shipments API is built beside this.
 */
describe('receipts over HTTP', () => {
  let h: HttpHarness;
  let w: TradeWorld;
  let files: string;

  beforeAll(async () => {
    files = mkdtempSync(path.join(tmpdir(), 'tw-receipts-'));
    h = await httpHarness({ FILE_STORAGE_DIR: files });
    w = await tradeWorld(h, 'receipts');
  });
  afterAll(async () => {
    await h?.close();
    rmSync(files, { recursive: true, force: true });
  });

  const lineOf = async (orderId: string) =>
    h.db.prisma.orderLine.findFirstOrThrow({ where: { orderId }, orderBy: { lineNo: 'asc' } });
  const record = (
    orderId: string,
    body: { shipmentId: string; lines: object[]; note?: string; version?: number },
    as = w.s.purchaser,
  ) => w.call('POST', `/api/orders/${orderId}/receipts`, as, body);
  const overview = async (orderId: string, as = w.s.purchaser) =>
    w.ok<Overview>(await w.call('GET', `/api/orders/${orderId}/receipts`, as));
  const orderOf = async (orderId: string, as = w.s.purchaser) =>
    w.ok<OrderBody>(await w.call('GET', `/api/orders/${orderId}`, as));
  const refused = async (res: Awaited<ReturnType<TradeWorld['call']>>, status: number, code?: string) => {
    expect(res.statusCode, res.body).toBe(status);
    const body = res.json() as ErrorBody;
    if (code) expect(body.code).toBe(code);
    return body;
  };
  const fieldsOf = (body: ErrorBody) => body.data?.fields?.map((f) => f.path) ?? [];

  it('records two shipments within tolerance and accepts the order once it is delivered and both are received', async () => {
    const order = await w.confirmedOrder('10');
    const line = await lineOf(order.id);
    const [first, second] = await shipParts(h, order.id, [
      { quantity: '6' },
      { quantity: '4', status: 'in_transit' },
    ]);

    // The first part arrived while the order is still in fulfilment: recorded, nothing decided.
    // 5.98 t of 6 t is −33 bps, inside ±50 bps.
    const afterFirst = await w.ok<Overview>(
      await record(order.id, {
        shipmentId: first?.id,
        lines: [{ lineId: line.id, receivedQuantity: '5.98', grade: '一级' }],
        note: '地磅单 No. 88',
      }),
      201,
    );
    expect(afterFirst.status).toBe('in_fulfilment');
    expect(afterFirst.receipts).toHaveLength(1);
    expect(afterFirst.receipts[0]).toMatchObject({ shipmentId: first?.id, outcome: 'accepted' });
    expect(afterFirst.receipts[0]?.lines[0]).toMatchObject({
      shippedQuantity: '6.000',
      receivedQuantity: '5.980',
      variance: '-0.020',
      varianceBps: -33,
      toleranceBps: 50,
      withinTolerance: true,
      gradeMatches: true,
      orderedGrade: '一级',
    });
    expect(afterFirst.allowedActions).toEqual([]);

    await deliver(h, order.id);
    const waiting = await overview(order.id);
    expect(waiting.allowedActions).toEqual(['record_receipt', 'accept', 'dispute']);
    expect(waiting.autoAcceptDueAt).not.toBeNull();
    expect(Date.parse(String(waiting.autoAcceptDueAt)) - Date.parse(String(waiting.deliveredAt))).toBe(
      7 * 86_400_000,
    );

    // The second part received exactly (no grade recorded = as ordered): the order is accepted.
    const accepted = await w.ok<Overview>(
      await record(order.id, {
        shipmentId: second?.id,
        lines: [{ lineId: line.id, receivedQuantity: '4' }],
      }),
      201,
    );
    expect(accepted.status).toBe('accepted');
    expect(accepted.acceptedAt).not.toBeNull();
    expect(accepted.shipments.map((s) => s.receiptId).every((id) => id !== null)).toBe(true);
    expect(accepted.disputes).toEqual([]);
    expect(accepted.allowedActions).toEqual([]);

    const timeline = await orderOf(order.id);
    expect(timeline.events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['receipt.recorded', 'order.accepted']),
    );
    expect(timeline.events.filter((e) => e.kind === 'receipt.recorded')).toHaveLength(2);
    expect(timeline.events.find((e) => e.kind === 'order.accepted')).toMatchObject({ actor: 'buyer' });
    const audit = await h.db.prisma.auditEntry.findMany({ where: { companyId: w.id.buyer } });
    expect(audit.filter((a) => a.action === 'receipt.record')).toHaveLength(2);
    expect(audit.map((a) => a.action)).toContain('order.accept_receipt');
    // The seller hears of the acceptance.
    const mail = await h.db.prisma.outboxMail.findMany({ where: { to: w.email('millOwner') } });
    expect(mail.some((m) => m.subject.includes('Order accepted') && m.subject.includes(order.number))).toBe(
      true,
    );
    // Both sides read the same receipts.
    const seller = await overview(order.id, w.s.millSales);
    expect(seller.side).toBe('seller');
    expect(seller.receipts.map((r) => r.id)).toEqual(accepted.receipts.map((r) => r.id));
  });

  it('opens a dispute per receipt outside tolerance or of another grade once everything is received', async () => {
    const order = await w.confirmedOrder('10');
    const line = await lineOf(order.id);
    const [first, second] = await shipParts(h, order.id, [{ quantity: '6' }, { quantity: '4' }]);
    await deliver(h, order.id);
    // 5.9 of 6 t: −167 bps, outside ±50 bps; the order waits for the second receipt.
    const short = await w.ok<Overview>(
      await record(order.id, {
        shipmentId: first?.id,
        lines: [{ lineId: line.id, receivedQuantity: '5.9' }],
      }),
      201,
    );
    expect(short.status).toBe('delivered');
    expect(short.receipts[0]).toMatchObject({ outcome: 'disputed' });
    expect(short.receipts[0]?.lines[0]).toMatchObject({ varianceBps: -167, withinTolerance: false });
    // Exactly 0.5 % over on 4 t (4.020) is within; the grade is not what was ordered.
    const graded = await w.ok<Overview>(
      await record(order.id, {
        shipmentId: second?.id,
        lines: [{ lineId: line.id, receivedQuantity: '4.020', grade: '二级' }],
      }),
      201,
    );
    expect(graded.receipts[1]?.lines[0]).toMatchObject({
      varianceBps: 50,
      withinTolerance: true,
      gradeMatches: false,
      grade: '二级',
    });
    expect(graded.status).toBe('disputed');
    expect(graded.disputes).toHaveLength(2);
    expect(graded.disputes.map((d) => d.receiptId).sort()).toEqual(graded.receipts.map((r) => r.id).sort());
    expect(graded.disputes.every((d) => d.status === 'open')).toBe(true);
    const byShipment = new Map(graded.disputes.map((d) => [d.shipmentNumber, d.reason]));
    expect(byShipment.get(first?.number)).toContain('-167 bps');
    expect(byShipment.get(second?.number)).toContain('二级');

    const timeline = await orderOf(order.id);
    const disputed = timeline.events.find((e) => e.kind === 'order.disputed');
    expect(disputed?.actor).toBe('buyer');
    expect((disputed?.data['disputeIds'] as string[]).sort()).toEqual(
      graded.disputes.map((d) => d.id).sort(),
    );
    expect(String(disputed?.data['reason'])).toContain('Receipt outside tolerance');
    expect(
      (
        await h.db.prisma.auditEntry.findMany({ where: { action: 'dispute.open', companyId: w.id.buyer } })
      ).map((a) => a.subjectId),
    ).toEqual(expect.arrayContaining(graded.disputes.map((d) => d.id)));
  });

  it('counts counted units exactly: one piece short is outside tolerance', async () => {
    const order = await w.confirmedOrder('10');
    const line = await lineOf(order.id);
    await h.db.prisma.orderLine.update({ where: { id: line.id }, data: { unit: 'piece' } });
    const [part] = await shipParts(h, order.id, [{ quantity: '10' }]);
    await deliver(h, order.id);
    const res = await w.ok<Overview>(
      await record(order.id, {
        shipmentId: part?.id,
        lines: [{ lineId: line.id, receivedQuantity: '9.999' }],
      }),
      201,
    );
    expect(res.receipts[0]?.lines[0]).toMatchObject({
      toleranceBps: 0,
      withinTolerance: false,
      varianceBps: -1,
    });
    expect(res.status).toBe('disputed');
  });

  it('refuses bad receipts with the field at fault and changes nothing', async () => {
    const order = await w.confirmedOrder('10');
    const line = await lineOf(order.id);
    const [arrived, moving] = await shipParts(h, order.id, [
      { quantity: '5' },
      { quantity: '5', status: 'in_transit' },
    ]);
    const other = await w.confirmedOrder('2');
    const [foreign] = await shipParts(h, other.id, [{ quantity: '2' }]);
    const placed = await w.placedOrder('1');
    const before = {
      receipts: await h.db.prisma.receipt.count(),
      audit: await h.db.prisma.auditEntry.count(),
      events: await h.db.prisma.orderEvent.count({ where: { orderId: order.id } }),
    };
    const good = [{ lineId: line.id, receivedQuantity: '5' }];

    for (const [lines, field] of [
      [[{ lineId: line.id, receivedQuantity: '-1' }], 'lines.0.receivedQuantity'],
      [[{ lineId: line.id, receivedQuantity: '1.2345' }], 'lines.0.receivedQuantity'],
      [[{ lineId: line.id, receivedQuantity: 'five' }], 'lines.0.receivedQuantity'],
      [[{ lineId: randomUUID(), receivedQuantity: '5' }], 'lines.0.lineId'],
      [[...good, ...good], 'lines.1.lineId'],
      [[], 'lines'],
    ] as const) {
      const body = await refused(await record(order.id, { shipmentId: arrived?.id, lines: [...lines] }), 422);
      expect(fieldsOf(body), JSON.stringify(lines)).toContain(field);
      expect(body.data?.messageZh).toBeTruthy();
    }
    // Wrong state of the shipment or of the order, a shipment of another order, an unknown one.
    await refused(
      await record(order.id, { shipmentId: moving?.id, lines: good }),
      409,
      'RECEIPT_SHIPMENT_NOT_ARRIVED',
    );
    const missing = await refused(await record(order.id, { shipmentId: foreign?.id, lines: good }), 404);
    expect(fieldsOf(missing)).toEqual(['shipmentId']);
    await refused(await record(order.id, { shipmentId: randomUUID(), lines: good }), 404);
    await refused(
      await record(placed.id, { shipmentId: arrived?.id, lines: good }),
      409,
      'RECEIPT_ORDER_STATE',
    );
    // A stale version; the wrong side (the seller's owner may create orders, but not receive its own goods).
    await refused(
      await record(order.id, { shipmentId: arrived?.id, lines: good, version: 1 }),
      409,
      'ORDER_VERSION_CONFLICT',
    );
    await refused(
      await record(order.id, { shipmentId: arrived?.id, lines: good }, w.s.millOwner),
      403,
      'ORDER_ACTOR_NOT_ALLOWED',
    );
    // Another company: 404; a viewer without order:create: 403 before anything is read.
    await refused(await record(order.id, { shipmentId: arrived?.id, lines: good }, w.s.strangerOwner), 404);
    await refused(await record(order.id, { shipmentId: arrived?.id, lines: good }, w.s.millSales), 403);

    expect(await h.db.prisma.receipt.count()).toBe(before.receipts);
    expect(await h.db.prisma.auditEntry.count()).toBe(before.audit);
    expect(await h.db.prisma.orderEvent.count({ where: { orderId: order.id } })).toBe(before.events);

    // Recorded once; the second time is a conflict.
    await w.ok(await record(order.id, { shipmentId: arrived?.id, lines: good }), 201);
    await refused(
      await record(order.id, { shipmentId: arrived?.id, lines: good }),
      409,
      'RECEIPT_ALREADY_RECORDED',
    );
  });

  it('lets the buyer accept a delivered order by hand, and only then', async () => {
    const order = await w.confirmedOrder('3');
    await shipParts(h, order.id, [{ quantity: '3', status: 'in_transit' }]);
    const accept = (as = w.s.purchaser, body: object = {}) =>
      w.call('POST', `/api/orders/${order.id}/accept`, as, body);
    await refused(await accept(), 409, 'ORDER_TRANSITION_NOT_ALLOWED');
    await deliver(h, order.id);
    await refused(await accept(w.s.millOwner), 403, 'ORDER_ACTOR_NOT_ALLOWED');
    await refused(await accept(w.s.strangerOwner), 404);
    await refused(await accept(w.s.purchaser, { version: 1 }), 409, 'ORDER_VERSION_CONFLICT');
    const done = await w.ok<Overview>(await accept());
    expect(done).toMatchObject({ status: 'accepted', allowedActions: [] });
    expect(done.acceptedAt).not.toBeNull();
    await refused(await accept(), 409, 'ORDER_TRANSITION_NOT_ALLOWED');
    // Receipts after acceptance: the order no longer waits for them.
    const [late] = await shipParts(h, order.id, [{ quantity: '0.001' }]);
    const line = await lineOf(order.id);
    await refused(
      await record(order.id, { shipmentId: late?.id, lines: [{ lineId: line.id, receivedQuantity: '0' }] }),
      409,
      'RECEIPT_ORDER_STATE',
    );
  });

  it('lets the buyer dispute a delivered order by hand with a reason', async () => {
    const order = await w.confirmedOrder('3');
    await shipParts(h, order.id, [{ quantity: '3' }]);
    const open = (body: object, as = w.s.purchaser) =>
      w.call('POST', `/api/orders/${order.id}/disputes`, as, body);
    await refused(await open({ reason: 'wet bags' }), 409, 'ORDER_TRANSITION_NOT_ALLOWED');
    await deliver(h, order.id);
    const blank = await refused(await open({ reason: '   ' }), 422, 'ORDER_REASON_REQUIRED');
    expect(fieldsOf(blank)).toEqual(['reason']);
    await refused(await open({ reason: 'x' }, w.s.millOwner), 403, 'ORDER_ACTOR_NOT_ALLOWED');
    await refused(await open({ reason: 'x' }, w.s.strangerOwner), 404);
    expect(await h.db.prisma.dispute.count({ where: { orderId: order.id } })).toBe(0);

    const dispute = await w.ok<{
      id: string;
      status: string;
      reason: string;
      receiptId: string | null;
      viewer: string;
      orderStatus: string;
      lines: Array<{ heldQuantity: string }>;
      allowedActions: string[];
      history: Array<{ kind: string }>;
    }>(await open({ reason: '  受潮结块 / caked by moisture  ' }), 201);
    expect(dispute).toMatchObject({
      status: 'open',
      reason: '受潮结块 / caked by moisture',
      receiptId: null,
      viewer: 'buyer',
      orderStatus: 'disputed',
      allowedActions: ['propose', 'upload_evidence'],
    });
    // Without a receipt the buyer holds what was shipped.
    expect(dispute.lines.map((l) => l.heldQuantity)).toEqual(['3.000']);
    expect(dispute.history.map((e) => e.kind)).toEqual(['order.disputed']);
    const overviewNow = await overview(order.id);
    expect(overviewNow.disputes.map((d) => d.id)).toEqual([dispute.id]);
    expect(overviewNow.autoAcceptDueAt).toBeNull();
    const mail = await h.db.prisma.outboxMail.findMany({ where: { to: w.email('millOwner') } });
    expect(
      mail.some((m) => m.subject.includes('Order disputed') && m.text.includes('caked by moisture')),
    ).toBe(true);
  });

  it('shows the overview to both sides and to nobody else', async () => {
    const order = await w.confirmedOrder('2');
    await shipParts(h, order.id, [{ quantity: '2' }]);
    expect((await overview(order.id, w.s.millStore)).side).toBe('seller');
    const res = await w.call('GET', `/api/orders/${order.id}/receipts`, w.s.strangerOwner);
    expect(res.statusCode).toBe(404);
    expect((await w.call('GET', `/api/orders/${randomUUID()}/receipts`, w.s.purchaser)).statusCode).toBe(404);
    expect((await w.call('GET', `/api/orders/${order.id}/receipts`, w.s.carrierOwner)).statusCode).toBe(404);
  });
});

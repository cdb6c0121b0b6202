import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliver, shipParts } from './testing/deliveries';
import { httpHarness, type HttpHarness } from './testing/http';
import { type Session, tradeWorld, type TradeWorld } from './testing/trade';

type ErrorBody = {
  code: string;
  data?: { fields?: Array<{ path: string }>; params?: Record<string, string> };
};
type Resolution =
  | { kind: 'accept' }
  | { kind: 'price_adjustment'; creditMinor: string }
  | { kind: 'return'; lines: Array<{ lineId: string; quantity: string; lineNo?: number }> };
type Detail = {
  id: string;
  orderId: string;
  orderNumber: string;
  receiptId: string | null;
  status: string;
  version: number;
  viewer: string;
  orderStatus: string;
  orderTotalMinor: string;
  creditedElsewhereMinor: string;
  maxCreditMinor: string;
  proposal: { by: string; resolution: Resolution; note: string } | null;
  outcome: { resolution: Resolution; decidedBy: string; note: string } | null;
  lines: Array<{ id: string; heldQuantity: string; orderedQuantity: string }>;
  receipts: Array<{ id: string; lines: Array<{ varianceBps: number }> }>;
  evidence: Array<{
    id: string;
    fileName: string;
    contentType: string;
    sizeBytes: number;
    uploadedBy: string;
  }>;
  history: Array<{ kind: string; actor: string; data: Record<string, unknown> }>;
  allowedActions: string[];
  evidenceCount: number;
};
type DeskPage = {
  items: Array<{
    id: string;
    orderNumber: string;
    status: string;
    openedAt: string;
    buyerName: string;
    sellerName: string;
    proposedBy: string | null;
    evidenceCount: number;
  }>;
  total: number;
};
type Response = Awaited<ReturnType<TradeWorld['call']>>;

const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF weighbridge photo'),
]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

/**
 * Disputes over HTTP (DESIGN.md §8, issue 5): resolution by the parties' agreement (proposal,
 * decline, counter-proposal), evidence files from both sides, the operator's dispute desk
 * deciding, and the order accepted once every dispute of it is resolved. Delivered orders are
 * set up with shipment fixtures (testing/deliveries.ts) and real receipts.
 */
describe('disputes over HTTP', () => {
  let h: HttpHarness;
  let w: TradeWorld;
  let files: string;
  let operator: Session;
  let operatorCompanyId: string;

  beforeAll(async () => {
    files = mkdtempSync(path.join(tmpdir(), 'tw-disputes-'));
    h = await httpHarness({ FILE_STORAGE_DIR: files });
    w = await tradeWorld(h, 'disputes');
    const platform = await h.make.company(['operator'], { name: 'Tradeway 平台' });
    operatorCompanyId = platform.id;
    await h.make.member(platform.id, 'owner', 'desk@disputes.test');
    operator = await h.signIn('desk@disputes.test');
  });
  afterAll(async () => {
    await h?.close();
    rmSync(files, { recursive: true, force: true });
  });

  const refused = async (res: Response, status: number, code?: string) => {
    expect(res.statusCode, res.body).toBe(status);
    const body = res.json() as ErrorBody;
    if (code) expect(body.code).toBe(code);
    return body;
  };
  const fieldsOf = (body: ErrorBody) => body.data?.fields?.map((f) => f.path) ?? [];
  const get = async (id: string, as = w.s.purchaser) =>
    w.ok<Detail>(await w.call('GET', `/api/disputes/${id}`, as));
  const act = (id: string, step: 'propose' | 'agree' | 'decline', as: Session, body: object = {}) =>
    w.call('POST', `/api/disputes/${id}/${step}`, as, body);
  const decide = (id: string, body: object, as = operator) =>
    w.call('POST', `/api/platform/disputes/${id}/decide`, as, body);
  const upload = (id: string, as: Session, file: { name: string; type: string; content: Buffer }) => {
    const boundary = '----tw-evidence-boundary';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
          `Content-Type: ${file.type}\r\n\r\n`,
      ),
      file.content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return h.app.inject({
      method: 'POST',
      url: `/api/disputes/${id}/evidence`,
      payload,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      ...as,
    });
  };
  const storedFiles = (): string[] =>
    readdirSync(files, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => f.name);

  /**
   * A delivered order of `parts` (t per shipment), each received as `received` says: the
   * receipts outside tolerance open its disputes. Returns the order, its line and the disputes.
   */
  async function disputedOrder(parts: Array<{ shipped: string; received: string }>) {
    const total = parts.reduce((sum, p) => sum + Number(p.shipped), 0);
    const order = await w.confirmedOrder(String(total));
    const line = await h.db.prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
    const shipments = await shipParts(
      h,
      order.id,
      parts.map((p) => ({ quantity: p.shipped })),
    );
    await deliver(h, order.id);
    for (const [i, s] of shipments.entries()) {
      await w.ok(
        await w.call('POST', `/api/orders/${order.id}/receipts`, w.s.purchaser, {
          shipmentId: s.id,
          lines: [{ lineId: line.id, receivedQuantity: parts[i]?.received }],
        }),
        201,
      );
    }
    // The disputes in shipment order (opened together, at the same instant).
    const disputes: string[] = [];
    for (const s of shipments) {
      const receipt = await h.db.prisma.receipt.findUniqueOrThrow({ where: { shipmentId: s.id } });
      const dispute = await h.db.prisma.dispute.findFirst({ where: { receiptId: receipt.id } });
      if (dispute) disputes.push(dispute.id);
    }
    const row = await h.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    return { order, line, disputes, totalMinor: row.totalMinor, shipments };
  }

  it('settles by agreement: proposal, decline, counter-proposal, agreement; the order is accepted with its credit', async () => {
    const { order, line, disputes, totalMinor } = await disputedOrder([{ shipped: '10', received: '9.8' }]);
    const [id] = disputes as [string];
    const opened = await get(id);
    expect(opened).toMatchObject({ status: 'open', viewer: 'buyer', orderStatus: 'disputed', version: 1 });
    expect(opened.allowedActions).toEqual(['propose', 'upload_evidence']);
    expect(opened.lines).toEqual([
      expect.objectContaining({ id: line.id, heldQuantity: '9.800', orderedQuantity: '10.000' }),
    ]);
    expect(opened.maxCreditMinor).toBe(totalMinor.toString());
    expect(opened.receipts[0]?.lines[0]?.varianceBps).toBe(-200);

    // The seller offers a credit of 1 200.00; it cannot agree to its own proposal.
    const offered = await w.ok<Detail>(
      await act(id, 'propose', w.s.millSales, {
        resolution: { kind: 'price_adjustment', creditMinor: '120000' },
        note: '按短重补偿',
        version: 1,
      }),
    );
    expect(offered).toMatchObject({ status: 'proposed', viewer: 'seller', version: 2 });
    expect(offered.proposal).toMatchObject({
      by: 'seller',
      resolution: { kind: 'price_adjustment', creditMinor: '120000' },
    });
    expect(offered.allowedActions).toEqual(['propose', 'upload_evidence']);
    expect((await get(id)).allowedActions).toEqual(['propose', 'agree', 'decline', 'upload_evidence']);
    await refused(await act(id, 'agree', w.s.millSales), 409, 'DISPUTE_OWN_PROPOSAL');

    // The buyer declines, then asks to return 0.2 t; a stale version is refused.
    await w.ok(await act(id, 'decline', w.s.purchaser, { note: '不够', version: 2 }));
    await refused(await act(id, 'agree', w.s.purchaser), 409, 'DISPUTE_NO_PROPOSAL');
    await refused(await act(id, 'decline', w.s.purchaser, { version: 2 }), 409, 'DISPUTE_VERSION_CONFLICT');
    const returned = await w.ok<Detail>(
      await act(id, 'propose', w.s.purchaser, {
        resolution: { kind: 'return', lines: [{ lineId: line.id, quantity: '0.2' }] },
      }),
    );
    expect(returned.proposal?.resolution).toEqual({
      kind: 'return',
      lines: [expect.objectContaining({ lineId: line.id, lineNo: 1, quantity: '0.200', unit: 't' })],
    });

    // The seller counter-proposes a larger credit; the buyer agrees.
    await w.ok(
      await act(id, 'propose', w.s.millSales, {
        resolution: { kind: 'price_adjustment', creditMinor: '135600' },
      }),
    );
    const agreed = await w.ok<Detail>(await act(id, 'agree', w.s.purchaser, { note: '同意' }));
    expect(agreed).toMatchObject({ status: 'resolved', orderStatus: 'accepted', allowedActions: [] });
    expect(agreed.outcome).toMatchObject({
      decidedBy: 'agreement',
      note: '同意',
      resolution: { kind: 'price_adjustment', creditMinor: '135600' },
    });
    expect(agreed.history.map((e) => [e.kind, e.actor])).toEqual([
      ['order.disputed', 'buyer'],
      ['dispute.proposed', 'seller'],
      ['dispute.declined', 'buyer'],
      ['dispute.proposed', 'buyer'],
      ['dispute.proposed', 'seller'],
      ['dispute.resolved', 'buyer'],
      ['order.dispute_resolved', 'system'],
    ]);

    const overview = await w.ok<{
      status: string;
      creditedMinor: string;
      adjustedTotalMinor: string;
      acceptedAt: string | null;
    }>(await w.call('GET', `/api/orders/${order.id}/receipts`, w.s.millSales));
    expect(overview).toMatchObject({
      status: 'accepted',
      creditedMinor: '135600',
      adjustedTotalMinor: (totalMinor - 135600n).toString(),
    });
    expect(overview.acceptedAt).not.toBeNull();

    // Every step is audited and told to the other party.
    const audit = await h.db.prisma.auditEntry.findMany({
      where: { subjectId: id },
      orderBy: { seq: 'asc' },
    });
    expect(audit.map((a) => a.action)).toEqual([
      'dispute.open',
      'dispute.propose',
      'dispute.decline',
      'dispute.propose',
      'dispute.propose',
      'dispute.resolve',
    ]);
    expect(audit.find((a) => a.action === 'dispute.decline')?.companyId).toBe(w.id.buyer);
    const toBuyer = await h.db.prisma.outboxMail.findMany({
      where: { to: w.email('buyerOwner'), text: { contains: order.number } },
    });
    const toSeller = await h.db.prisma.outboxMail.findMany({
      where: { to: w.email('millOwner'), text: { contains: order.number } },
    });
    expect(toBuyer.filter((m) => m.subject.includes('resolution was proposed'))).toHaveLength(2);
    expect(toSeller.filter((m) => m.subject.includes('proposal was declined'))).toHaveLength(1);
    expect(toSeller.filter((m) => m.subject.includes('Dispute resolved'))).toHaveLength(1);

    // Resolved is final.
    await refused(
      await act(id, 'propose', w.s.purchaser, { resolution: { kind: 'accept' } }),
      409,
      'DISPUTE_ALREADY_RESOLVED',
    );
    await refused(
      await upload(id, w.s.purchaser, { name: 'late.jpg', type: 'image/jpeg', content: JPEG }),
      409,
      'DISPUTE_ALREADY_RESOLVED',
    );
  });

  it('refuses resolutions outside the dispute at the field, and callers who may not act, changing nothing', async () => {
    const { line, disputes, totalMinor } = await disputedOrder([{ shipped: '10', received: '9.8' }]);
    const [id] = disputes as [string];
    const before = {
      audit: await h.db.prisma.auditEntry.count(),
      dispute: await h.db.prisma.dispute.findUniqueOrThrow({ where: { id } }),
    };
    const propose = (resolution: object, as = w.s.purchaser) => act(id, 'propose', as, { resolution });
    for (const [resolution, field, code] of [
      [{ kind: 'price_adjustment', creditMinor: '0' }, 'resolution.creditMinor', 'DISPUTE_CREDIT_INVALID'],
      [
        { kind: 'price_adjustment', creditMinor: '12.50' },
        'resolution.creditMinor',
        'DISPUTE_CREDIT_INVALID',
      ],
      [
        { kind: 'price_adjustment', creditMinor: (totalMinor + 1n).toString() },
        'resolution.creditMinor',
        'DISPUTE_CREDIT_EXCEEDS_ORDER_TOTAL',
      ],
      [{ kind: 'return', lines: [] }, 'resolution.lines', 'DISPUTE_RETURN_EMPTY'],
      [
        { kind: 'return', lines: [{ lineId: line.id, quantity: '9.801' }] },
        'resolution.lines.0.quantity',
        'DISPUTE_RETURN_EXCEEDS_RECEIVED',
      ],
      [
        { kind: 'return', lines: [{ lineId: line.id, quantity: '0' }] },
        'resolution.lines.0.quantity',
        'DISPUTE_RETURN_QUANTITY_INVALID',
      ],
      [
        { kind: 'return', lines: [{ lineId: randomUUID(), quantity: '1' }] },
        'resolution.lines.0.lineId',
        'DISPUTE_RETURN_UNKNOWN_LINE',
      ],
      [
        {
          kind: 'return',
          lines: [
            { lineId: line.id, quantity: '1' },
            { lineId: line.id, quantity: '1' },
          ],
        },
        'resolution.lines.1.lineId',
        'DISPUTE_RETURN_DUPLICATE_LINE',
      ],
    ] as const) {
      const body = await refused(await propose(resolution), 422, code);
      expect(fieldsOf(body)).toEqual([field]);
    }
    const exceeded = await refused(
      await propose({ kind: 'price_adjustment', creditMinor: (totalMinor + 1n).toString() }),
      422,
    );
    expect(exceeded.data?.params?.['max']).toBe((Number(totalMinor) / 100).toFixed(2));
    expect((await propose({ kind: 'barter' })).statusCode).toBe(400);

    // Another company never learns the dispute exists; a warehouse clerk of the seller may read, not act.
    for (const res of [
      await w.call('GET', `/api/disputes/${id}`, w.s.strangerOwner),
      await w.call('GET', `/api/disputes/${id}/evidence`, w.s.carrierOwner),
      await propose({ kind: 'accept' }, w.s.strangerOwner),
      await act(id, 'agree', w.s.strangerOwner),
      await act(id, 'decline', w.s.strangerOwner),
      await upload(id, w.s.strangerOwner, { name: 'x.jpg', type: 'image/jpeg', content: JPEG }),
      await w.call('GET', `/api/disputes/${randomUUID()}`, w.s.purchaser),
    ]) {
      expect(res.statusCode, res.body).toBe(404);
    }
    expect((await get(id, w.s.millStore)).allowedActions).toEqual([]);
    await refused(await propose({ kind: 'accept' }, w.s.millStore), 403);
    await refused(await upload(id, w.s.millStore, { name: 'x.jpg', type: 'image/jpeg', content: JPEG }), 403);

    expect(await h.db.prisma.auditEntry.count()).toBe(before.audit);
    const after = await h.db.prisma.dispute.findUniqueOrThrow({ where: { id } });
    expect([after.status, after.version, after.proposal]).toEqual([
      before.dispute.status,
      before.dispute.version,
      null,
    ]);
    expect(await h.db.prisma.disputeEvidence.count({ where: { disputeId: id } })).toBe(0);
  });

  it('takes evidence from both parties within the limits and serves it to the parties and operators only', async () => {
    const { order, disputes } = await disputedOrder([{ shipped: '5', received: '4.9' }]);
    const [id] = disputes as [string];
    const filesBefore = storedFiles().length;

    const photo = await w.ok<{
      id: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      uploadedBy: string;
    }>(
      await upload(id, w.s.purchaser, {
        name: '地磅单.jpg',
        type: 'application/octet-stream',
        content: JPEG,
      }),
      201,
    );
    // The type is what the content is, not what the browser said.
    expect(photo).toMatchObject({
      fileName: '地磅单.jpg',
      contentType: 'image/jpeg',
      sizeBytes: JPEG.length,
      uploadedBy: 'buyer',
    });
    const report = await w.ok<{ id: string; uploadedBy: string }>(
      await upload(id, w.s.millSales, { name: 'SGS inspection.pdf', type: 'application/pdf', content: PDF }),
      201,
    );
    expect(report.uploadedBy).toBe('seller');
    await w.ok(
      await upload(id, w.s.purchaser, {
        name: 'weights.csv',
        type: 'text/csv',
        content: Buffer.from('truck,kg\n桂A12345,4900\n'),
      }),
      201,
    );

    // Too large, not an allowed kind, or no file at all: refused at `file`, nothing stored.
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0);
    JPEG.copy(big);
    const tooLarge = await refused(
      await upload(id, w.s.purchaser, { name: 'huge.jpg', type: 'image/jpeg', content: big }),
      413,
      'FILE_TOO_LARGE',
    );
    expect(fieldsOf(tooLarge)).toEqual(['file']);
    for (const file of [
      { name: 'invoice.pdf', type: 'application/pdf', content: Buffer.from('MZ\x90\x00 not a pdf') },
      { name: 'evil.svg', type: 'image/svg+xml', content: Buffer.from('<svg onload="alert(1)"/>') },
      { name: 'sheet.xlsx', type: 'application/zip', content: Buffer.from('PK\x03\x04 but no workbook') },
    ]) {
      const body = await refused(await upload(id, w.s.purchaser, file), 422, 'FILE_TYPE_NOT_ALLOWED');
      expect(fieldsOf(body)).toEqual(['file']);
    }
    const none = await refused(
      await w.call('POST', `/api/disputes/${id}/evidence`, w.s.purchaser, {}),
      422,
      'FILE_REQUIRED',
    );
    expect(fieldsOf(none)).toEqual(['file']);
    expect(storedFiles().length).toBe(filesBefore + 3);

    // Listed for both parties and in the detail; the history and the other party hear of it.
    const list = await w.ok<{ items: Array<{ id: string; uploadedBy: string }> }>(
      await w.call('GET', `/api/disputes/${id}/evidence`, w.s.millStore),
    );
    expect(list.items.map((e) => [e.id, e.uploadedBy]).slice(0, 2)).toEqual([
      [photo.id, 'buyer'],
      [report.id, 'seller'],
    ]);
    const detail = await get(id);
    expect(detail.evidenceCount).toBe(3);
    expect(detail.history.filter((e) => e.kind === 'dispute.evidence_added').map((e) => e.actor)).toEqual([
      'buyer',
      'seller',
      'buyer',
    ]);
    const toSeller = await h.db.prisma.outboxMail.findMany({
      where: { to: w.email('millOwner'), subject: { contains: 'new evidence' } },
    });
    expect(toSeller.filter((m) => m.text.includes(order.number))).toHaveLength(2);

    // Downloads: the parties and operators, nobody else.
    const download = await w.call('GET', `/api/disputes/${id}/evidence/${photo.id}`, w.s.millSales);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/jpeg');
    expect(Buffer.compare(download.rawPayload, JPEG)).toBe(0);
    const byOperator = await w.call('GET', `/api/platform/disputes/${id}/evidence/${report.id}`, operator);
    expect(byOperator.statusCode).toBe(200);
    expect(byOperator.rawPayload.toString()).toBe(PDF.toString());
    expect(
      (await w.call('GET', `/api/disputes/${id}/evidence/${photo.id}`, w.s.strangerOwner)).statusCode,
    ).toBe(404);
    expect(
      (await w.call('GET', `/api/disputes/${id}/evidence/${randomUUID()}`, w.s.purchaser)).statusCode,
    ).toBe(404);
    expect(
      (await w.call('GET', `/api/platform/disputes/${id}/evidence/${photo.id}`, w.s.buyerOwner)).statusCode,
    ).toBe(403);
    expect(
      (await w.call('GET', `/api/platform/disputes/${id}/evidence/${randomUUID()}`, operator)).statusCode,
    ).toBe(404);
    // An evidence id of another dispute is not found through this one.
    const { disputes: others } = await disputedOrder([{ shipped: '1', received: '0.5' }]);
    expect(
      (await w.call('GET', `/api/disputes/${others[0]}/evidence/${photo.id}`, w.s.purchaser)).statusCode,
    ).toBe(404);
  });

  it('shipped in two parts, received with a variance: the operator desk decides, the order is accepted once all disputes are resolved', async () => {
    const { order, line, disputes, totalMinor, shipments } = await disputedOrder([
      { shipped: '6', received: '5.7' },
      { shipped: '4', received: '3.9' },
    ]);
    expect(disputes).toHaveLength(2);
    const [first, second] = disputes as [string, string];

    // The desk: oldest first, open and proposed by default, filtered by status and number.
    await w.ok(await act(second, 'propose', w.s.millSales, { resolution: { kind: 'accept' } }));
    const page = await w.ok<DeskPage>(await w.call('GET', `/api/platform/disputes?pageSize=100`, operator));
    const mine = page.items.filter((i) => i.orderNumber === order.number);
    // Opened at the same instant: then by id.
    expect(mine.map((i) => [i.id, i.status, i.proposedBy])).toEqual(
      [
        [first, 'open', null],
        [second, 'proposed', 'seller'],
      ].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)),
    );
    expect(mine[0]).toMatchObject({
      buyerName: '华鑫食品',
      buyerNameEn: null,
      sellerName: '桂糖制糖',
      sellerNameEn: 'Guitang Sugar',
    });
    const opened = page.items.map((i) => i.openedAt);
    expect([...opened].sort()).toEqual(opened);
    const filtered = await w.ok<DeskPage>(
      await w.call('GET', `/api/platform/disputes?status=proposed&q=${order.number}`, operator),
    );
    expect(filtered.items.map((i) => i.id)).toEqual([second]);
    expect(filtered.total).toBe(1);
    expect(
      (
        await w.ok<DeskPage>(
          await w.call('GET', `/api/platform/disputes?status=resolved&q=${order.number}`, operator),
        )
      ).total,
    ).toBe(0);
    expect((await w.call('GET', '/api/platform/disputes?status=closed', operator)).statusCode).toBe(400);

    // Only the operator company's people reach the desk; nothing changes for anyone else.
    const auditBefore = await h.db.prisma.auditEntry.count();
    for (const res of [
      await w.call('GET', '/api/platform/disputes', w.s.buyerOwner),
      await w.call('GET', `/api/platform/disputes/${first}`, w.s.millOwner),
      await decide(first, { resolution: { kind: 'accept' }, note: 'mine' }, w.s.buyerOwner),
    ]) {
      expect(res.statusCode, res.body).toBe(403);
    }
    expect(await h.db.prisma.auditEntry.count()).toBe(auditBefore);

    const seen = await w.ok<Detail>(await w.call('GET', `/api/platform/disputes/${first}`, operator));
    expect(seen).toMatchObject({ viewer: 'operator', allowedActions: ['decide'], status: 'open' });
    expect(seen.receipts).toHaveLength(2);
    expect(seen.lines).toEqual([expect.objectContaining({ heldQuantity: '5.700' })]);
    expect((await w.call('GET', `/api/platform/disputes/${randomUUID()}`, operator)).statusCode).toBe(404);

    // A decision needs a note and a valid resolution.
    const noNote = await refused(
      await decide(first, { resolution: { kind: 'accept' } }),
      422,
      'DISPUTE_NOTE_REQUIRED',
    );
    expect(fieldsOf(noNote)).toEqual(['note']);
    const tooMuch = await refused(
      await decide(first, {
        resolution: { kind: 'return', lines: [{ lineId: line.id, quantity: '5.701' }] },
        note: 'x',
      }),
      422,
      'DISPUTE_RETURN_EXCEEDS_RECEIVED',
    );
    expect(fieldsOf(tooMuch)).toEqual(['resolution.lines.0.quantity']);
    await refused(
      await decide(first, { resolution: { kind: 'accept' }, note: 'x', version: 7 }),
      409,
      'DISPUTE_VERSION_CONFLICT',
    );

    // The first decided: a credit; the order still waits for the second.
    const decided = await w.ok<Detail>(
      await decide(first, {
        resolution: { kind: 'price_adjustment', creditMinor: '180000' },
        note: '按地磅单短重 0.3 吨补偿',
        version: 1,
      }),
    );
    expect(decided).toMatchObject({ status: 'resolved', orderStatus: 'disputed', allowedActions: [] });
    expect(decided.outcome).toMatchObject({
      decidedBy: 'operator',
      resolution: { kind: 'price_adjustment', creditMinor: '180000' },
    });
    expect(decided.history.at(-1)).toMatchObject({ kind: 'dispute.resolved', actor: 'operator' });
    await refused(
      await decide(first, { resolution: { kind: 'accept' }, note: 'again' }),
      409,
      'DISPUTE_ALREADY_RESOLVED',
    );
    const entry = await h.db.prisma.auditEntry.findFirstOrThrow({
      where: { subjectId: first, action: 'dispute.resolve' },
    });
    expect(entry.companyId).toBe(operatorCompanyId);
    for (const who of ['buyerOwner', 'millOwner'] as const) {
      const mail = await h.db.prisma.outboxMail.findMany({
        where: {
          to: w.email(who),
          subject: { contains: 'Dispute resolved' },
          text: { contains: 'Decided by the platform' },
        },
      });
      expect(
        mail.filter((m) => m.text.includes(order.number)),
        who,
      ).toHaveLength(1);
    }

    // The second dispute can credit only what the first left; the buyer agrees to accepting as is.
    const secondNow = await get(second);
    expect(secondNow.creditedElsewhereMinor).toBe('180000');
    expect(secondNow.maxCreditMinor).toBe((totalMinor - 180000n).toString());
    expect(secondNow.receipts.map((r) => r.id)).toContain(secondNow.receiptId);
    const done = await w.ok<Detail>(await act(second, 'agree', w.s.purchaser));
    expect(done).toMatchObject({ status: 'resolved', orderStatus: 'accepted' });

    const finalOrder = await w.ok<{
      status: string;
      events: Array<{ kind: string; data: Record<string, unknown> }>;
    }>(await w.call('GET', `/api/orders/${order.id}`, w.s.purchaser));
    expect(finalOrder.status).toBe('accepted');
    const resolvedEvent = finalOrder.events.find((e) => e.kind === 'order.dispute_resolved');
    expect(resolvedEvent?.data).toMatchObject({ creditedMinor: '180000' });
    expect((resolvedEvent?.data['disputeIds'] as string[]).sort()).toEqual([first, second].sort());
    expect(shipments).toHaveLength(2);
    const overview = await w.ok<{ creditedMinor: string }>(
      await w.call('GET', `/api/orders/${order.id}/receipts`, w.s.purchaser),
    );
    expect(overview.creditedMinor).toBe('180000');
  });
});

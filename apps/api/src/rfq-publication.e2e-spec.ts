import { RfqService } from '@tradeway/server/rfq/feature';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpHarness, type HttpHarness } from './testing/http';

type Session = { cookies: Record<string, string> };
type Res = Awaited<ReturnType<HttpHarness['app']['inject']>>;
type RfqBody = {
  id: string;
  status: string;
  version: number;
  title: string;
  approvalRequestId: string | null;
  items: Array<{ itemNo: number; description: string }>;
  attachments: Array<{ id: string; fileName: string; contentType: string; sizeBytes: number }>;
  events: Array<{ kind: string }>;
  award: { status: string; approvalRequestId: string | null; orderIds: string[] } | null;
};

const HOUR = 3_600_000;
const chinaDay = (offsetDays: number) =>
  new Date(Date.now() + 8 * HOUR + offsetDays * 86_400_000).toISOString().slice(0, 10);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** A multipart body with one `file` field. */
function multipart(name: string, type: string, content: Buffer) {
  const boundary = `----tw${Date.now()}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/**
 * DESIGN.md §5 and §9 over HTTP, the buyer's side around the quotes: publication through the
 * company's `rfq_publication` policy (approved → open, rejected → back to draft), editing a
 * draft with optimistic versions, attachments (type and size checked, readable by the buyer and
 * the invited sellers only), an award rejected by the approver (the RFQ stays closed and can be
 * awarded again).
 */
describe('RFQ publication, drafts, attachments and award approval over HTTP', () => {
  let h: HttpHarness;
  const s = {} as Record<'owner' | 'purchaser' | 'approver' | 'mill' | 'otherMill' | 'stranger', Session>;
  const id = {} as Record<'buyer' | 'mill' | 'otherMill', string>;
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, as: Session | null, payload?: object) =>
    h.app.inject({ method, url, payload, ...(as ?? {}) });
  const ok = async <T>(res: Res, status = 200): Promise<T> => {
    expect(res.statusCode, res.body).toBe(status);
    return res.json() as T;
  };
  const fieldOf = (res: Res) =>
    (res.json() as { data?: { fields?: Array<{ path: string }> } }).data?.fields?.[0]?.path;
  const draft = (over: Record<string, unknown> = {}) => ({
    title: '包装纸箱',
    items: [{ description: '五层瓦楞纸箱', specification: '600×400×300', quantity: '5000', unit: 'piece' }],
    deliveryDate: chinaDay(20),
    deliveryRegion: 'CN-SD',
    acceptedPaymentTerms: ['cash', 'net30'],
    deadline: new Date(Date.now() + 3 * HOUR).toISOString(),
    invitedSellerIds: [id.mill, id.otherMill],
    ...over,
  });
  const decide = (requestId: string | null, decision: 'approve' | 'reject') =>
    call('POST', `/api/approval/requests/${requestId}/decisions`, s.approver, {
      decision,
      comment: decision === 'approve' ? '同意' : '价格偏高，请重新议价',
    });

  beforeAll(async () => {
    h = await httpHarness();
    const buyer = await h.make.company(['buyer'], { name: '华鑫食品' });
    const mill = await h.make.company(['seller'], { name: '桂森纸业' });
    const otherMill = await h.make.company(['seller'], { name: '南方包装' });
    const stranger = await h.make.company(['buyer', 'seller'], { name: '无关贸易' });
    Object.assign(id, { buyer: buyer.id, mill: mill.id, otherMill: otherMill.id });
    for (const [who, company, role] of [
      ['owner', buyer.id, 'owner'],
      ['purchaser', buyer.id, 'purchaser'],
      ['approver', buyer.id, 'approver'],
      ['mill', mill.id, 'sales'],
      ['otherMill', otherMill.id, 'sales'],
      ['stranger', stranger.id, 'owner'],
    ] as const) {
      await h.make.member(company, role, `${who.toLowerCase()}@rfqpub.test`);
      s[who] = await h.signIn(`${who.toLowerCase()}@rfqpub.test`);
    }
    for (const subjectType of ['rfq_publication', 'rfq_award']) {
      await ok(
        await call('POST', '/api/approval/policies', s.owner, {
          subjectType,
          name: subjectType,
          priority: 1,
          levels: [{ order: 1, mode: 'any', approverRoles: ['approver'] }],
        }),
        201,
      );
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  it('edits a draft with versions, then publishes through approval; a rejection sends it back to draft', async () => {
    const rfq = await ok<RfqBody>(await call('POST', '/api/rfqs', s.purchaser, draft()), 201);
    const edited = await ok<RfqBody>(
      await call('PUT', `/api/rfqs/${rfq.id}`, s.purchaser, {
        ...draft({ title: '包装纸箱（加急）' }),
        version: rfq.version,
      }),
    );
    expect(edited).toMatchObject({ title: '包装纸箱（加急）', version: rfq.version + 1 });
    const stale = await call('PUT', `/api/rfqs/${rfq.id}`, s.purchaser, { ...draft(), version: rfq.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'RFQ_VERSION_CONFLICT' });
    expect((await call('PUT', `/api/rfqs/${rfq.id}`, s.stranger, draft())).statusCode).toBe(404);

    const submitted = await ok<RfqBody>(await call('POST', `/api/rfqs/${rfq.id}/submit`, s.purchaser));
    expect(submitted.status).toBe('pending_approval');
    // not open yet: the invited sellers do not see it, and it cannot be edited
    expect((await call('GET', `/api/rfqs/${rfq.id}`, s.mill)).statusCode).toBe(404);
    expect((await call('PUT', `/api/rfqs/${rfq.id}`, s.purchaser, draft())).statusCode).toBe(409);
    await ok(await decide(submitted.approvalRequestId, 'reject'));
    const back = await ok<RfqBody>(await call('GET', `/api/rfqs/${rfq.id}`, s.purchaser));
    expect(back.status).toBe('draft');
    expect(back.events.map((e) => e.kind)).toContain('rfq.publication_rejected');

    const again = await ok<RfqBody>(await call('POST', `/api/rfqs/${rfq.id}/submit`, s.purchaser));
    expect(again.status).toBe('pending_approval');
    await ok(await decide(again.approvalRequestId, 'approve'));
    expect((await ok<RfqBody>(await call('GET', `/api/rfqs/${rfq.id}`, s.purchaser))).status).toBe('open');
    expect((await ok<RfqBody>(await call('GET', `/api/rfqs/${rfq.id}`, s.mill))).status).toBe('open');
  });

  it('keeps attachments of a draft, checked by content, for the buyer and the invited sellers only', async () => {
    const rfq = await ok<RfqBody>(await call('POST', '/api/rfqs', s.purchaser, draft()), 201);
    const upload = (as: Session, name: string, type: string, content: Buffer) =>
      h.app.inject({
        method: 'POST',
        url: `/api/rfqs/${rfq.id}/attachments`,
        ...multipart(name, type, content),
        ...as,
      });
    const stored = await ok<{ id: string; fileName: string; contentType: string; sizeBytes: number }>(
      await upload(s.purchaser, '图纸.pdf', 'application/pdf', PDF),
      201,
    );
    expect(stored).toMatchObject({
      fileName: '图纸.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
    });
    const fake = await upload(
      s.purchaser,
      'virus.pdf',
      'application/pdf',
      Buffer.from('MZ\x90\x00 not a pdf'),
    );
    expect(fake.statusCode).toBe(422);
    expect(fieldOf(fake)).toBe('file');
    expect((await upload(s.stranger, 'x.pdf', 'application/pdf', PDF)).statusCode).toBe(404);
    const big = await upload(
      s.purchaser,
      'big.pdf',
      'application/pdf',
      Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]),
    );
    expect(big.statusCode).toBe(413);

    const url = `/api/rfqs/${rfq.id}/attachments/${stored.id}`;
    expect((await call('GET', url, s.purchaser)).rawPayload.equals(PDF)).toBe(true);
    // a draft is nobody else's business; once open the invited sellers read it, a stranger never
    expect((await call('GET', url, s.mill)).statusCode).toBe(404);
    await ok(await call('POST', `/api/rfqs/${rfq.id}/submit`, s.purchaser));
    const pending = await ok<RfqBody>(await call('GET', `/api/rfqs/${rfq.id}`, s.purchaser));
    await ok(await decide(pending.approvalRequestId, 'approve'));
    expect((await call('GET', url, s.mill)).rawPayload.equals(PDF)).toBe(true);
    expect((await call('GET', url, s.stranger)).statusCode).toBe(404);
    // attachments belong to the draft: none once published
    expect((await upload(s.purchaser, 'late.pdf', 'application/pdf', PDF)).statusCode).toBe(409);
  });

  it('an award the approver rejects leaves the RFQ closed for another award', async () => {
    const rfqs = h.app.get(RfqService);
    const rfq = await ok<RfqBody>(await call('POST', '/api/rfqs', s.purchaser, draft()), 201);
    const pending = await ok<RfqBody>(await call('POST', `/api/rfqs/${rfq.id}/submit`, s.purchaser));
    await ok(await decide(pending.approvalRequestId, 'approve'));
    const quote = (validDays: number, price: string) => ({
      rfqId: rfq.id,
      paymentTerm: 'cash',
      deliveryDate: chinaDay(15),
      validUntil: new Date(Date.now() + validDays * 86_400_000).toISOString(),
      lines: [{ itemNo: 1, quantity: '5000', unitPrice: price, taxRateBps: 1300 }],
    });
    const mill = await ok<{ id: string }>(
      await call('PUT', `/api/rfqs/${rfq.id}/my-quote`, s.mill, quote(10, '3.2')),
    );
    const other = await ok<{ id: string }>(
      await call('PUT', `/api/rfqs/${rfq.id}/my-quote`, s.otherMill, quote(10, '3.1')),
    );
    // the deadline passes
    await h.db.prisma.rfq.update({ where: { id: rfq.id }, data: { deadline: new Date(Date.now() - 1000) } });
    await rfqs.closeIfDue(rfq.id);

    const award = (quoteId: string) => ({
      allocations: [{ itemNo: 1, quoteId, quantity: '5000' }],
      justification: '单价最低',
    });
    const first = await ok<RfqBody>(
      await call('POST', `/api/rfqs/${rfq.id}/award`, s.purchaser, award(other.id)),
      201,
    );
    await ok(await decide(first.award?.approvalRequestId ?? null, 'reject'));
    const after = await ok<RfqBody>(await call('GET', `/api/rfqs/${rfq.id}`, s.purchaser));
    expect(after.status).toBe('closed');
    expect(after.award).toMatchObject({ status: 'rejected', orderIds: [] });
    expect(await h.db.prisma.order.count({ where: { sourceId: rfq.id } })).toBe(0);

    // another award of the same RFQ passes
    const second = await ok<RfqBody>(
      await call('POST', `/api/rfqs/${rfq.id}/award`, s.purchaser, award(mill.id)),
      201,
    );
    await ok(await decide(second.award?.approvalRequestId ?? null, 'approve'));
    const orders = await h.db.prisma.order.findMany({ where: { sourceId: rfq.id } });
    expect(orders.map((o) => [o.sellerId, o.totalMinor])).toEqual([[id.mill, 1_808_000n]]);
  });
});

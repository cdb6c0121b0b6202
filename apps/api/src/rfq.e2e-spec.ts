import { RfqService } from '@tradeway/server/rfq/feature';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpHarness, type HttpHarness } from './testing/http';

type Session = { cookies: Record<string, string> };
type Res = Awaited<ReturnType<HttpHarness['app']['inject']>>;
type RfqBody = {
  id: string;
  number: string;
  side: string;
  status: string;
  version: number;
  quoteCount: number | null;
  items: Array<{ itemNo: number; quantity: string }>;
  invitations: Array<{ sellerId: string; quoted: boolean | null; firstViewedAt: string | null }>;
  events: Array<{ kind: string; actor: string; data: Record<string, unknown> }>;
  award: { id: string; status: string; orderIds: string[]; approvalRequestId: string | null } | null;
};
type QuoteBody = {
  id: string;
  sellerId: string;
  status: string;
  currentVersion: number;
  versions: Array<{ version: number; roundNo: number | null; lines: Array<{ unitPrice: string }> }>;
  openRounds: Array<{ roundNo: number; message: string }>;
};
type ComparisonBody = {
  quotes: Array<{
    quoteId: string;
    sellerId: string;
    coversAll: boolean;
    totalLandedMinor: string;
    cheapestOverall: boolean;
    score: string | null;
  }>;
  items: Array<{
    itemNo: number;
    offers: Array<{ quoteId: string; cheapest: boolean; landed: Record<string, string> }>;
  }>;
  bestSplit: {
    allocations: Array<{ itemNo: number; quoteId: string; quantity: string }>;
    totalLandedMinor: string;
  };
};

const HOUR = 3_600_000;
const chinaDay = (offsetDays: number) =>
  new Date(Date.now() + 8 * HOUR + offsetDays * 86_400_000).toISOString().slice(0, 10);

/**
 * DESIGN.md §5 over HTTP: a food group asks three sugar mills (and not a fourth) for two
 * grades of sugar in a sealed RFQ; they quote, revise and withdraw before the deadline and
 * nothing after it; nobody reads a quote before the deadline; the buyer compares landed costs,
 * sends a counter-offer, and awards split through its approval policy; purchase orders follow.
 */
describe('RFQs over HTTP', () => {
  let h: HttpHarness;
  const s = {} as Record<
    'buyer' | 'purchaser' | 'approver' | 'millA' | 'millB' | 'millC' | 'outsider' | 'otherBuyer',
    Session
  >;
  const id = {} as Record<
    'buyer' | 'millA' | 'millB' | 'millC' | 'outsider' | 'otherBuyer' | 'category',
    string
  >;
  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    as: Session | null,
    payload?: object,
  ) => h.app.inject({ method, url, payload, ...(as ?? {}) });
  const ok = async <T>(res: Res, status = 200): Promise<T> => {
    expect(res.statusCode, res.body).toBe(status);
    return res.json() as T;
  };
  const fieldOf = (res: Res) =>
    (res.json() as { data?: { fields?: Array<{ path: string }> } }).data?.fields?.[0]?.path;

  const draft = (over: Record<string, unknown> = {}) => ({
    title: '白砂糖 2027 年一季度',
    sealed: true,
    categoryId: id.category,
    items: [
      { description: '白砂糖 一级', quantity: '100', unit: 't' },
      { description: '白砂糖 优级', specification: 'GB/T 317 优级', quantity: '50', unit: 't' },
    ],
    deliveryDate: chinaDay(30),
    deliveryRegion: 'CN-GD',
    deliveryAddress: '广州市南沙区',
    acceptedPaymentTerms: ['cash', 'net30', 'net60', 'prepayment'],
    deadline: new Date(Date.now() + 2 * HOUR).toISOString(),
    invitedSellerIds: [id.millA, id.millB, id.millC],
    costOfCapitalBps: 600,
    vatRecoverable: true,
    ...over,
  });
  const quote = (rfqId: string, prices: [string, string] | [string], over: Record<string, unknown> = {}) => ({
    rfqId,
    paymentTerm: 'cash',
    deliveryDate: chinaDay(25),
    validUntil: new Date(Date.now() + 20 * 86_400_000).toISOString(),
    lines: prices.map((p, i) => ({
      itemNo: i + 1,
      quantity: i === 0 ? '100' : '50',
      unitPrice: p,
      freightPerUnit: '0',
      taxRateBps: 1300,
    })),
    ...over,
  });
  /** The procurement record as sheet name → rows of cell texts. */
  const recordOf = async (rfqId: string, lang = 'zh-CN') => {
    const res = await call('GET', `/api/rfqs/${rfqId}/record?lang=${lang}`, s.purchaser);
    expect(res.statusCode, res.body).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheets = new Map<string, string[][]>();
    book.eachSheet((sheet) => {
      const rows: string[][] = [];
      sheet.eachRow((row) =>
        rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))),
      );
      sheets.set(sheet.name, rows);
    });
    return sheets;
  };
  /** Time passes: the deadline is now behind us (the server's clock decides everything else). */
  const passDeadline = async (rfqId: string) => {
    await h.db.prisma.rfq.update({ where: { id: rfqId }, data: { deadline: new Date(Date.now() - 1000) } });
  };

  beforeAll(async () => {
    h = await httpHarness();
    const buyer = await h.make.company(['buyer'], { name: '华鑫食品' });
    const otherBuyer = await h.make.company(['buyer'], { name: '林木家具' });
    const mills = await Promise.all(
      ['桂糖', '南宁糖业', '湛江糖厂', '无关糖厂'].map((name) => h.make.company(['seller'], { name })),
    );
    const [millA, millB, millC, outsider] = mills as [
      (typeof mills)[0],
      (typeof mills)[0],
      (typeof mills)[0],
      (typeof mills)[0],
    ];
    Object.assign(id, {
      buyer: buyer.id,
      otherBuyer: otherBuyer.id,
      millA: millA.id,
      millB: millB.id,
      millC: millC.id,
      outsider: outsider.id,
    });
    const people = [
      ['buyer', buyer.id, 'owner'],
      ['purchaser', buyer.id, 'purchaser'],
      ['approver', buyer.id, 'approver'],
      ['millA', millA.id, 'sales'],
      ['millB', millB.id, 'sales'],
      ['millC', millC.id, 'owner'],
      ['outsider', outsider.id, 'owner'],
      ['otherBuyer', otherBuyer.id, 'owner'],
    ] as const;
    for (const [who, company, role] of people) {
      await h.make.member(company, role, `${who.toLowerCase()}@rfq.test`);
      s[who] = await h.signIn(`${who.toLowerCase()}@rfq.test`);
    }
    const category = await h.db.prisma.category.create({
      data: { code: 'sugar-rfq', nameZh: '食糖', nameEn: 'Sugar', taxRateBps: 1300 },
    });
    id.category = category.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses bad drafts with the field at fault and stores nothing', async () => {
    const before = await h.db.prisma.rfq.count();
    const noItems = await call('POST', '/api/rfqs', s.purchaser, draft({ items: [] }));
    expect(noItems.statusCode).toBe(400);
    expect(fieldOf(noItems)).toBe('items');
    const early = await call('POST', '/api/rfqs', s.purchaser, draft({ deliveryDate: chinaDay(-1) }));
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ code: 'RFQ_DELIVERY_BEFORE_DEADLINE' });
    expect(fieldOf(early)).toBe('deliveryDate');
    const notSeller = await call(
      'POST',
      '/api/rfqs',
      s.purchaser,
      draft({ invitedSellerIds: [id.millA, id.otherBuyer] }),
    );
    expect(notSeller.statusCode).toBe(404);
    expect(fieldOf(notSeller)).toBe('invitedSellerIds.1');
    const nobody = await call('POST', '/api/rfqs', s.purchaser, draft({ invitedSellerIds: [] }));
    expect(nobody.statusCode).toBe(422);
    expect(fieldOf(nobody)).toBe('invitedSellerIds');
    const badTerm = await call('POST', '/api/rfqs', s.purchaser, draft({ acceptedPaymentTerms: ['net45'] }));
    expect(badTerm.statusCode).toBe(400);
    expect(fieldOf(badTerm)).toBe('acceptedPaymentTerms.0');
    expect((await call('POST', '/api/rfqs', s.millA, draft())).statusCode).toBe(403);
    expect(await h.db.prisma.rfq.count()).toBe(before);
  });

  it('publishes a draft, refuses a deadline too soon, and hides it from sellers not invited and other buyers', async () => {
    const soon = await ok<RfqBody>(
      await call(
        'POST',
        '/api/rfqs',
        s.purchaser,
        draft({ deadline: new Date(Date.now() + 30 * 60_000).toISOString() }),
      ),
      201,
    );
    const refused = await call('POST', `/api/rfqs/${soon.id}/submit`, s.purchaser);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'RFQ_DEADLINE_TOO_SOON' });
    expect(fieldOf(refused)).toBe('deadline');

    const rfq = await ok<RfqBody>(await call('POST', '/api/rfqs', s.purchaser, draft()), 201);
    expect(rfq).toMatchObject({ status: 'draft', side: 'buyer' });
    // a draft is invisible to the invited sellers
    expect((await call('GET', `/api/rfqs/${rfq.id}`, s.millA)).statusCode).toBe(404);
    const open = await ok<RfqBody>(await call('POST', `/api/rfqs/${rfq.id}/submit`, s.purchaser));
    expect(open.status).toBe('open');
    expect(open.events.map((e) => e.kind)).toEqual(['rfq.created', 'rfq.published']);
    // publishing twice is a state conflict
    expect((await call('POST', `/api/rfqs/${rfq.id}/submit`, s.purchaser)).statusCode).toBe(409);

    const seen = await ok<RfqBody>(await call('GET', `/api/rfqs/${rfq.id}`, s.millA));
    expect(seen).toMatchObject({ side: 'seller', invitations: [], quoteCount: null, award: null });
    for (const who of ['outsider', 'otherBuyer'] as const) {
      expect((await call('GET', `/api/rfqs/${rfq.id}`, s[who])).statusCode).toBe(404);
      expect(
        (await call('PUT', `/api/rfqs/${rfq.id}/my-quote`, s[who], quote(rfq.id, ['5900', '6100'])))
          .statusCode,
      ).toBe(404);
    }
    const inboxA = await ok<{ items: Array<{ id: string; myQuote: string }> }>(
      await call('GET', '/api/rfq-inbox', s.millA),
    );
    expect(inboxA.items.find((i) => i.id === rfq.id)?.myQuote).toBe('none');
    const inboxOut = await ok<{ items: Array<{ id: string }> }>(
      await call('GET', '/api/rfq-inbox', s.outsider),
    );
    expect(inboxOut.items.map((i) => i.id)).not.toContain(rfq.id);
    // the buyer sees that mill A looked at it
    const mine = await ok<RfqBody>(await call('GET', `/api/rfqs/${rfq.id}`, s.purchaser));
    const firstLook = mine.invitations.find((i) => i.sellerId === id.millA)?.firstViewedAt;
    expect(firstLook).not.toBeNull();
    // a later look leaves the first one as it was
    await new Promise((r) => setTimeout(r, 5));
    await ok(await call('GET', `/api/rfqs/${rfq.id}`, s.millA));
    const again = await ok<RfqBody>(await call('GET', `/api/rfqs/${rfq.id}`, s.purchaser));
    expect(again.invitations.find((i) => i.sellerId === id.millA)?.firstViewedAt).toBe(firstLook);
    // cancelled once open: a reason is required
    const noReason = await call('POST', `/api/rfqs/${rfq.id}/cancel`, s.purchaser, {});
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json()).toMatchObject({ code: 'RFQ_REASON_REQUIRED' });
  });

  it('runs a sealed RFQ from quotes to a split award with approval and purchase orders', async () => {
    // the award passes the owner's policy: one approval by the approver
    await ok(
      await call('POST', '/api/approval/policies', s.buyer, {
        subjectType: 'rfq_award',
        name: '询价授标',
        priority: 1,
        levels: [{ order: 1, mode: 'any', approverRoles: ['approver'] }],
      }),
      201,
    );
    const rfq = await ok<RfqBody>(await call('POST', '/api/rfqs', s.purchaser, draft()), 201);
    await ok(await call('POST', `/api/rfqs/${rfq.id}/submit`, s.purchaser));

    // Quotes. A: cheap on item 1, dear on item 2. B: the reverse. C: in between, net 60.
    const a1 = await ok<QuoteBody>(
      await call('PUT', `/api/rfqs/${rfq.id}/my-quote`, s.millA, quote(rfq.id, ['5800', '6600'])),
    );
    expect(a1).toMatchObject({ currentVersion: 1, status: 'active' });
    await ok(await call('PUT', `/api/rfqs/${rfq.id}/my-quote`, s.millB, quote(rfq.id, ['6100', '6200'])));
    await ok(
      await call(
        'PUT',
        `/api/rfqs/${rfq.id}/my-quote`,
        s.millC,
        quote(rfq.id, ['6000', '6400'], { paymentTerm: 'net60' }),
      ),
    );
    // A revises (version 2, both kept); C withdraws and quotes again
    const a2 = await ok<QuoteBody>(
      await call('PUT', `/api/rfqs/${rfq.id}/my-quote`, s.millA, quote(rfq.id, ['5750', '6600'])),
    );
    expect(a2.versions.map((v) => [v.version, v.lines[0]?.unitPrice])).toEqual([
      [2, '5750'],
      [1, '5800'],
    ]);
    expect(
      (await ok<QuoteBody>(await call('POST', `/api/rfqs/${rfq.id}/my-quote/withdraw`, s.millC))).status,
    ).toBe('withdrawn');
    expect((await call('POST', `/api/rfqs/${rfq.id}/my-quote/withdraw`, s.millC)).statusCode).toBe(409);
    await ok(
      await call(
        'PUT',
        `/api/rfqs/${rfq.id}/my-quote`,
        s.millC,
        quote(rfq.id, ['6000', '6400'], { paymentTerm: 'net60' }),
      ),
    );

    // bad quotes: the line at fault, nothing stored
    const bad = [
      [{ lines: [{ itemNo: 3, quantity: '1', unitPrice: '1', taxRateBps: 1300 }] }, 422, 'lines.0.itemNo'],
      [
        { lines: [{ itemNo: 1, quantity: '101', unitPrice: '1', taxRateBps: 1300 }] },
        422,
        'lines.0.quantity',
      ],
      [{ paymentTerm: 'net90' }, 422, 'paymentTerm'],
      [{ validUntil: new Date(Date.now() + HOUR).toISOString() }, 422, 'validUntil'],
      [
        { lines: [{ itemNo: 1, quantity: '1', unitPrice: '-5', taxRateBps: 1300 }] },
        400,
        'lines.0.unitPrice',
      ],
    ] as const;
    for (const [over, status, field] of bad) {
      const res = await call(
        'PUT',
        `/api/rfqs/${rfq.id}/my-quote`,
        s.millB,
        quote(rfq.id, ['6100', '6200'], over),
      );
      expect(res.statusCode, res.body).toBe(status);
      expect(fieldOf(res)).toBe(field);
    }
    expect(
      (await ok<{ quote: QuoteBody }>(await call('GET', `/api/rfqs/${rfq.id}/my-quote`, s.millB))).quote
        .currentVersion,
    ).toBe(1);

    // Sealed: no one reads a quote before the deadline, the buyer included.
    for (const url of [`/api/rfqs/${rfq.id}/quotes`, `/api/rfqs/${rfq.id}/comparison`]) {
      const sealed = await call('GET', url, s.purchaser);
      expect(sealed.statusCode).toBe(403);
      expect(sealed.json()).toMatchObject({ code: 'RFQ_QUOTES_SEALED' });
      expect((await call('GET', url, s.millA)).statusCode).toBe(404);
    }
    const sealedRecord = await recordOf(rfq.id, 'en');
    expect(sealedRecord.get('Quotes')?.[1]?.[0]).toBe('Quotes are sealed until the deadline');
    expect(JSON.stringify([...sealedRecord.values()])).not.toContain('5750');
    const buyerView = await ok<RfqBody>(await call('GET', `/api/rfqs/${rfq.id}`, s.purchaser));
    expect(buyerView.quoteCount).toBeNull();
    expect(buyerView.invitations.every((i) => i.quoted === null)).toBe(true);
    expect(JSON.stringify(buyerView.events)).not.toContain('5750');
    const millBView = await ok<{ quote: QuoteBody }>(
      await call('GET', `/api/rfqs/${rfq.id}/my-quote`, s.millB),
    );
    expect(millBView.quote.sellerId).toBe(id.millB);
    expect(
      JSON.stringify(await ok<RfqBody>(await call('GET', `/api/rfqs/${rfq.id}`, s.millB))),
    ).not.toContain('5750');
    // no counter-offer and no award while open
    expect(
      (
        await call('POST', `/api/rfqs/${rfq.id}/rounds`, s.purchaser, {
          sellerIds: [id.millB],
          message: '请降价',
          closesAt: new Date(Date.now() + 3 * HOUR).toISOString(),
        })
      ).statusCode,
    ).toBe(409);

    // The deadline passes: quoting is refused by the server's clock before any job runs…
    await passDeadline(rfq.id);
    const late = await call('PUT', `/api/rfqs/${rfq.id}/my-quote`, s.millB, quote(rfq.id, ['5000', '5000']));
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'RFQ_DEADLINE_PASSED' });
    expect((await call('POST', `/api/rfqs/${rfq.id}/my-quote/withdraw`, s.millA)).statusCode).toBe(409);
    // …and the close, run twice, closes once.
    const rfqs = h.app.get(RfqService);
    expect(await rfqs.closeIfDue(rfq.id)).toBe(true);
    expect(await rfqs.closeIfDue(rfq.id)).toBe(false);
    const closed = await ok<RfqBody>(await call('GET', `/api/rfqs/${rfq.id}`, s.purchaser));
    expect(closed.status).toBe('closed');
    expect(closed.quoteCount).toBe(3);
    expect(closed.events.filter((e) => e.kind === 'rfq.closed')).toHaveLength(1);

    // The comparison: landed cost per line, cheapest marked, best split A (item 1) + B (item 2).
    const quotes = await ok<{ items: QuoteBody[] }>(
      await call('GET', `/api/rfqs/${rfq.id}/quotes`, s.purchaser),
    );
    const quoteOf = (seller: string) => quotes.items.find((q) => q.sellerId === seller)?.id as string;
    const cmp = await ok<ComparisonBody>(await call('GET', `/api/rfqs/${rfq.id}/comparison`, s.purchaser));
    const item1 = cmp.items.find((i) => i.itemNo === 1);
    expect(item1?.offers.find((o) => o.cheapest)?.quoteId).toBe(quoteOf(id.millA));
    // A, item 1: 100 t × 5 750 = 575 000.00, cash, VAT recoverable → landed = goods
    expect(item1?.offers.find((o) => o.quoteId === quoteOf(id.millA))?.landed).toMatchObject({
      goodsMinor: '57500000',
      financingMinor: '0',
      taxMinor: '0',
      totalMinor: '57500000',
    });
    // C, net 60 at 6 %: 600 000 × 6 % × 60 / 365 = 5 917.81 saved
    expect(item1?.offers.find((o) => o.quoteId === quoteOf(id.millC))?.landed.financingMinor).toBe('-591781');
    expect(cmp.bestSplit.allocations).toEqual([
      { itemNo: 1, quoteId: quoteOf(id.millA), quantity: '100.000' },
      { itemNo: 2, quoteId: quoteOf(id.millB), quantity: '50.000' },
    ]);
    expect(cmp.bestSplit.totalLandedMinor).toBe(String(57_500_000 + 31_000_000));
    const single = cmp.quotes.filter((q) => q.coversAll).map((q) => BigInt(q.totalLandedMinor));
    expect(single.every((t) => BigInt(cmp.bestSplit.totalLandedMinor) <= t)).toBe(true);
    const weighted = await call(
      'GET',
      `/api/rfqs/${rfq.id}/comparison?priceWeight=70&deliveryWeight=20&supplierWeight=20`,
      s.purchaser,
    );
    expect(weighted.statusCode).toBe(422);
    expect(fieldOf(weighted)).toBe('priceWeight');
    const scored = await ok<ComparisonBody>(
      await call(
        'GET',
        `/api/rfqs/${rfq.id}/comparison?priceWeight=70&deliveryWeight=20&supplierWeight=10`,
        s.purchaser,
      ),
    );
    expect(scored.quotes.every((q) => q.score !== null)).toBe(true);

    // A counter-offer to B, answered with a new version; C, not asked, may not revise.
    await ok(
      await call('POST', `/api/rfqs/${rfq.id}/rounds`, s.purchaser, {
        sellerIds: [id.millB],
        message: '优级糖请报 6 150',
        closesAt: new Date(Date.now() + 3 * HOUR).toISOString(),
        targets: [{ itemNo: 2, targetUnitPrice: '6150' }],
      }),
      201,
    );
    const asked = await ok<{ quote: QuoteBody }>(await call('GET', `/api/rfqs/${rfq.id}/my-quote`, s.millB));
    expect(asked.quote.openRounds).toMatchObject([{ roundNo: 1, message: '优级糖请报 6 150' }]);
    const b2 = await ok<QuoteBody>(
      await call('PUT', `/api/rfqs/${rfq.id}/my-quote`, s.millB, quote(rfq.id, ['6100', '6150'])),
    );
    expect(b2.versions[0]).toMatchObject({ version: 2, roundNo: 1 });
    expect(b2.openRounds).toEqual([]);
    expect(
      (await call('PUT', `/api/rfqs/${rfq.id}/my-quote`, s.millC, quote(rfq.id, ['5000', '5000'])))
        .statusCode,
    ).toBe(409);

    // The award: bad ones refused with the field, then a split one waits for approval.
    const award = (
      allocations: object[],
      justification = '分项授标：一级糖桂糖最低，优级糖南宁糖业议价后最低',
    ) => ({
      allocations,
      justification,
    });
    const tooMuch = await call(
      'POST',
      `/api/rfqs/${rfq.id}/award`,
      s.purchaser,
      award([{ itemNo: 1, quoteId: quoteOf(id.millA), quantity: '101' }]),
    );
    expect(tooMuch.statusCode).toBe(422);
    expect(fieldOf(tooMuch)).toBe('allocations.0.quantity');
    expect(
      (
        await call(
          'POST',
          `/api/rfqs/${rfq.id}/award`,
          s.purchaser,
          award([{ itemNo: 1, quoteId: quoteOf(id.millA), quantity: '100' }], ' '),
        )
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await call(
          'POST',
          `/api/rfqs/${rfq.id}/award`,
          s.otherBuyer,
          award([{ itemNo: 1, quoteId: quoteOf(id.millA), quantity: '100' }]),
        )
      ).statusCode,
    ).toBe(404);
    const split = [
      { itemNo: 1, quoteId: quoteOf(id.millA), quantity: '100' },
      { itemNo: 2, quoteId: quoteOf(id.millB), quantity: '50' },
    ];
    const pending = await ok<RfqBody>(
      await call('POST', `/api/rfqs/${rfq.id}/award`, s.purchaser, award(split)),
      201,
    );
    expect(pending.status).toBe('closed');
    expect(pending.award).toMatchObject({ status: 'pending_approval', orderIds: [] });
    // without the approval there is no order, and no second award
    expect(await h.db.prisma.order.count({ where: { sourceId: rfq.id } })).toBe(0);
    const again = await call('POST', `/api/rfqs/${rfq.id}/award`, s.purchaser, award(split));
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'RFQ_AWARD_PENDING' });

    await ok(
      await call('POST', `/api/approval/requests/${pending.award?.approvalRequestId}/decisions`, s.approver, {
        decision: 'approve',
        comment: '同意',
      }),
    );
    const awarded = await ok<RfqBody>(await call('GET', `/api/rfqs/${rfq.id}`, s.purchaser));
    expect(awarded.status).toBe('awarded');
    expect(awarded.award?.orderIds).toHaveLength(2);
    const orders = await h.db.prisma.order.findMany({
      where: { sourceId: rfq.id },
      include: { lines: true },
    });
    const bySeller = new Map(orders.map((o) => [o.sellerId, o]));
    expect(bySeller.get(id.millA)).toMatchObject({
      status: 'placed',
      source: 'rfq_award',
      netMinor: 57_500_000n,
      taxMinor: 7_475_000n,
    });
    expect(bySeller.get(id.millB)).toMatchObject({ netMinor: 30_750_000n, taxMinor: 3_997_500n });
    expect(bySeller.has(id.millC)).toBe(false);
    // both sellers see their order; C is told it lost and sees no order
    const orderA = bySeller.get(id.millA);
    expect((await call('GET', `/api/orders/${orderA?.id}`, s.millA)).statusCode).toBe(200);
    expect((await call('GET', `/api/orders/${orderA?.id}`, s.millB)).statusCode).toBe(404);
    const cView = await ok<RfqBody>(await call('GET', `/api/rfqs/${rfq.id}`, s.millC));
    expect(cView.events.map((e) => e.kind)).toContain('quote.not_awarded');
    const outcome = async (to: string) =>
      (
        await h.db.prisma.outboxMail.findMany({
          where: { to, subject: { contains: rfq.number } },
          select: { subject: true },
        })
      )
        .map((m) => m.subject.split(':')[0])
        .filter((subject) => /Awarded|Not awarded/.test(subject ?? ''));
    expect(await outcome('milla@rfq.test')).toEqual(['询价中标 / Awarded']);
    expect(await outcome('millb@rfq.test')).toEqual(['询价中标 / Awarded']);
    expect(await outcome('millc@rfq.test')).toEqual(['询价未中标 / Not awarded']);
    expect(cView.events.map((e) => e.kind)).not.toContain('round.opened');
    // the whole history is in the buyer's timeline and the audit log
    expect(awarded.events.map((e) => e.kind)).toEqual(
      expect.arrayContaining([
        'rfq.published',
        'quote.submitted',
        'quote.revised',
        'quote.withdrawn',
        'rfq.closed',
        'round.opened',
        'quote.round_answered',
        'award.submitted',
        'rfq.awarded',
        'award.approved',
      ]),
    );
    const audit = await h.db.prisma.auditEntry.findMany({
      where: { subjectId: rfq.id },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'rfq.submit',
        'rfq.close',
        'rfq.counter_offer',
        'rfq.award',
        'rfq.award_approved',
      ]),
    );
  });

  it('pre-fills a seller’s answer from its own price list, converted to the item’s unit', async () => {
    const db = h.db.prisma;
    const product = await db.product.create({
      data: {
        code: 'WS',
        sellerId: id.millA,
        categoryId: id.category,
        nameZh: '白砂糖',
        nameEn: 'White sugar',
        unit: 't',
      },
    });
    const sku = await db.sku.create({
      data: {
        code: 'WS-GB1',
        sellerId: id.millA,
        productId: product.id,
        specCode: 'SUGAR-WHITE-GB1',
        attributes: { grade: '一级' },
        unit: 't',
        packSize: '1',
        minOrderQuantity: '1',
        orderIncrement: '1',
      },
    });
    await h.make.member(id.millA, 'owner', 'millaowner@rfq.test');
    const owner = await h.signIn('millaowner@rfq.test');
    const priced = await ok<{ id: string }>(
      await call('POST', '/api/pricing/lists', owner, {
        kind: 'list',
        code: 'LIST-2027',
        name: '2027 公开价',
        delivery: {
          pickups: [],
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
    await ok(
      await call('PUT', `/api/pricing/lists/${priced.id}/items/${sku.id}`, owner, { unitPrice: '5900' }),
    );
    const current = await ok<{ version: number }>(
      await call('GET', `/api/pricing/lists/${priced.id}`, owner),
    );
    await ok(
      await call('PATCH', `/api/pricing/lists/${priced.id}`, owner, {
        status: 'published',
        version: current.version,
      }),
    );

    const rfq = await ok<RfqBody>(
      await call(
        'POST',
        '/api/rfqs',
        s.purchaser,
        draft({
          items: [
            { skuId: sku.id, description: '白砂糖 一级', quantity: '100000', unit: 'kg' },
            { description: '红糖', quantity: '5', unit: 't' },
          ],
        }),
      ),
      201,
    );
    await ok(await call('POST', `/api/rfqs/${rfq.id}/submit`, s.purchaser));
    type Suggestion = {
      paymentTerm: string;
      lines: Array<{
        itemNo: number;
        unitPrice: string | null;
        freightPerUnit: string | null;
        taxRateBps: number | null;
        reason: string | null;
      }>;
    };
    const mine = await ok<Suggestion>(
      await call('GET', `/api/rfqs/${rfq.id}/my-quote/suggestion?paymentTerm=cash`, s.millA),
    );
    // 100 000 kg = 100 t at 5 900/t → 5.9000/kg; freight (100 t × 50 + 200.00) ÷ 100 000 kg = 0.0520/kg
    expect(mine.lines[0]).toMatchObject({
      itemNo: 1,
      unitPrice: '5.9000',
      freightPerUnit: '0.0520',
      taxRateBps: 1300,
      reason: null,
    });
    expect(mine.lines[1]).toMatchObject({ itemNo: 2, unitPrice: null });
    expect(mine.lines[1]?.reason).toMatch(/No SKU of mine/);
    // another seller has no such SKU; the buyer may not ask; a stranger does not see the RFQ
    expect(
      (await ok<Suggestion>(await call('GET', `/api/rfqs/${rfq.id}/my-quote/suggestion`, s.millB))).lines[0]
        ?.unitPrice,
    ).toBeNull();
    expect((await call('GET', `/api/rfqs/${rfq.id}/my-quote/suggestion`, s.buyer)).statusCode).toBe(403);
    expect((await call('GET', `/api/rfqs/${rfq.id}/my-quote/suggestion`, s.outsider)).statusCode).toBe(404);
  });

  it('expires an RFQ that closes without quotes; cancels one with a reason and tells the sellers', async () => {
    const rfq = await ok<RfqBody>(
      await call('POST', '/api/rfqs', s.purchaser, draft({ sealed: false })),
      201,
    );
    await ok(await call('POST', `/api/rfqs/${rfq.id}/submit`, s.purchaser));
    await passDeadline(rfq.id);
    const run = await h.app.get(RfqService).sweep();
    expect(run.closed).toBeGreaterThanOrEqual(1);
    expect((await ok<RfqBody>(await call('GET', `/api/rfqs/${rfq.id}`, s.purchaser))).status).toBe('expired');

    const other = await ok<RfqBody>(
      await call('POST', '/api/rfqs', s.purchaser, draft({ sealed: false })),
      201,
    );
    await ok(await call('POST', `/api/rfqs/${other.id}/submit`, s.purchaser));
    await ok(await call('PUT', `/api/rfqs/${other.id}/my-quote`, s.millA, quote(other.id, ['5900', '6300'])));
    // not sealed: the buyer reads the quote before the deadline
    expect(
      (await ok<{ items: QuoteBody[] }>(await call('GET', `/api/rfqs/${other.id}/quotes`, s.purchaser)))
        .items,
    ).toHaveLength(1);
    const mailsBefore = await h.db.prisma.outboxMail.count({ where: { to: 'milla@rfq.test' } });
    const cancelled = await ok<RfqBody>(
      await call('POST', `/api/rfqs/${other.id}/cancel`, s.purchaser, { reason: '需求取消' }),
    );
    expect(cancelled.status).toBe('cancelled');
    expect(await h.db.prisma.outboxMail.count({ where: { to: 'milla@rfq.test' } })).toBe(mailsBefore + 1);
    expect(
      (await call('PUT', `/api/rfqs/${other.id}/my-quote`, s.millA, quote(other.id, ['5800', '6300'])))
        .statusCode,
    ).toBe(409);
  });
});

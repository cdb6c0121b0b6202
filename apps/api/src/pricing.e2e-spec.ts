import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestAuth } from '@tradeway/server/platform';
import { CatalogImportService, QuoteService } from '@tradeway/server/pricing/feature';
import type { Permission } from '@tradeway/shared/contracts';
import { httpHarness, type HttpHarness } from './testing/http';

type Session = { cookies: Record<string, string> };
type Line = { kind: string; amountMinor: string; detail: Record<string, string> };
type QuoteBody = {
  id: string | null;
  status: string | null;
  sellerName: string;
  sellerNameEn: string | null;
  buyerName: string;
  buyerNameEn: string | null;
  listKind: string;
  baseUnitPrice: string;
  unitPrice: string;
  lines: Line[];
  netMinor: string;
  taxMinor: string;
  totalMinor: string;
  validUntil: string;
  listId: string | null;
  listName: string | null;
  approvalRequestId: string | null;
};

const day = (offset: number) =>
  new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
const line = (q: QuoteBody, kind: string) => q.lines.find((l) => l.kind === kind)?.amountMinor;
const sum = (q: QuoteBody) => q.lines.reduce((s, l) => s + BigInt(l.amountMinor), 0n).toString();

/**
 * DESIGN.md §4 over HTTP: price lists, grades and contracts of a sugar mill; the examples of
 * issue 4 (ladder, grade vs new customer, cash vs prepayment vs net 60, pickup vs far zone),
 * the refusals, confidentiality between buyers and between sellers, special prices through
 * the seller's approval policy, and spreadsheet imports.
 */
describe('pricing and quotes over HTTP', () => {
  let h: HttpHarness;
  type Who =
    'millOwner' | 'millSales' | 'millManager' | 'rivalOwner' | 'strategic' | 'newcomer' | 'contracted';
  const s = {} as Record<Who, Session>;
  const id = {} as Record<string, string> &
    Record<
      | 'mill'
      | 'rival'
      | 'strategic'
      | 'newcomer'
      | 'contracted'
      | 'category'
      | 'product'
      | 'sku'
      | 'bagged'
      | 'rivalSku'
      | 'warehouse'
      | 'grade'
      | 'list'
      | 'gradeList'
      | 'contractList'
      | 'quote'
      | 'user:newcomer',
      string
    >;
  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    as: Session | null,
    payload?: object,
  ) => h.app.inject({ method, url, payload, ...(as ?? {}) });
  const quote = async (as: Session, body: object) => {
    const res = await call('POST', '/api/quotes/preview', as, body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as QuoteBody;
  };
  const sugar = (quantity: string, extra: object = {}) => ({
    skuId: id.sku,
    quantity,
    paymentTerm: 'cash',
    delivery: { mode: 'pickup', warehouseId: id.warehouse },
    ...extra,
  });

  beforeAll(async () => {
    h = await httpHarness();
    const mill = await h.make.company(['seller'], { name: '桂糖制糖' });
    const rival = await h.make.company(['seller'], { name: '南宁糖业' });
    const strategic = await h.make.company(['buyer'], { name: '华鑫食品' });
    const newcomer = await h.make.company(['buyer'], { name: '新客户食品厂' });
    const contracted = await h.make.company(['buyer'], { name: '合同客户饮料' });
    // English names where the company gave one; the rival gave none.
    for (const [company, nameEn] of [
      [mill.id, 'Guitang Sugar Co.'],
      [strategic.id, 'Huaxin Food'],
      [newcomer.id, 'Newcomer Foods'],
      [contracted.id, 'Hexin Beverages'],
    ] as const) {
      await h.db.prisma.company.update({ where: { id: company }, data: { nameEn } });
    }
    Object.assign(id, {
      mill: mill.id,
      rival: rival.id,
      strategic: strategic.id,
      newcomer: newcomer.id,
      contracted: contracted.id,
    });
    for (const [key, company, role] of [
      ['millOwner', mill.id, 'owner'],
      ['millSales', mill.id, 'sales'],
      ['millManager', mill.id, 'sales_manager'],
      ['rivalOwner', rival.id, 'owner'],
      ['strategic', strategic.id, 'purchaser'],
      ['newcomer', newcomer.id, 'purchaser'],
      ['contracted', contracted.id, 'purchaser'],
    ] as const) {
      const m = await h.make.member(company, role, `${key.toLowerCase()}@pricing.test`);
      id[`user:${key}`] = m.user.id;
      s[key] = await h.signIn(`${key.toLowerCase()}@pricing.test`);
    }
    const category = await h.db.prisma.category.create({
      data: { code: 'sugar', nameZh: '白砂糖', nameEn: 'White sugar', taxRateBps: 1300 },
    });
    id.category = category.id;
    const product = await h.db.prisma.product.create({
      data: {
        code: 'WS',
        sellerId: mill.id,
        categoryId: category.id,
        nameZh: '白砂糖',
        nameEn: 'White sugar',
        unit: 't',
      },
    });
    id.product = product.id;
    const sku = await h.db.prisma.sku.create({
      data: {
        code: 'WS-GB1',
        sellerId: mill.id,
        productId: product.id,
        specCode: 'SUGAR-WHITE-GB1',
        attributes: { grade: '一级' },
        unit: 't',
        packSize: '0.05',
        minOrderQuantity: '1',
        orderIncrement: '1',
      },
    });
    id.sku = sku.id;
    const bagged = await h.db.prisma.sku.create({
      data: {
        code: 'WS-GB1-25',
        sellerId: mill.id,
        productId: product.id,
        attributes: { grade: '一级', pack: '25t' },
        unit: 't',
        packSize: '25',
        minOrderQuantity: '25',
        orderIncrement: '25',
      },
    });
    id.bagged = bagged.id;
    const rivalProduct = await h.db.prisma.product.create({
      data: {
        code: 'WS',
        sellerId: rival.id,
        categoryId: category.id,
        nameZh: '白砂糖',
        nameEn: 'White sugar',
        unit: 't',
      },
    });
    const rivalSku = await h.db.prisma.sku.create({
      data: {
        code: 'WS-GB1',
        sellerId: rival.id,
        productId: rivalProduct.id,
        specCode: 'SUGAR-WHITE-GB1',
        attributes: { grade: '一级' },
        unit: 't',
        packSize: '1',
        minOrderQuantity: '1',
        orderIncrement: '1',
      },
    });
    id.rivalSku = rivalSku.id;
    const warehouse = await h.db.prisma.warehouse.create({
      data: {
        code: 'CZ-1',
        name: '崇左一号库',
        nameEn: 'Chongzuo No. 1',
        kind: 'ambient',
        city: '崇左',
        address: '崇左市',
        operatorId: mill.id,
        dailyStorageFeeMinor: 100n,
        feeUnit: 't',
        exitFeeDays: 3,
      },
    });
    id.warehouse = warehouse.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('lets the seller define grades, lists with ladders, terms and zones, and a contract', async () => {
    const grade = await call('POST', '/api/pricing/grades', s.millManager, {
      code: 'STRATEGIC',
      nameZh: '战略客户',
      nameEn: 'Strategic',
      rank: 1,
    });
    expect(grade.statusCode, grade.body).toBe(201);
    id.grade = grade.json().id;
    expect(
      (
        await call('PUT', `/api/pricing/customers/${id.strategic}/grade`, s.millManager, {
          gradeId: id.grade,
        })
      ).statusCode,
    ).toBe(200);

    const list = await call('POST', '/api/pricing/lists', s.millManager, {
      kind: 'list',
      code: 'LIST-2026',
      name: '2026 公开价',
      terms: { annualCostOfCapitalBps: 800, prepaymentDays: 30, overridesBps: {} },
      delivery: {
        pickups: [{ warehouseId: id.warehouse, handlingPerUnit: '5' }],
        zones: [
          {
            code: 'NEAR',
            nameZh: '广西',
            nameEn: 'Guangxi',
            regions: ['CN-GX'],
            freightPerUnit: '50',
            perShipmentFeeMinor: '20000',
          },
          {
            code: 'FAR',
            nameZh: '华北',
            nameEn: 'North China',
            regions: ['CN-BJ', 'CN-TJ'],
            freightPerUnit: '300',
            perShipmentFeeMinor: '50000',
          },
        ],
      },
    });
    expect(list.statusCode, list.body).toBe(201);
    id.list = list.json().id;
    const item = await call('PUT', `/api/pricing/lists/${id.list}/items/${id.sku}`, s.millManager, {
      unitPrice: '6000',
      floorPrice: '5500',
      ladderMode: 'all_units',
      ladder: [
        { minQuantity: '100', kind: 'absolute', value: '5950' },
        { minQuantity: '10000', kind: 'absolute', value: '5800' },
      ],
    });
    expect(item.statusCode, item.body).toBe(200);
    await call('PUT', `/api/pricing/lists/${id.list}/items/${id.bagged}`, s.millManager, {
      unitPrice: '6100',
    });

    const gradeList = await call('POST', '/api/pricing/lists', s.millManager, {
      kind: 'grade',
      gradeId: id.grade,
      code: 'STRATEGIC-2026',
      name: '战略客户价',
    });
    expect(gradeList.statusCode, gradeList.body).toBe(201);
    expect(gradeList.json()).toMatchObject({ gradeNameZh: '战略客户', gradeNameEn: 'Strategic' });
    expect(gradeList.json()).not.toHaveProperty('gradeName');
    id.gradeList = gradeList.json().id;
    await call('PUT', `/api/pricing/lists/${id.gradeList}/items/${id.sku}`, s.millManager, {
      unitPrice: '5900',
      ladder: [{ minQuantity: '1000', kind: 'percent', value: '3' }],
    });
    const contract = await call('POST', '/api/pricing/lists', s.millManager, {
      kind: 'contract',
      buyerId: id.contracted,
      code: 'C-HEXIN',
      name: '合同价 合同客户',
      validTo: day(10),
    });
    expect(contract.statusCode, contract.body).toBe(201);
    expect(contract.json()).toMatchObject({ buyerName: '合同客户饮料', buyerNameEn: 'Hexin Beverages' });
    id.contractList = contract.json().id;
    await call('PUT', `/api/pricing/lists/${id.contractList}/items/${id.sku}`, s.millManager, {
      unitPrice: '5850',
    });

    for (const listId of [id.list, id.gradeList, id.contractList]) {
      const current = (await call('GET', `/api/pricing/lists/${listId}`, s.millManager)).json();
      const published = await call('PATCH', `/api/pricing/lists/${listId}`, s.millManager, {
        status: 'published',
        version: current.version,
      });
      expect(published.statusCode, published.body).toBe(200);
    }
    // A stale editor loses, it does not overwrite.
    const stale = await call('PATCH', `/api/pricing/lists/${id.list}`, s.millManager, {
      name: 'x',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('prices 100 and 10 000 t at their ladder prices (all units), with exact fen', async () => {
    const small = await quote(s.newcomer, sugar('100'));
    expect(small.listKind).toBe('list');
    expect(small.baseUnitPrice).toBe('6000.0000');
    expect(small.unitPrice).toBe('5950.0000');
    // 100 t × 6 000 = 600 000.00; ladder −500 × 100 t; pickup handling 5 × 100 t; VAT 13 %
    expect(line(small, 'base')).toBe('60000000');
    expect(line(small, 'quantity_ladder')).toBe('-500000');
    expect(line(small, 'pickup')).toBe('50000');
    expect(small.netMinor).toBe('59550000');
    expect(small.taxMinor).toBe('7741500');
    expect(small.totalMinor).toBe('67291500');
    expect(sum(small)).toBe(small.totalMinor);

    const large = await quote(s.newcomer, sugar('10000'));
    expect(large.unitPrice).toBe('5800.0000');
    expect(large.totalMinor).toBe('6559650000');
    expect(sum(large)).toBe(large.totalMinor);
  });

  it('quotes the same SKU to a strategic customer, a contract customer and a new one at different prices', async () => {
    const [strategic, contracted, newcomer] = await Promise.all([
      quote(s.strategic, sugar('100')),
      quote(s.contracted, sugar('100')),
      quote(s.newcomer, sugar('100')),
    ]);
    expect([strategic.listKind, strategic.baseUnitPrice]).toEqual(['grade', '5900.0000']);
    expect([contracted.listKind, contracted.baseUnitPrice]).toEqual(['contract', '5850.0000']);
    expect([newcomer.listKind, newcomer.baseUnitPrice]).toEqual(['list', '6000.0000']);
    // A buyer never learns which list of the seller won, nor the seller's floor.
    for (const q of [strategic, contracted, newcomer]) expect([q.listId, q.listName]).toEqual([null, null]);
    // Each quote names both companies in Chinese and in English.
    for (const q of [strategic, contracted, newcomer]) {
      expect(q).toMatchObject({ sellerName: '桂糖制糖', sellerNameEn: 'Guitang Sugar Co.' });
    }
    expect([strategic.buyerName, strategic.buyerNameEn]).toEqual(['华鑫食品', 'Huaxin Food']);
    expect([contracted.buyerName, contracted.buyerNameEn]).toEqual(['合同客户饮料', 'Hexin Beverages']);
    // After the contract's end the contract customer falls back to the public list.
    const later = await quote(s.contracted, sugar('100', { date: day(20) }));
    expect(later.listKind).toBe('list');
  });

  it('makes prepayment cheaper than cash and net 60 dearer, by the cost-of-capital formula', async () => {
    const prepay = await quote(s.newcomer, sugar('100', { paymentTerm: 'prepayment' }));
    const cash = await quote(s.newcomer, sugar('100', { paymentTerm: 'cash' }));
    const net60 = await quote(s.newcomer, sugar('100', { paymentTerm: 'net60' }));
    // 595 000.00 of goods × 8 % × 30/365 = 3 912.33; × 60/365 = 7 824.66 (half-up to the fen)
    expect(line(prepay, 'payment_terms')).toBe('-391233');
    expect(line(cash, 'payment_terms')).toBeUndefined();
    expect(line(net60, 'payment_terms')).toBe('782466');
    expect(BigInt(prepay.totalMinor)).toBeLessThan(BigInt(cash.totalMinor));
    expect(BigInt(cash.totalMinor)).toBeLessThan(BigInt(net60.totalMinor));
    for (const q of [prepay, cash, net60]) expect(sum(q)).toBe(q.totalMinor);
  });

  it('charges freight per ton and a fee per shipment to a far zone, against a pickup', async () => {
    const pickup = await quote(s.newcomer, sugar('100'));
    const far = await quote(s.newcomer, sugar('100', { delivery: { mode: 'delivery', region: 'CN-BJ' } }));
    expect(line(far, 'freight')).toBe('3000000');
    expect(line(far, 'shipment_fee')).toBe('50000');
    expect(far.netMinor).toBe('62550000');
    expect(far.totalMinor).toBe('70681500');
    expect(BigInt(far.totalMinor)).toBeGreaterThan(BigInt(pickup.totalMinor));
  });

  it('refuses bad quantities, unknown SKUs, uncovered places and past dates with the field at fault', async () => {
    const expectField = async (body: object, status: number, path: string) => {
      const res = await call('POST', '/api/quotes/preview', s.newcomer, body);
      expect(res.statusCode, res.body).toBe(status);
      expect(JSON.stringify(res.json())).toContain(path);
    };
    await expectField(sugar('-5'), 400, 'quantity');
    await expectField(sugar('0'), 400, 'quantity');
    await expectField(sugar('1.2345'), 400, 'quantity');
    await expectField({ ...sugar('10'), skuId: id.bagged }, 422, 'quantity'); // below the minimum of 25
    await expectField({ ...sugar('30'), skuId: id.bagged }, 422, 'quantity'); // off the increment of 25
    await expectField(
      sugar('10', { delivery: { mode: 'delivery', region: 'CN-XZ' } }),
      422,
      'delivery.region',
    );
    await expectField(sugar('10', { date: day(-2) }), 422, 'date');
    const unknown = await call('POST', '/api/quotes/preview', s.newcomer, {
      ...sugar('10'),
      skuId: id.category,
    });
    expect(unknown.statusCode).toBe(404);
    // A SKU without any price: price on request, not a made-up price.
    const unpriced = await call('POST', '/api/quotes/preview', s.newcomer, {
      ...sugar('10'),
      skuId: id.rivalSku,
    });
    expect(unpriced.statusCode).toBe(422);
    expect(unpriced.json().data.reason).toBe('NO_PRICE');
    expect(await h.db.prisma.quote.count()).toBe(0);
  });

  it('stores a quote immutably and refuses to accept it once expired', async () => {
    const saved = await call('POST', '/api/quotes', s.newcomer, sugar('100', { paymentTerm: 'net60' }));
    expect(saved.statusCode, saved.body).toBe(201);
    const q = saved.json() as QuoteBody;
    id.quote = q.id as string;
    expect(q.status).toBe('active');
    const read = await call('GET', `/api/quotes/${q.id}`, s.newcomer);
    expect(read.json().totalMinor).toBe(q.totalMinor);
    // The company names, in both languages: as answered when stored, and read back from the stored row.
    const names = {
      sellerName: '桂糖制糖',
      sellerNameEn: 'Guitang Sugar Co.',
      buyerName: '新客户食品厂',
      buyerNameEn: 'Newcomer Foods',
    };
    expect(q).toMatchObject(names);
    expect(read.json()).toMatchObject(names);
    const mine = (await call('GET', '/api/quotes', s.newcomer)).json().items as QuoteBody[];
    expect(mine.find((m) => m.id === q.id)).toMatchObject(names);
    const offer = await call('GET', `/api/pricing/offers/${q.id}`, s.millOwner);
    expect(offer.statusCode, offer.body).toBe(200);
    expect(offer.json()).toMatchObject(names);
    await expect(
      h.db.prisma.quote.update({ where: { id: q.id as string }, data: { totalMinor: 1n } }),
    ).rejects.toThrow(/immutable/);

    const service = h.app.get(QuoteService);
    const auth: RequestAuth = {
      kind: 'user',
      userId: id['user:newcomer'] as string,
      apiKeyId: null,
      sessionId: null,
      companyId: id.newcomer as string,
      membershipId: null,
      isOwner: false,
      permissions: new Set<Permission>(['order:create']),
      visibleCompanyIds: [id.newcomer as string],
    };
    const afterExpiry = new Date(new Date(q.validUntil).getTime() + 60_000);
    const refused = await service.accept(auth, q.id as string, afterExpiry).catch((e: unknown) => e);
    expect((refused as { status: number }).status).toBe(422);
    expect((refused as { data: { reason: string } }).data.reason).toBe('QUOTE_EXPIRED');
    expect((await h.db.prisma.quote.findUniqueOrThrow({ where: { id: q.id as string } })).status).toBe(
      'active',
    );

    const accepted = await call('POST', `/api/quotes/${q.id}/accept`, s.newcomer);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().status).toBe('accepted');
    expect((await call('POST', `/api/quotes/${q.id}/accept`, s.newcomer)).statusCode).toBe(409);
  });

  it('keeps every buyer to its own prices and quotes, and every seller to its own lists', async () => {
    // Search and product page: each buyer sees its own price, a visitor none.
    const priceFrom = async (as: Session | null) =>
      (await call('GET', `/api/catalog/products?q=${encodeURIComponent('白砂糖')}`, as))
        .json()
        .items.find((p: { id: string }) => p.id === id.product).priceFrom;
    expect(await priceFrom(s.newcomer)).toEqual({ unitPrice: '6000', currency: 'CNY', listKind: 'list' });
    expect(await priceFrom(s.strategic)).toEqual({ unitPrice: '5900', currency: 'CNY', listKind: 'grade' });
    expect(await priceFrom(s.contracted)).toEqual({
      unitPrice: '5850',
      currency: 'CNY',
      listKind: 'contract',
    });
    expect(await priceFrom(null)).toBeNull();
    const found = (await call('GET', `/api/catalog/products?q=${encodeURIComponent('白砂糖')}`, null))
      .json()
      .items.filter((p: { sellerId: string }) => [id.mill, id.rival].includes(p.sellerId))
      .map((p: { sellerName: string; sellerNameEn: string | null }) => [p.sellerName, p.sellerNameEn]);
    expect(found.sort()).toEqual([
      ['南宁糖业', null],
      ['桂糖制糖', 'Guitang Sugar Co.'],
    ]);
    expect((await call('GET', `/api/catalog/products/${id.product}`, null)).json()).toMatchObject({
      sellerName: '桂糖制糖',
      sellerNameEn: 'Guitang Sugar Co.',
    });
    const page = (await call('GET', `/api/catalog/products/${id.product}`, s.newcomer)).body;
    expect(page).not.toContain('5850');
    expect(page).not.toContain('5900');
    const preview = JSON.stringify(await quote(s.newcomer, sugar('100')));
    for (const secret of ['5850', '5900', '5500.0000', 'floor', '"listId":"', '公开价', '合同价', '战略客户'])
      expect(preview).not.toContain(secret);

    // Another buyer's quote and the seller's lists are 404 to the wrong company.
    expect((await call('GET', `/api/quotes/${id.quote}`, s.strategic)).statusCode).toBe(404);
    expect((await call('POST', `/api/quotes/${id.quote}/accept`, s.strategic)).statusCode).toBe(404);
    const strangerQuotes = (await call('GET', '/api/quotes', s.strategic)).json();
    expect(strangerQuotes.items.map((q: { id: string }) => q.id)).not.toContain(id.quote);
    for (const url of [
      `/api/pricing/lists/${id.contractList}`,
      `/api/pricing/lists/${id.contractList}/items`,
      `/api/pricing/lists/${id.contractList}/export`,
      `/api/pricing/offers/${id.quote}`,
    ]) {
      expect((await call('GET', url, s.rivalOwner)).statusCode, url).toBe(404);
    }
    expect(
      (await call('PUT', `/api/pricing/lists/${id.list}/items/${id.sku}`, s.rivalOwner, { unitPrice: '1' }))
        .statusCode,
    ).toBe(404);
    const rivalLists = (await call('GET', '/api/pricing/lists', s.rivalOwner)).json();
    expect(rivalLists.total).toBe(0);
    const debug = await call('POST', '/api/pricing/explain', s.rivalOwner, {
      ...sugar('100'),
      buyerId: id.newcomer,
    });
    expect(debug.statusCode).toBe(404);
    // The comparison shows the rival's SKU as unpriced and the mill's list price to the new customer.
    const compared = await call('POST', '/api/quotes/compare', s.newcomer, {
      skuId: id.sku,
      quantity: '100',
      region: 'CN-GX',
    });
    expect(compared.statusCode, compared.body).toBe(200);
    const rows = compared.json().rows as Array<{
      sellerId: string;
      unavailable: string | null;
      cheapest: boolean;
      landedUnitCost: string | null;
    }>;
    expect(rows.find((r) => r.sellerId === id.mill)).toMatchObject({
      sellerName: '桂糖制糖',
      sellerNameEn: 'Guitang Sugar Co.',
      cheapest: true,
      unavailable: null,
      landedUnitCost: '6002.0000',
    });
    expect(rows.find((r) => r.sellerId === id.rival)).toMatchObject({
      sellerName: '南宁糖业',
      sellerNameEn: null,
      unavailable: 'NO_PRICE',
      cheapest: false,
    });
  });

  it('shows the seller which list won and why the others lost (price debugger)', async () => {
    const res = await call('POST', '/api/pricing/explain', s.millSales, {
      ...sugar('100'),
      buyerId: id.contracted,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { candidates: Array<{ listId: string; outcome: string }>; quote: QuoteBody };
    const outcome = new Map(body.candidates.map((c) => [c.listId, c.outcome]));
    expect(outcome.get(id.contractList)).toBe('won');
    expect(outcome.get(id.list)).toBe('outranked');
    expect(outcome.get(id.gradeList)).toBe('not_for_this_buyer');
    expect(body.quote.listId).toBe(id.contractList);
    expect(body).toMatchObject({ buyerGradeId: null, buyerGradeNameZh: null, buyerGradeNameEn: null });
    expect(body.quote).toMatchObject({ buyerName: '合同客户饮料', buyerNameEn: 'Hexin Beverages' });

    // The grade's name comes in each language, not as one "中文 / English" text.
    const graded = await call('POST', '/api/pricing/explain', s.millSales, {
      ...sugar('100'),
      buyerId: id.strategic,
    });
    expect(graded.statusCode, graded.body).toBe(200);
    expect(graded.json()).toMatchObject({
      buyerGradeId: id.grade,
      buyerGradeNameZh: '战略客户',
      buyerGradeNameEn: 'Strategic',
      quote: {
        sellerName: '桂糖制糖',
        sellerNameEn: 'Guitang Sugar Co.',
        buyerName: '华鑫食品',
        buyerNameEn: 'Huaxin Food',
      },
    });
    expect(graded.json()).not.toHaveProperty('buyerGradeName');
  });

  it('sends a special price under the floor through the seller approval policy before the buyer sees it', async () => {
    const policy = await call('POST', '/api/approval/policies', s.millOwner, {
      subjectType: 'special_price',
      name: 'Any discount: sales manager',
      priority: 10,
      conditions: {},
      levels: [{ order: 1, mode: 'any', approverRoles: ['sales_manager'] }],
    });
    expect(policy.statusCode, policy.body).toBe(201);
    const offer = await call('POST', '/api/pricing/offers', s.millSales, {
      ...sugar('100'),
      buyerId: id.newcomer,
      specialUnitPrice: '5400',
      note: '竞争对手报价 5450',
    });
    expect(offer.statusCode, offer.body).toBe(201);
    const o = offer.json() as QuoteBody & { special: { belowFloor: boolean; discountBps: number } };
    expect(o.status).toBe('pending_approval');
    expect(o.special.belowFloor).toBe(true);
    expect(o.unitPrice).toBe('5400.0000');
    expect((await call('GET', `/api/quotes/${o.id}`, s.newcomer)).statusCode).toBe(404);

    const decided = await call(
      'POST',
      `/api/approval/requests/${o.approvalRequestId}/decisions`,
      s.millManager,
      {
        decision: 'approve',
      },
    );
    expect(decided.statusCode, decided.body).toBe(200);
    const seen = await call('GET', `/api/quotes/${o.id}`, s.newcomer);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ status: 'active', unitPrice: '5400.0000' });
    expect(seen.json().special.belowFloor).toBe(false);
    const audit = await h.db.prisma.auditEntry.findMany({ where: { subjectId: o.id as string } });
    expect(audit.map((a) => a.action)).toContain('quote.special_price.submit');
  });

  it('imports a price list from csv: valid rows applied in one go, rejected rows reported; strict applies nothing', async () => {
    const multipart = (fields: Record<string, string>, file: { name: string; content: string }) => {
      const boundary = '----tradeway-test';
      const parts = Object.entries(fields).map(
        ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
      );
      parts.push(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n${file.content}\r\n`,
      );
      const payload = Buffer.from(`${parts.join('')}--${boundary}--\r\n`);
      return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
    };
    const csv = [
      'sku_code,unit_price,floor_price,ladder_mode,break1_min_qty,break1_price',
      'WS-GB1,6050,5600,all_units,200,5990',
      'WS-GB1-25,-1,,,,',
      'NOPE,5000,,,,',
    ].join('\n');
    const upload = async (strict: boolean) => {
      const res = await h.app.inject({
        method: 'POST',
        url: '/api/catalog/imports',
        ...s.millManager,
        ...multipart(
          { kind: 'price_list', priceListId: id.list as string, strict: String(strict) },
          { name: 'prices.csv', content: csv },
        ),
      });
      expect(res.statusCode, res.body).toBe(202);
      await h.app.get(CatalogImportService).run(res.json().id);
      return (await call('GET', `/api/catalog/imports/${res.json().id}`, s.millManager)).json();
    };
    const strict = await upload(true);
    expect(strict).toMatchObject({ status: 'done', appliedRows: 0, rejectedRows: 2, totalRows: 3 });
    let item = await h.db.prisma.priceListItem.findFirstOrThrow({
      where: { priceListId: id.list, skuId: id.sku },
    });
    expect(item.unitPrice.toFixed()).toBe('6000');

    const lenient = await upload(false);
    expect(lenient).toMatchObject({ status: 'done', appliedRows: 1, rejectedRows: 2 });
    expect(
      lenient.rejections.map((r: { rowNumber: number; column: string }) => [r.rowNumber, r.column]),
    ).toEqual([
      [3, 'unit_price'],
      [4, 'sku_code'],
    ]);
    item = await h.db.prisma.priceListItem.findFirstOrThrow({
      where: { priceListId: id.list, skuId: id.sku },
    });
    expect(item.unitPrice.toFixed()).toBe('6050');

    // A file that is not a spreadsheet is a 4xx on the file, and nothing is stored.
    const before = await h.db.prisma.catalogImport.count();
    const junk = await h.app.inject({
      method: 'POST',
      url: '/api/catalog/imports',
      ...s.millManager,
      ...multipart(
        { kind: 'price_list', priceListId: id.list as string },
        { name: 'prices.xlsx', content: 'not a zip' },
      ),
    });
    expect(junk.statusCode, junk.body).toBe(422);
    expect(JSON.stringify(junk.json())).toContain('"file"');
    expect(await h.db.prisma.catalogImport.count()).toBe(before);
    // Another seller cannot import into this list, nor read the import.
    const foreign = await h.app.inject({
      method: 'POST',
      url: '/api/catalog/imports',
      ...s.rivalOwner,
      ...multipart(
        { kind: 'price_list', priceListId: id.list as string },
        { name: 'prices.csv', content: csv },
      ),
    });
    expect(foreign.statusCode).toBe(404);
    expect((await call('GET', `/api/catalog/imports/${lenient.id}`, s.rivalOwner)).statusCode).toBe(404);
  });

  it('exports a price list that imports again, and serves templates', async () => {
    const res = await call('GET', `/api/pricing/lists/${id.list}/export?format=csv&locale=en`, s.millManager);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body).toContain('WS-GB1');
    const template = await call('GET', '/api/catalog/templates/products?format=xlsx', s.millManager);
    expect(template.statusCode).toBe(200);
    expect(template.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('quotes in another unit of the SKU, converted exactly, and refuses what does not convert', async () => {
    // Apples by the kg, packed in 18 kg boxes; and the same apples sold by the box.
    const product = await h.db.prisma.product.create({
      data: {
        code: 'APPLE',
        sellerId: id.mill,
        categoryId: id.category,
        nameZh: '红富士苹果',
        nameEn: 'Fuji apples',
        unit: 'kg',
      },
    });
    const create = (code: string, unit: 'kg' | 'box', min: string, increment: string) =>
      h.db.prisma.sku.create({
        data: {
          code,
          sellerId: id.mill,
          productId: product.id,
          attributes: { size: '85#' },
          unit,
          packSize: unit === 'kg' ? '18' : '1',
          minOrderQuantity: min,
          orderIncrement: increment,
          unitConversions: { create: { fromUnit: 'box', toUnit: 'kg', factor: '18' } },
        },
      });
    const byKg = await create('APPLE-85-KG', 'kg', '180', '18');
    const byBox = await create('APPLE-85-BOX', 'box', '10', '1');
    for (const [skuId, unitPrice, ladder] of [
      [byKg.id, '7.5', [{ minQuantity: '18000', kind: 'absolute', value: '6.8' }]],
      [byBox.id, '130', []],
    ] as const) {
      const res = await call('PUT', `/api/pricing/lists/${id.list}/items/${skuId}`, s.millManager, {
        unitPrice,
        ladder,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const apples = (skuId: string, quantity: string, unit?: string) => ({
      skuId,
      quantity,
      ...(unit ? { unit } : {}),
      paymentTerm: 'net30',
      delivery: { mode: 'delivery', region: 'CN-GX' },
    });
    type Asked = QuoteBody & { quantity: string; unit: string; request: { quantity: string; unit?: string } };
    const figures = (q: QuoteBody) => ({
      quantity: (q as Asked).quantity,
      unit: (q as Asked).unit,
      unitPrice: q.unitPrice,
      lines: q.lines,
      totalMinor: q.totalMinor,
    });

    // 18 000 kg = 18 t = 1 000 boxes: the same quantity in kg, priced at the 18 000 kg break.
    const inKg = (await quote(s.newcomer, apples(byKg.id, '18000'))) as Asked;
    expect(inKg).toMatchObject({ quantity: '18000.000', unit: 'kg', baseUnitPrice: '7.5000' });
    // 18 000 kg × (6.80 − 7.50): the break reached by the converted quantity
    expect(line(inKg, 'quantity_ladder')).toBe('-1260000');
    const inT = (await quote(s.newcomer, apples(byKg.id, '18', 't'))) as Asked;
    const inBoxes = (await quote(s.newcomer, apples(byKg.id, '1000', 'box'))) as Asked;
    expect(figures(inT)).toEqual(figures(inKg));
    expect(figures(inBoxes)).toEqual(figures(inKg));
    expect(inT.request).toMatchObject({ quantity: '18', unit: 't' });
    expect(inBoxes.request).toMatchObject({ quantity: '1000', unit: 'box' });
    expect(inKg.request.unit).toBeUndefined();
    // Asking in the SKU's own unit is the same as not naming it.
    expect(figures(await quote(s.newcomer, apples(byKg.id, '18000', 'kg')))).toEqual(figures(inKg));
    // A chain through 1 t = 1 000 kg: 1.8 t = 1 800 kg = 100 boxes of the box SKU.
    const boxes = await quote(s.newcomer, apples(byBox.id, '100'));
    expect(figures(await quote(s.newcomer, apples(byBox.id, '1.8', 't')))).toEqual(figures(boxes));
    expect(figures(await quote(s.newcomer, apples(byBox.id, '1800', 'kg')))).toEqual(figures(boxes));

    // The SKU's order rules apply to the converted quantity: 5 boxes = 90 kg < 180 kg.
    const refusal = async (body: object, path: string, reason: string) => {
      for (const url of ['/api/quotes/preview', '/api/quotes']) {
        const res = await call('POST', url, s.newcomer, body);
        expect(res.statusCode, res.body).toBe(422);
        const json = res.json() as { data: { reason: string; fields: Array<{ path: string }> } };
        expect(json.data.reason).toBe(reason);
        expect(json.data.fields.map((f) => f.path)).toEqual([path]);
      }
    };
    const before = await h.db.prisma.quote.count();
    await refusal(apples(byKg.id, '5', 'box'), 'quantity', 'BELOW_MINIMUM_QUANTITY');
    // 1 000 kg is 55.555… boxes: not a whole thousandth of a box.
    await refusal(apples(byBox.id, '1000', 'kg'), 'quantity', 'QUANTITY_NOT_CONVERTIBLE');
    const inexact = await call('POST', '/api/quotes/preview', s.newcomer, apples(byBox.id, '1000', 'kg'));
    expect(inexact.json().message).toBe(
      '1000 kg does not convert exactly into box (quantities have at most 3 decimals); the nearest quantities that do are 999.99 kg and 1000.008 kg',
    );
    expect(inexact.json().data.fields[0].messageZh).toContain(
      '最接近的可换算数量为 999.99 千克 或 1000.008 千克',
    );
    // No conversion between m³ (or pieces) and kg for these apples.
    await refusal(apples(byKg.id, '2', 'm3'), 'unit', 'UNIT_NOT_CONVERTIBLE');
    await refusal(apples(byBox.id, '2', 'piece'), 'unit', 'UNIT_NOT_CONVERTIBLE');
    // A unit that does not exist is refused by the contract.
    const unknown = await call('POST', '/api/quotes/preview', s.newcomer, apples(byKg.id, '2', 'litre'));
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(unknown.json())).toContain('unit');
    expect(await h.db.prisma.quote.count()).toBe(before);

    // A stored quote keeps what the buyer asked, and is priced and stored in the SKU's unit.
    const saved = await call('POST', '/api/quotes', s.newcomer, apples(byKg.id, '18', 't'));
    expect(saved.statusCode, saved.body).toBe(201);
    const stored = saved.json() as Asked;
    expect(figures(stored)).toEqual(figures(inKg));
    expect(stored.request).toMatchObject({ quantity: '18', unit: 't' });
    const row = await h.db.prisma.quote.findUniqueOrThrow({ where: { id: stored.id as string } });
    expect(row.quantity.toFixed()).toBe('18000');
    expect(row.request).toMatchObject({ quantity: '18', unit: 't' });
    const read = (await call('GET', `/api/quotes/${stored.id}`, s.newcomer)).json() as Asked;
    expect(read).toMatchObject({ quantity: '18000', unit: 'kg', totalMinor: inKg.totalMinor });
    expect(read.request).toMatchObject({ quantity: '18', unit: 't' });
    expect(await h.db.prisma.quote.count()).toBe(before + 1);

    // The seller's debugger and sales quotes convert the same way.
    const explained = await call('POST', '/api/pricing/explain', s.millSales, {
      ...apples(byKg.id, '1000', 'box'),
      buyerId: id.newcomer,
    });
    expect(explained.statusCode, explained.body).toBe(200);
    expect(explained.json().quote).toMatchObject({ quantity: '18000.000', totalMinor: inKg.totalMinor });
    const badOffer = await call('POST', '/api/pricing/offers', s.millSales, {
      ...apples(byBox.id, '1000', 'kg'),
      buyerId: id.newcomer,
    });
    expect(badOffer.statusCode, badOffer.body).toBe(422);
    expect(badOffer.json().data.fields[0].path).toBe('quantity');
    expect(await h.db.prisma.quote.count()).toBe(before + 1);
    const offer = await call('POST', '/api/pricing/offers', s.millSales, {
      ...apples(byBox.id, '1.8', 't'),
      buyerId: id.newcomer,
    });
    expect(offer.statusCode, offer.body).toBe(201);
    expect(offer.json()).toMatchObject({ quantity: '100', unit: 'box', totalMinor: boxes.totalMinor });
    expect(offer.json().request).toMatchObject({ quantity: '1.8', unit: 't' });
  });
});
